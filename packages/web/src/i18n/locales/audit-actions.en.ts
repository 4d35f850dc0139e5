/**
 * English names of the audit log's actions (the codes the server writes), for the beheerder's
 * page: `auditAction.<code>`, the code's dot making the nesting. An unknown code shows as itself.
 */
export const auditActionsEn = {
  auditAction: {
    access: {
      denied: 'Access refused',
      denied_limit: 'Many refusals: not all written down one by one',
    },
    alter: {
      create: 'Person added to a map',
      delete: 'Person removed from a map',
      update: 'Person changed on a map',
    },
    analysis: {
      compare: 'Two versions of a map compared',
      read: 'Reading of a map viewed',
    },
    auth: {
      locked: 'Account locked for a while after too many attempts',
      login: 'Signed in',
      login_failed: 'Sign-in failed',
      login_locked: 'Sign-in refused: account locked',
      one_time_refused: 'One-time password refused in a beheerder’s browser',
      password_changed: 'Own password chosen',
      reset_notice_seen: 'Password reset notice seen',
    },
    barrier: {
      create: 'Barrier noted',
      delete: 'Barrier removed',
      list: 'Barriers viewed',
      update: 'Barrier changed',
    },
    guide: {
      read: 'Conversation guide viewed',
      update: 'Conversation guide saved',
    },
    case: {
      create: 'Case created',
      erase: 'Case erased',
      export_pdf: 'All of a family’s data exported as PDF',
      export: 'Everything about a family exported',
      handover: 'Cases handed over',
      list: 'List of cases viewed',
      read: 'Case viewed',
      share: 'Case shared with a colleague',
      unshare: 'Sharing with a colleague stopped',
      update: 'Case changed',
    },
    caseload: {
      read: 'Caseload viewed',
    },
    coordination: {
      read: 'Working together around a family viewed',
      update: 'Coordinator or start date changed',
      partner_add: 'Partner added',
      partner_remove: 'Partner removed',
      casusoverleg_add: 'Case conference noted',
      casusoverleg_remove: 'Case conference removed',
      contact_add: 'Contact noted',
      contact_remove: 'Contact removed',
    },
    network_meeting: {
      create: 'Network meeting added',
      list: 'Network meetings viewed',
      agenda: 'Agenda of a network meeting viewed',
    },
    seven_b: {
      list: 'Conversations about the 7 B’s viewed',
      create: 'Conversation about the 7 B’s noted',
      delete: 'Conversation about the 7 B’s removed',
    },
    signal: {
      list: 'Signals viewed',
      status: 'State of a signal changed',
      contribute: 'A family’s barrier added to a signal',
      withdraw: 'A family no longer counts in a signal',
      case_list: 'Signals of a family viewed',
    },
    consent: {
      read: 'Consents viewed',
      record: 'Consent recorded',
      withdraw: 'Consent withdrawn',
    },
    map: {
      create: 'Map created',
      delete: 'Map deleted',
      export: 'Map exported',
      export_egor: 'Map exported for egor (R)',
      export_graphml: 'Map exported as GraphML',
      import: 'Map imported',
      print: 'Map printed (PDF)',
      read: 'Map viewed',
      replace: 'Whole map saved',
      update: 'Map changed',
    },
    organisation: {
      init: 'Organisation set up',
      update: 'Organisation settings changed',
    },
    plan: {
      attention: 'Attention list viewed',
      create: 'Plan created',
      delete: 'Plan deleted',
      family_version: 'Family version of the plan viewed',
      follow_up: 'Plan follow-up viewed',
      read: 'Plan viewed',
      update: 'Plan changed',
    },
    snapshot: {
      create: 'Map version created',
      delete: 'Map version deleted',
      read: 'Map version viewed',
      update: 'Map version changed',
    },
    social_map: {
      create: 'Service added to the social map',
      delete: 'Service removed from the social map',
      import: 'Social map imported (CSV)',
      update: 'Social map service changed',
    },
    stats: {
      organisation: 'Network figures per quarter viewed',
      // Lines of the older GET /api/stats, removed on 2026-12-03.
      read: 'Organisation figures viewed',
    },
    suggestions: {
      read: 'Suggestions viewed',
    },
    team: {
      create: 'Team created',
      delete: 'Team deleted',
      update: 'Team changed',
    },
    tie: {
      create: 'Tie between two people drawn',
      delete: 'Tie between two people removed',
    },
    user: {
      access_granted: 'Account given access to cases',
      create: 'Account created',
      draft_key_created: 'Device key for drafts created',
      draft_key_read: 'Device key for drafts fetched',
      device_wrap_key_read: 'Session key for data on the device fetched',
      sessions_ended: 'All sessions of an account ended (device lost)',
      password_reset: 'One-time password given',
      update: 'Account changed',
    },
    // Issue 12: family support.
    kansarmoede: {
      delete: 'Entry check removed',
      list: 'Entry checks viewed',
      create: 'Entry check saved',
      settings_update: 'Rule of the entry check changed',
    },
    basic_rights: { update: 'List of rights of the measurement changed' },
    rights_measurement: {
      delete: 'Basic rights measurement removed',
      list: 'Basic rights measurements viewed',
      create: 'Basic rights measurement saved',
    },
    rights_explorer: {
      create: 'Right added to the rights explorer',
      update: 'Right in the rights explorer changed',
      delete: 'Right removed from the rights explorer',
      import: 'Rights explorer imported from CSV',
    },
    case_right: {
      list: 'A family’s rights viewed',
      update: 'Standing of a right for a family changed',
      print: 'A family’s rights schema printed',
    },
  },
};
