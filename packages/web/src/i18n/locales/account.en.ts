import type { Messages } from './nl.js';

/** English texts of accounts and the administrator's page (see account.nl.ts). */
export const accountEn: Pick<Messages, 'account' | 'admin'> = {
  account: {
    resetNotice: 'Your password was reset by {{name}} on {{date}}.',
    resetNoticeUnknown: 'Your password was reset on {{date}}.',
    resetNoticeHelp: 'Did you not ask for this? Tell your manager.',
    resetNoticeSeen: 'Seen',
  },
  admin: {
    nav: 'Administration',
    title: 'Administration',
    usersTitle: 'Accounts',
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    roles: { beheerder: 'Administrator', coach: 'Coach', begeleider: 'Worker', onderzoeker: 'Researcher' },
    reset: 'New one-time password',
    resetFor: 'New one-time password for {{name}}',
    endSessions: 'Device lost',
    endSessionsFor: 'Device of {{name}} lost: end all sessions',
    sessionsEnded: 'All sessions of {{name}} have ended. What a device keeps no longer opens without the password of {{name}}.',
    oneTime: 'The one-time password for {{name}} is:',
    oneTimeHelp: 'Give it to this person yourself. You see it only once. When signing in, the person chooses their own password and sees that you reset it.',
    oneTimeDone: 'Done, I have passed it on',
    auditTitle: 'Audit log',
    auditFilter: 'Show',
    auditAll: 'Everything',
    auditAccess: 'Access to cases (accounts and passwords)',
    auditDenied: 'Refused access',
    auditEmpty: 'No lines.',
    when: 'When',
    who: 'Who',
    what: 'What',
    about: 'About',
    route: 'Address',
  },
};
