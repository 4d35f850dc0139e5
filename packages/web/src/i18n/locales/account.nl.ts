/**
 * Dutch texts (B1) of accounts: the notice that a beheerder reset your password, and the
 * beheerder's page (accounts, one-time passwords, the audit log). Kept apart from nl.ts.
 */
export const accountNl = {
  account: {
    resetNotice: 'Je wachtwoord werd opnieuw ingesteld door {{name}} op {{date}}.',
    resetNoticeUnknown: 'Je wachtwoord werd opnieuw ingesteld op {{date}}.',
    resetNoticeHelp: 'Heb jij daar niet om gevraagd? Meld het aan je leidinggevende.',
    resetNoticeSeen: 'Gezien',
  },
  admin: {
    nav: 'Beheer',
    title: 'Beheer',
    usersTitle: 'Accounts',
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    roles: { beheerder: 'Beheerder', coach: 'Coach', begeleider: 'Begeleider', onderzoeker: 'Onderzoeker' },
    reset: 'Nieuw eenmalig wachtwoord',
    resetFor: 'Nieuw eenmalig wachtwoord voor {{name}}',
    endSessions: 'Toestel kwijt',
    endSessionsFor: 'Toestel kwijt van {{name}}: alle sessies beëindigen',
    sessionsEnded: 'Alle sessies van {{name}} zijn beëindigd. Wat op een toestel bewaard is, gaat zonder het wachtwoord van {{name}} niet meer open.',
    oneTime: 'Het eenmalige wachtwoord voor {{name}} is:',
    oneTimeHelp: 'Geef het zelf aan deze persoon. Je ziet het maar één keer. De persoon kiest bij het aanmelden een eigen wachtwoord en ziet dat jij het wachtwoord opnieuw hebt ingesteld.',
    oneTimeDone: 'Klaar, ik heb het doorgegeven',
    auditTitle: 'Logboek',
    auditFilter: 'Toon',
    auditAll: 'Alles',
    auditAccess: 'Toegang tot dossiers (accounts en wachtwoorden)',
    auditDenied: 'Geweigerde toegang',
    auditEmpty: 'Geen regels.',
    when: 'Wanneer',
    who: 'Wie',
    what: 'Wat',
    about: 'Over',
    route: 'Adres',
  },
} as const;
