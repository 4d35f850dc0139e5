/**
 * Every encrypted column, with the key columns of its table, the context it is encrypted under,
 * and whose key encrypts it: `case` names how a row finds its case (a column of the row holding
 * the case id, or, through `parent`, the id of a map or plan of the case); `null` means the master
 * key (organisation data, the wrapped case keys themselves, the key canary). A new encrypted
 * column must be added here, or key rotation and the move to case keys would leave it behind (the
 * rotation test checks that no value is left).
 *
 * A leaf module: rotate-key.ts and case-keys.ts both read it.
 */
export interface CaseLink {
  /** The column of the row that holds the case id, or the map or plan id when `parent` is set. */
  readonly column: string;
  readonly parent?: 'maps' | 'plans';
}

export interface EncryptedColumn {
  readonly table: string;
  readonly keys: readonly string[];
  readonly column: string;
  readonly context: string;
  readonly case: CaseLink | null;
}

const byCase = { column: 'case_id' } as const;
const byMap = { column: 'map_id', parent: 'maps' } as const;
const byPlan = { column: 'plan_id', parent: 'plans' } as const;

export const ENCRYPTED_COLUMNS = [
  { table: 'cases', keys: ['id'], column: 'name_enc', context: 'cases.name', case: { column: 'id' } },
  { table: 'case_members', keys: ['case_id', 'person_id'], column: 'name_enc', context: 'case_members.name', case: byCase },
  { table: 'case_members', keys: ['case_id', 'person_id'], column: 'role_enc', context: 'case_members.role', case: byCase },
  { table: 'consents', keys: ['id'], column: 'given_by_enc', context: 'consents.given_by', case: byCase },
  { table: 'consents', keys: ['id'], column: 'partners_enc', context: 'consents.partners', case: byCase },
  { table: 'maps', keys: ['id'], column: 'title_enc', context: 'maps.title', case: byCase },
  { table: 'maps', keys: ['id'], column: 'ego_enc', context: 'maps.ego', case: byCase },
  { table: 'snapshots', keys: ['map_id', 'id'], column: 'label_enc', context: 'snapshots.label', case: byMap },
  { table: 'snapshots', keys: ['map_id', 'id'], column: 'note_enc', context: 'snapshots.note', case: byMap },
  { table: 'alters', keys: ['map_id', 'snapshot_id', 'id'], column: 'name_enc', context: 'alters.name', case: byMap },
  { table: 'alters', keys: ['map_id', 'snapshot_id', 'id'], column: 'role_enc', context: 'alters.role', case: byMap },
  { table: 'alters', keys: ['map_id', 'snapshot_id', 'id'], column: 'origin_enc', context: 'alters.origin', case: byMap },
  { table: 'alters', keys: ['map_id', 'snapshot_id', 'id'], column: 'note_enc', context: 'alters.note', case: byMap },
  { table: 'plans', keys: ['id'], column: 'starting_answer_enc', context: 'plans.starting_answer', case: byCase },
  { table: 'plans', keys: ['id'], column: 'eigen_kracht_enc', context: 'plans.eigen_kracht', case: byCase },
  { table: 'plan_goals', keys: ['plan_id', 'id'], column: 'words_enc', context: 'plan_goals.words', case: byPlan },
  { table: 'plan_goals', keys: ['plan_id', 'id'], column: 'worker_note_enc', context: 'plan_goals.worker_note', case: byPlan },
  { table: 'plan_actions', keys: ['plan_id', 'id'], column: 'what_enc', context: 'plan_actions.what', case: byPlan },
  { table: 'plan_actions', keys: ['plan_id', 'id'], column: 'people_enc', context: 'plan_actions.people', case: byPlan },
  { table: 'plan_reviews', keys: ['plan_id', 'action_id', 'seq'], column: 'text_enc', context: 'plan_reviews.text', case: byPlan },
  { table: 'barriers', keys: ['id'], column: 'notes_enc', context: 'barriers.notes', case: byCase },
  { table: 'kansarmoede_checks', keys: ['id'], column: 'judgements_enc', context: 'kansarmoede_checks.judgements', case: byCase },
  { table: 'rights_measurements', keys: ['id'], column: 'measurement_enc', context: 'rights_measurements.measurement', case: byCase },
  { table: 'case_rights', keys: ['case_id', 'right_id'], column: 'note_enc', context: 'case_rights.note', case: byCase },
  { table: 'seven_b_notes', keys: ['id'], column: 'notes_enc', context: 'seven_b_notes.notes', case: byCase },
  { table: 'case_partners', keys: ['id'], column: 'organisation_enc', context: 'case_partners.organisation', case: byCase },
  { table: 'case_partners', keys: ['id'], column: 'role_enc', context: 'case_partners.role', case: byCase },
  { table: 'casusoverleggen', keys: ['id'], column: 'note_enc', context: 'casusoverleggen.note', case: byCase },
  { table: 'contact_log', keys: ['id'], column: 'note_enc', context: 'contact_log.note', case: byCase },
  { table: 'signals', keys: ['id'], column: 'text_enc', context: 'signals.text', case: null },
  { table: 'signals', keys: ['id'], column: 'tag_key_enc', context: 'signals.tag_key', case: null },
  { table: 'signal_history', keys: ['id'], column: 'note_enc', context: 'signal_history.note', case: null },
  { table: 'guide_states', keys: ['map_id'], column: 'state_enc', context: 'guide_states.state', case: byMap },
  { table: 'user_draft_keys', keys: ['user_id'], column: 'key_enc', context: 'user_draft_keys.key', case: null },
  { table: 'sessions', keys: ['token_hash'], column: 'device_wrap_key_enc', context: 'sessions.device_wrap_key', case: null },
  { table: 'case_keys', keys: ['case_id'], column: 'key_enc', context: 'case_keys.key', case: null },
  { table: 'key_canary', keys: ['id'], column: 'value_enc', context: 'key_canary.value', case: null },
  { table: 'organisations', keys: ['id'], column: 'eigen_kracht_contact_enc', context: 'organisations.eigen_kracht_contact', case: null },
  { table: 'survey_responses', keys: ['organisation_id', 'respondent'], column: 'answers_enc', context: 'survey_responses.answers', case: null },
] as const satisfies readonly EncryptedColumn[];
