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
      export: 'Everything about a family exported',
      handover: 'Cases handed over',
      list: 'List of cases viewed',
      read: 'Case viewed',
      share: 'Case shared with a colleague',
      unshare: 'Sharing with a colleague stopped',
      update: 'Case changed',
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
      password_reset: 'One-time password given',
      update: 'Account changed',
    },
  },
};
