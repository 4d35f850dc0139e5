/**
 * Dutch (B1) names of the audit log's actions (the codes the server writes), for the beheerder's
 * page: `auditAction.<code>`, the code's dot making the nesting. An unknown code shows as itself.
 */
export const auditActionsNl = {
  auditAction: {
    access: {
      denied: 'Toegang geweigerd',
      denied_limit: 'Veel geweigerde toegang: niet alles apart genoteerd',
    },
    alter: {
      create: 'Persoon toegevoegd op een kaart',
      delete: 'Persoon weggehaald van een kaart',
      update: 'Persoon op een kaart aangepast',
    },
    analysis: {
      compare: 'Twee versies van een kaart vergeleken',
      read: 'Lezing van een kaart bekeken',
    },
    auth: {
      locked: 'Account even vergrendeld na te veel pogingen',
      login: 'Aangemeld',
      login_failed: 'Aanmelden mislukt',
      login_locked: 'Aanmelden geweigerd: account vergrendeld',
      one_time_refused: 'Eenmalig wachtwoord geweigerd in de browser van een beheerder',
      password_changed: 'Eigen wachtwoord gekozen',
      reset_notice_seen: 'Melding over nieuw wachtwoord gezien',
    },
    barrier: {
      create: 'Drempel genoteerd',
      delete: 'Drempel verwijderd',
      list: 'Drempels bekeken',
      update: 'Drempel aangepast',
    },
    guide: {
      read: 'Gespreksgids bekeken',
      update: 'Gespreksgids bewaard',
    },
    case: {
      create: 'Dossier gemaakt',
      erase: 'Dossier gewist',
      export_pdf: 'Alles van een gezin als PDF uitgevoerd',
      export: 'Alles van een gezin uitgevoerd',
      handover: 'Dossiers overgedragen',
      list: 'Lijst van dossiers bekeken',
      read: 'Dossier bekeken',
      share: 'Dossier gedeeld met een collega',
      unshare: 'Delen met een collega gestopt',
      update: 'Dossier aangepast',
    },
    caseload: {
      read: 'Caseload bekeken',
    },
    coordination: {
      read: 'Samenwerking rond een gezin bekeken',
      update: 'Coördinator of startdatum aangepast',
      partner_add: 'Partner toegevoegd',
      partner_remove: 'Partner weggehaald',
      casusoverleg_add: 'Casusoverleg genoteerd',
      casusoverleg_remove: 'Casusoverleg weggehaald',
      contact_add: 'Contact genoteerd',
      contact_remove: 'Contact weggehaald',
    },
    network_meeting: {
      create: 'Netwerkoverleg toegevoegd',
      list: 'Netwerkoverleggen bekeken',
      agenda: 'Agenda van een netwerkoverleg bekeken',
    },
    seven_b: {
      list: 'Gesprekken over de 7 B’s bekeken',
      create: 'Gesprek over de 7 B’s genoteerd',
      delete: 'Gesprek over de 7 B’s weggehaald',
    },
    signal: {
      list: 'Signalen bekeken',
      status: 'Stand van een signaal aangepast',
      contribute: 'Drempel van een gezin bij een signaal gevoegd',
      withdraw: 'Gezin telt niet meer mee in een signaal',
      case_list: 'Signalen van een gezin bekeken',
    },
    consent: {
      read: 'Toestemmingen bekeken',
      record: 'Toestemming genoteerd',
      withdraw: 'Toestemming ingetrokken',
    },
    map: {
      create: 'Kaart gemaakt',
      delete: 'Kaart verwijderd',
      export: 'Kaart uitgevoerd',
      export_egor: 'Kaart uitgevoerd voor egor (R)',
      export_graphml: 'Kaart uitgevoerd als GraphML',
      import: 'Kaart ingelezen',
      print: 'Kaart afgedrukt (PDF)',
      read: 'Kaart bekeken',
      replace: 'Hele kaart bewaard',
      update: 'Kaart aangepast',
    },
    organisation: {
      init: 'Organisatie aangemaakt',
      update: 'Instellingen van de organisatie aangepast',
    },
    plan: {
      attention: 'Aandachtspunten bekeken',
      create: 'Plan gemaakt',
      delete: 'Plan verwijderd',
      family_version: 'Gezinsversie van het plan bekeken',
      follow_up: 'Opvolging van het plan bekeken',
      read: 'Plan bekeken',
      update: 'Plan aangepast',
    },
    snapshot: {
      create: 'Versie van een kaart gemaakt',
      delete: 'Versie van een kaart verwijderd',
      read: 'Versie van een kaart bekeken',
      update: 'Versie van een kaart aangepast',
    },
    social_map: {
      create: 'Dienst toegevoegd aan de sociale kaart',
      delete: 'Dienst verwijderd van de sociale kaart',
      import: 'Sociale kaart ingelezen (CSV)',
      update: 'Dienst op de sociale kaart aangepast',
    },
    stats: {
      organisation: 'Cijfers netwerken per kwartaal bekeken',
      // Lines of the older GET /api/stats, removed on 2026-12-03.
      read: 'Cijfers van de organisatie bekeken',
    },
    suggestions: {
      read: 'Suggesties bekeken',
    },
    team: {
      create: 'Team gemaakt',
      delete: 'Team verwijderd',
      update: 'Team aangepast',
    },
    tie: {
      create: 'Band tussen twee personen getekend',
      delete: 'Band tussen twee personen weggehaald',
    },
    user: {
      access_granted: 'Account kreeg toegang tot dossiers',
      create: 'Account gemaakt',
      draft_key_created: 'Sleutel voor kladversies op het toestel gemaakt',
      draft_key_read: 'Sleutel voor kladversies op het toestel opgehaald',
      device_wrap_key_read: 'Sleutel van de sessie voor gegevens op het toestel opgehaald',
      sessions_ended: 'Alle sessies van een account beëindigd (toestel kwijt)',
      password_reset: 'Eenmalig wachtwoord gegeven',
      update: 'Account aangepast',
    },
    // Issue 12: family support.
    kansarmoede: {
      delete: 'Instapcheck kansarmoede weggehaald',
      list: 'Instapchecks kansarmoede bekeken',
      create: 'Instapcheck kansarmoede bewaard',
      settings_update: 'Regel van de instapcheck aangepast',
    },
    basic_rights: { update: 'Lijst van rechten voor de grondrechtenmeting aangepast' },
    rights_measurement: {
      delete: 'Grondrechtenmeting weggehaald',
      list: 'Grondrechtenmetingen bekeken',
      create: 'Grondrechtenmeting bewaard',
    },
    rights_explorer: {
      create: 'Recht toegevoegd aan de rechtenverkenner',
      update: 'Recht in de rechtenverkenner aangepast',
      delete: 'Recht weggehaald uit de rechtenverkenner',
      import: 'Rechtenverkenner ingelezen uit CSV',
    },
    case_right: {
      list: 'Rechten van een gezin bekeken',
      update: 'Stand van een recht voor een gezin aangepast',
      print: 'Schema met rechten voor een gezin afgedrukt',
    },
  },
};
