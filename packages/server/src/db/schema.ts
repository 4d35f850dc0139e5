import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Both databases store the same column types: text, integer
 * (booleans as 0/1) and float8, with timestamps as ISO-8601 text, so SQLite and PostgreSQL behave
 * the same. Columns ending in `_enc` hold AES-256-GCM ciphertext (see ../crypto/field-cipher.ts);
 * categorical columns stay clear so aggregates never need a key.
 */
export interface OrganisationsTable {
  id: string;
  name: string;
  created_at: string;
  /** The organisation's indicator settings (JSON of Partial<IndicatorSettings>), null for the defaults. */
  indicator_settings: string | null;
  /** The kansarmoede-index rule (JSON of KansarmoedeSettings), null for the default. */
  kansarmoede_settings: string | null;
  /** The grondrechtenmeting's list of rights (JSON of BasicRight[]), null for the default list. */
  basic_rights: string | null;
  /** Where to ask for an Eigen Kracht-conferentie (JSON of EigenKrachtContact, master key), null for seed 000's. */
  eigen_kracht_contact_enc: string | null;
}

export interface TeamsTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: string;
}

export type Role = 'beheerder' | 'coach' | 'begeleider' | 'onderzoeker';

export interface UsersTable {
  id: string;
  organisation_id: string;
  team_id: string | null;
  /** Login name, stored lower-case. Staff data, kept clear because login looks it up. */
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  must_change_password: number;
  failed_logins: number;
  locked_until: string | null;
  disabled: number;
  created_at: string;
  /** The beheerder who last gave this account a one-time password, and when (0009). */
  password_reset_by: string | null;
  password_reset_at: string | null;
  /** 1 until the owner has seen who reset their password (shown at their next sign-in). */
  reset_notice: Generated<number>;
}

/**
 * Browsers a beheerder signed in on: a cookie token whose hash is kept here. A one-time password
 * is refused on such a browser (auth/beheerder-devices.ts), so the beheerder who issued it cannot
 * casually use it there.
 */
export interface BeheerderDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
}

/** How many `access.denied` audit lines a user wrote in the current window (store/denied-audit.ts). */
export interface DeniedAuditBudgetTable {
  user_id: string;
  /** Milliseconds since 1970. */
  window_start: number;
  lines: number;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a stolen database gives no usable session. */
  token_hash: string;
  user_id: string;
  csrf_hash: string;
  created_at: string;
  expires_at: string;
  /**
   * The key (32 random bytes, encrypted under the server key) that wraps the web app's device key
   * on the device this session runs on. Null until the app first asks; gone with the session.
   */
  device_wrap_key_enc?: string | null;
}

/** Login attempts of one client address in the current 15-minute window (auth/address-throttle.ts). */
export interface LoginThrottleTable {
  /** HMAC-SHA256 of the address under a key derived from the data key: no address is stored. */
  address_hash: string;
  /** Start of the window, milliseconds since 1970. */
  window_start: number;
  attempts: number;
}

/**
 * The key the web app encrypts this user's drafts with on their devices (see
 * ../crypto/draft-keys.ts). One per user, made on first request; deleted with the account.
 */
export interface UserDraftKeysTable {
  user_id: string;
  /** The 32 key bytes as base64url, encrypted like every personal field. */
  key_enc: string;
  created_at: string;
}

export interface CasesTable {
  id: string;
  organisation_id: string;
  team_id: string | null;
  owner_id: string;
  name_enc: string;
  created_at: string;
}

/**
 * The data key of one case (issue 11): 32 random bytes, wrapped (AES-256-GCM) by the master key,
 * that encrypts every personal field of the case (`v2` values, see ../crypto/field-cipher.ts).
 * Erasure deletes this row first: copies of the case's values left anywhere no longer decrypt.
 */
export interface CaseKeysTable {
  case_id: string;
  /** The case key in base64, encrypted under the master key (`v1`, context `case_keys.key`). */
  key_enc: string;
  created_at: string;
}

/**
 * A value written at the first start under the master key, read at every start: a wrong key is
 * refused even when the database holds no case yet. One row, id `canary`.
 */
export interface KeyCanaryTable {
  id: string;
  value_enc: string;
  created_at: string;
}

export interface CaseMembersTable {
  case_id: string;
  person_id: string;
  seq: number;
  name_enc: string;
  role_enc: string | null;
  birth_year: number | null;
}

export interface CaseSharesTable {
  case_id: string;
  user_id: string;
  created_at: string;
}

export type ConsentScope = 'registratie' | 'delen';

export interface ConsentsTable {
  id: string;
  case_id: string;
  scope: ConsentScope;
  /** Who in the family gave consent (a name: encrypted). */
  given_by_enc: string;
  given_on: string;
  /** For scope `delen`: the named partners, a JSON array, encrypted. */
  partners_enc: string | null;
  recorded_by: string;
  recorded_at: string;
  withdrawn_at: string | null;
}

export interface MapsTable {
  id: string;
  case_id: string;
  title_enc: string | null;
  ego_kind: string;
  /** The whole ego record (name, person id, household members) as encrypted JSON. */
  ego_enc: string;
  sector_scheme: string;
  ring_count: number;
  /** Optimistic concurrency: every change of the map's content adds one. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SnapshotsTable {
  map_id: string;
  id: string;
  seq: number;
  kind: string;
  date: string;
  label_enc: string | null;
  appraisal: string | null;
  note_enc: string | null;
}

export interface AltersTable {
  map_id: string;
  snapshot_id: string;
  id: string;
  seq: number;
  kind: string;
  name_enc: string;
  person_id: string | null;
  sector: string | null;
  role_enc: string | null;
  formal: number;
  formal_mode: string | null;
  formal_level: string | null;
  chosen_by_family: number | null;
  ring: number;
  position_angle: number | null;
  position_distance: number | null;
  status: string;
  valence: string | null;
  frequency: string | null;
  /** Comma-separated channel codes, in the order given. */
  channels: string;
  reachability: string | null;
  since: number | null;
  origin_enc: string | null;
  flag_aanspreekfiguur: number;
  flag_andere_achtergrond: number;
  flag_toegang_tot_middelen: number;
  flag_alleen_digitaal: number;
  note_enc: string | null;
  /** Seed 004's stability: afspraak, contract or lidmaatschap; null = none (migration 0011). */
  fixed_arrangement: string | null;
}

export interface AlterSupportTable {
  map_id: string;
  snapshot_id: string;
  alter_id: string;
  function: string;
  direction: string;
}

export interface TiesTable {
  map_id: string;
  snapshot_id: string;
  seq: number;
  /** Smaller alter id first: one row per undirected pair. */
  a: string;
  b: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  organisation_id: string;
  user_id: string | null;
  action: string;
  /** Opaque server-generated case id; after erasure it points at nothing. */
  case_id: string | null;
  /** Which record inside the case (`map/snapshot/alter`, opaque ids only); cleared on erasure. */
  target: string | null;
  outcome: string;
  /** For a refused request: the method and route template (`GET /api/maps/:mapId`), never the URL itself. */
  route: string | null;
}

export interface PlansTable {
  id: string;
  /** One plan per case. */
  case_id: string;
  map_id: string;
  made_by: 'gezin' | 'netwerk';
  /** NETWORK_PLAN_VERSION the row was written with. */
  format_version: number;
  starting_answer_enc: string | null;
  starting_language: string | null;
  answered_on: string | null;
  /** JSON array of alter ids (stored clear, like the alters table's: opaque, see store/opaque-ids.ts). */
  thinking_along: string;
  conference_date: string | null;
  /** The Eigen Kracht record without its date (participants, strengths, help asked): encrypted JSON. */
  eigen_kracht_enc: string | null;
  /** Optimistic concurrency, as for maps. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PlanGoalsTable {
  plan_id: string;
  id: string;
  seq: number;
  domain: string;
  status: string;
  language: string | null;
  words_enc: string;
  worker_note_enc: string | null;
}

export interface PlanActionsTable {
  plan_id: string;
  id: string;
  seq: number;
  goal_id: string | null;
  kind: string;
  status: string;
  due: string | null;
  done_on: string | null;
  link_kind: string | null;
  /** The alter id (persoon, gewenst) or the support function (gat). */
  link_target: string | null;
  owner_kind: string;
  promised_on: string | null;
  follow_up_by: string | null;
  origin_rule: string | null;
  origin_model: string | null;
  origin_initiative: string | null;
  origin_local_service: string | null;
  what_enc: string;
  /** Who: the owner's details and the promise's people and fallback, as encrypted JSON. */
  people_enc: string;
}

export interface PlanReviewsTable {
  plan_id: string;
  action_id: string;
  seq: number;
  date: string;
  author: string | null;
  text_enc: string;
}

/** The conversation guide's state of one map (issue 14): encrypted JSON; `version` goes up with each save (If-Match). */
export interface GuideStatesTable {
  map_id: string;
  state_enc: string;
  version: number;
  updated_at: string;
}

export interface BarriersTable {
  id: string;
  case_id: string;
  code: string;
  holder_kind: string;
  holder_alter_id: string | null;
  status: string;
  noted_on: string;
  /** JSON array of plan action ids. */
  action_ids: string;
  /** Dated notes, encrypted JSON; null when there are none. */
  notes_enc: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * A Network Canvas mapping per organisation and protocol (issue 15): variable names and value
 * tables only, no family's data, so in clear. Key: the protocol's UID, else its name (`key_kind`).
 */
export interface ImportMappingsTable {
  organisation_id: string;
  /** 'nc': Network Canvas (the one format with a user's mapping). */
  format: string;
  key_kind: 'uid' | 'name';
  protocol_key: string;
  /** JSON of core's SavedNcMappingSchema. */
  mapping: string;
  /** The user who saved it last. */
  updated_by: string | null;
  updated_at: string;
}

/** The sociale kaart: local services, not about any family, so nothing here is encrypted. */
export interface LocalServicesTable {
  organisation_id: string;
  id: string;
  seq: number;
  name: string;
  organisation: string;
  region: string;
  contact: string;
  cost: string;
  accessibility: string;
  target_group: string;
  /** Codes joined with '|', in the order given. */
  support_functions: string;
  domains: string;
  models: string;
  online: number;
  created_at: string;
  updated_at: string;
}

/** One kansarmoede-index check of a case; the judgements (and notes) are encrypted JSON. */
export interface KansarmoedeChecksTable {
  id: string;
  case_id: string;
  checked_on: string;
  judgements_enc: string;
  created_at: string;
}

/** One grondrechtenmeting of a case; the scores, notes and first right are encrypted JSON. */
export interface RightsMeasurementsTable {
  id: string;
  case_id: string;
  measured_on: string;
  measurement_enc: string;
  created_at: string;
}

/** The rechtenverkenner: rights per life domain, not about any family, so in clear. */
export interface ExplorerRightsTable {
  organisation_id: string;
  id: string;
  seq: number;
  domain: string;
  name: string;
  what: string;
  for_whom: string;
  how: string;
  where_to: string;
  when_to: string;
  contact: string;
  created_at: string;
  updated_at: string;
}

/** Where a right of the rechtenverkenner stands for a case. */
export interface CaseRightsTable {
  case_id: string;
  right_id: string;
  status: string;
  status_on: string;
  asked_on: string | null;
  realised_on: string | null;
  note_enc: string | null;
  updated_at: string;
}

/** A collective signal of the organisation (issue 12; migration 0014). `text_enc` under the master key. */
export interface SignalsTable {
  id: string;
  organisation_id: string;
  text_enc: string;
  life_domain: string;
  status: string;
  owner_kind: string | null;
  owner_name: string | null;
  /** The signal's own HMAC key for family tags (32 random bytes, base64, under the master key). */
  tag_key_enc: string;
  created_on: string;
  updated_at: string;
}

/** One family's contribution: a keyed hash of the case id, never the id itself. */
export interface SignalContributionsTable {
  signal_id: string;
  family_tag: string;
  source_kind: string;
  contributed_on: string;
}

export interface NetworkMeetingsTable {
  id: string;
  organisation_id: string;
  held_on: string;
  title: string;
  created_at: string;
}

export interface SignalHistoryTable {
  id: string;
  signal_id: string;
  meeting_id: string | null;
  status: string;
  owner_kind: string | null;
  owner_name: string | null;
  note_enc: string | null;
  changed_on: string;
  changed_by: string | null;
  created_at: string;
}

/** A 7 B's conversation about a service or a plan action; `bs` is a JSON array of codes. */
export interface SevenBNotesTable {
  id: string;
  case_id: string;
  subject_kind: string;
  subject_id: string;
  bs: string;
  notes_enc: string | null;
  noted_on: string;
  created_by: string | null;
  created_at: string;
}

/** Migration 0015: case coordination. */
export interface CaseCoordinationTable {
  case_id: string;
  coordinator_id: string | null;
  started_on: string;
  updated_at: string;
}

export interface CasePartnersTable {
  id: string;
  case_id: string;
  organisation_enc: string;
  role_enc: string;
  created_at: string;
}

export interface CasusoverleggenTable {
  id: string;
  case_id: string;
  held_on: string;
  parents_present: number;
  note_enc: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ContactLogTable {
  id: string;
  case_id: string;
  channel: string;
  contact_on: string;
  with_user_id: string;
  note_enc: string | null;
  recorded_by: string | null;
  created_at: string;
}

export interface CoordinationSettingsTable {
  organisation_id: string;
  caseload_limit: number;
  small_cell_threshold: number | null;
}

/**
 * A zorgkracht survey opened by a worker for one site (docs/survey.md, migration 0016). The token
 * that lets a respondent answer is kept only as its SHA-256 hash; the day only, never a time.
 */
export interface SurveysTable {
  id: string;
  organisation_id: string;
  site: string;
  opened_by: string;
  opened_on: string;
  token_hash: string;
  closed: number;
}

/**
 * One respondent's answers. Nothing that identifies the respondent: a random id, the site, the day
 * (no time), how it was entered, and the answers (JSON of the §8.1 columns but respondent, site and
 * date) encrypted under the master key (`survey_responses.answers`).
 */
export interface SurveyResponsesTable {
  organisation_id: string;
  respondent: string;
  survey_id: string | null;
  site: string | null;
  date: string | null;
  entered: 'zelf' | 'medewerker' | 'import';
  answers_enc: string;
}

/** One map's latest saved "is" version of a quarter, as bands and codes (migration 0017, organisation report). */
export interface SnapshotSummariesTable {
  map_id: string;
  quarter: string;
  organisation_id: string;
  snapshot_id: string;
  size_band: string;
  quadrant: string;
  dependence: string;
  reciprocity: string;
}

/** What a summary adds to its quarter: `maps`, `size`, `quadrant`, `dependence`, `reciprocity`, `coverage:<function>` (n = 1) and `sector` (n = people). */
export interface SnapshotSummaryCountsTable {
  map_id: string;
  quarter: string;
  organisation_id: string;
  kind: string;
  category: string;
  n: number;
}

/** The organisation's counts per quarter, kept up to date from the summaries (migration 0017). */
export interface OrganisationReportCountsTable {
  organisation_id: string;
  quarter: string;
  kind: string;
  category: string;
  n: number;
}

export interface Database {
  organisations: OrganisationsTable;
  teams: TeamsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  user_draft_keys: UserDraftKeysTable;
  beheerder_devices: BeheerderDevicesTable;
  denied_audit_budget: DeniedAuditBudgetTable;
  cases: CasesTable;
  case_keys: CaseKeysTable;
  key_canary: KeyCanaryTable;
  case_members: CaseMembersTable;
  case_shares: CaseSharesTable;
  consents: ConsentsTable;
  maps: MapsTable;
  snapshots: SnapshotsTable;
  alters: AltersTable;
  alter_support: AlterSupportTable;
  ties: TiesTable;
  audit_log: AuditLogTable;
  plans: PlansTable;
  plan_goals: PlanGoalsTable;
  plan_actions: PlanActionsTable;
  plan_reviews: PlanReviewsTable;
  barriers: BarriersTable;
  guide_states: GuideStatesTable;
  import_mappings: ImportMappingsTable;
  local_services: LocalServicesTable;
  kansarmoede_checks: KansarmoedeChecksTable;
  rights_measurements: RightsMeasurementsTable;
  explorer_rights: ExplorerRightsTable;
  case_rights: CaseRightsTable;
  signals: SignalsTable;
  signal_contributions: SignalContributionsTable;
  network_meetings: NetworkMeetingsTable;
  signal_history: SignalHistoryTable;
  seven_b_notes: SevenBNotesTable;
  case_coordination: CaseCoordinationTable;
  case_partners: CasePartnersTable;
  casusoverleggen: CasusoverleggenTable;
  contact_log: ContactLogTable;
  coordination_settings: CoordinationSettingsTable;
  surveys: SurveysTable;
  survey_responses: SurveyResponsesTable;
  snapshot_summaries: SnapshotSummariesTable;
  snapshot_summary_counts: SnapshotSummaryCountsTable;
  organisation_report_counts: OrganisationReportCountsTable;
}
