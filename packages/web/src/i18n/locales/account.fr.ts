import type { Messages } from './nl.js';

/** French texts of accounts and the administrator's page (see account.nl.ts). */
export const accountFr: Pick<Messages, 'account' | 'admin'> = {
  account: {
    resetNotice: 'Votre mot de passe a été réinitialisé par {{name}} le {{date}}.',
    resetNoticeUnknown: 'Votre mot de passe a été réinitialisé le {{date}}.',
    resetNoticeHelp: 'Vous ne l’avez pas demandé ? Signalez-le à votre responsable.',
    resetNoticeSeen: 'Vu',
  },
  admin: {
    nav: 'Gestion',
    title: 'Gestion',
    usersTitle: 'Comptes',
    name: 'Nom',
    email: 'Adresse e-mail',
    role: 'Rôle',
    roles: { beheerder: 'Administrateur', coach: 'Coach', begeleider: 'Accompagnateur', onderzoeker: 'Chercheur' },
    reset: 'Nouveau mot de passe à usage unique',
    resetFor: 'Nouveau mot de passe à usage unique pour {{name}}',
    endSessions: 'Appareil perdu',
    endSessionsFor: 'Appareil perdu de {{name}} : terminer toutes les sessions',
    sessionsEnded: 'Toutes les sessions de {{name}} sont terminées. Ce qui est gardé sur un appareil ne s’ouvre plus sans le mot de passe de {{name}}.',
    oneTime: 'Le mot de passe à usage unique pour {{name}} est :',
    oneTimeHelp: 'Remettez-le vous-même à cette personne. Vous ne le voyez qu’une fois. À la connexion, la personne choisit son propre mot de passe et voit que vous l’avez réinitialisé.',
    oneTimeDone: 'C’est fait, je l’ai transmis',
    auditTitle: 'Journal',
    auditFilter: 'Afficher',
    auditAll: 'Tout',
    auditAccess: 'Accès aux dossiers (comptes et mots de passe)',
    auditDenied: 'Accès refusés',
    auditEmpty: 'Aucune ligne.',
    when: 'Quand',
    who: 'Qui',
    what: 'Quoi',
    about: 'Objet',
    route: 'Adresse',
  },
};
