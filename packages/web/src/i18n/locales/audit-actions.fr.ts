/**
 * French names of the audit log's actions (the codes the server writes), for the beheerder's
 * page: `auditAction.<code>`, the code's dot making the nesting. An unknown code shows as itself.
 */
export const auditActionsFr = {
  auditAction: {
    access: {
      denied: 'Accès refusé',
      denied_limit: 'Beaucoup d’accès refusés : tout n’est pas noté à part',
    },
    alter: {
      create: 'Personne ajoutée sur une carte',
      delete: 'Personne retirée d’une carte',
      update: 'Personne modifiée sur une carte',
    },
    analysis: {
      compare: 'Deux versions d’une carte comparées',
      read: 'Lecture d’une carte consultée',
    },
    auth: {
      locked: 'Compte bloqué un moment après trop d’essais',
      login: 'Connexion',
      login_failed: 'Connexion échouée',
      login_locked: 'Connexion refusée : compte bloqué',
      one_time_refused: 'Mot de passe à usage unique refusé dans le navigateur d’un administrateur',
      password_changed: 'Mot de passe personnel choisi',
      reset_notice_seen: 'Avis sur le nouveau mot de passe vu',
    },
    barrier: {
      create: 'Obstacle noté',
      delete: 'Obstacle supprimé',
      list: 'Obstacles consultés',
      update: 'Obstacle modifié',
    },
    guide: {
      read: 'Guide d’entretien consulté',
      update: 'Guide d’entretien enregistré',
    },
    case: {
      create: 'Dossier créé',
      erase: 'Dossier effacé',
      export_pdf: 'Toutes les données d’une famille exportées en PDF',
      export: 'Tout d’une famille exporté',
      handover: 'Dossiers transmis',
      list: 'Liste des dossiers consultée',
      read: 'Dossier consulté',
      share: 'Dossier partagé avec un collègue',
      unshare: 'Partage avec un collègue arrêté',
      update: 'Dossier modifié',
    },
    caseload: {
      read: 'Charge de travail consultée',
    },
    coordination: {
      read: 'Collaboration autour d’une famille consultée',
      update: 'Coordinateur ou date de début modifié',
      partner_add: 'Partenaire ajouté',
      partner_remove: 'Partenaire retiré',
      casusoverleg_add: 'Concertation de cas notée',
      casusoverleg_remove: 'Concertation de cas retirée',
      contact_add: 'Contact noté',
      contact_remove: 'Contact retiré',
    },
    network_meeting: {
      create: 'Réunion du réseau ajoutée',
      list: 'Réunions du réseau consultées',
      agenda: 'Ordre du jour d’une réunion consulté',
    },
    seven_b: {
      list: 'Conversations sur les 7 B consultées',
      create: 'Conversation sur les 7 B notée',
      delete: 'Conversation sur les 7 B retirée',
    },
    signal: {
      list: 'Signaux consultés',
      status: 'Situation d’un signal modifiée',
      contribute: 'Obstacle d’une famille ajouté à un signal',
      withdraw: 'Une famille ne compte plus dans un signal',
      case_list: 'Signaux d’une famille consultés',
    },
    consent: {
      read: 'Consentements consultés',
      record: 'Consentement noté',
      withdraw: 'Consentement retiré',
    },
    map: {
      create: 'Carte créée',
      delete: 'Carte supprimée',
      export: 'Carte exportée',
      export_egor: 'Carte exportée pour egor (R)',
      export_graphml: 'Carte exportée en GraphML',
      import: 'Carte importée',
      print: 'Carte imprimée (PDF)',
      read: 'Carte consultée',
      replace: 'Carte entière enregistrée',
      update: 'Carte modifiée',
    },
    organisation: {
      init: 'Organisation créée',
      update: 'Réglages de l’organisation modifiés',
    },
    plan: {
      attention: 'Points d’attention consultés',
      create: 'Plan créé',
      delete: 'Plan supprimé',
      family_version: 'Version famille du plan consultée',
      follow_up: 'Suivi du plan consulté',
      read: 'Plan consulté',
      update: 'Plan modifié',
    },
    snapshot: {
      create: 'Version d’une carte créée',
      delete: 'Version d’une carte supprimée',
      read: 'Version d’une carte consultée',
      update: 'Version d’une carte modifiée',
    },
    social_map: {
      create: 'Service ajouté à la carte sociale',
      delete: 'Service retiré de la carte sociale',
      import: 'Carte sociale importée (CSV)',
      update: 'Service de la carte sociale modifié',
    },
    stats: {
      organisation: 'Chiffres des réseaux par trimestre consultés',
      // Lines of the older GET /api/stats, removed on 2026-12-03.
      read: 'Chiffres de l’organisation consultés',
    },
    suggestions: {
      read: 'Suggestions consultées',
    },
    team: {
      create: 'Équipe créée',
      delete: 'Équipe supprimée',
      update: 'Équipe modifiée',
    },
    tie: {
      create: 'Lien entre deux personnes tracé',
      delete: 'Lien entre deux personnes retiré',
    },
    user: {
      access_granted: 'Compte ayant reçu l’accès aux dossiers',
      create: 'Compte créé',
      draft_key_created: 'Clé pour les brouillons sur l’appareil créée',
      draft_key_read: 'Clé pour les brouillons sur l’appareil récupérée',
      device_wrap_key_read: 'Clé de session pour les données sur l’appareil récupérée',
      sessions_ended: 'Toutes les sessions d’un compte terminées (appareil perdu)',
      password_reset: 'Mot de passe à usage unique donné',
      update: 'Compte modifié',
    },
    // Issue 12: family support.
    kansarmoede: {
      delete: 'Contrôle d’entrée retiré',
      list: 'Contrôles d’entrée consultés',
      create: 'Contrôle d’entrée enregistré',
      settings_update: 'Règle du contrôle d’entrée modifiée',
    },
    basic_rights: { update: 'Liste des droits de la mesure modifiée' },
    rights_measurement: {
      delete: 'Mesure des droits fondamentaux retirée',
      list: 'Mesures des droits fondamentaux consultées',
      create: 'Mesure des droits fondamentaux enregistrée',
    },
    rights_explorer: {
      create: 'Droit ajouté à l’explorateur',
      update: 'Droit de l’explorateur modifié',
      delete: 'Droit retiré de l’explorateur',
      import: 'Explorateur de droits importé depuis un CSV',
    },
    case_right: {
      list: 'Droits d’une famille consultés',
      update: 'État d’un droit pour une famille modifié',
      print: 'Schéma des droits d’une famille imprimé',
    },
  },
};
