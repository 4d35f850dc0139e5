import { toMapDocument } from '@netwerkkracht/core';
import type { Kysely } from 'kysely';
import type { CaseRow } from '../access/case-access.js';
import type { CaseCipher, FieldCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/schema.js';
import { barrierFromRow, listBarrierRows } from './barrier-store.js';
import { readConsents, readMembers } from './case-store.js';
import { readCoordination, signalSmallCell } from './coordination-store.js';
import { readMap } from './map-store.js';
import { listSevenBNotes } from './seven-b-store.js';
import { findPlanRow, readPlan } from './plan-store.js';
import { listCaseRights } from './explorer-right-store.js';
import { listKansarmoedeChecks, listRightsMeasurements } from './family-support-store.js';
import { signalsOfCase, signalViews } from './signal-store.js';

/** What a part of the export gets: the case, its cipher, and the master cipher for organisation data. */
export interface CaseExportContext {
  readonly db: Kysely<Database>;
  readonly row: CaseRow;
  readonly caseCipher: CaseCipher;
  readonly master: FieldCipher;
  readonly organisationId: string;
  readonly smallCellThreshold: number;
}

/** One part of the family's data: its key in the JSON export and how to read it. */
export interface CaseExportPart {
  readonly key: string;
  read(ctx: CaseExportContext): Promise<unknown>;
}

/**
 * Everything a case holds, for the family's right of access and portability (GDPR art. 15, 20):
 * `GET /api/cases/:id/export` (JSON) and `export.pdf` (the same, readable). A feature that stores
 * data of a case adds ONE entry here; the export test fails for a table with a case_id column that
 * no part reads (store/case-export.test.ts keeps the list of tables complete).
 */
export const CASE_EXPORT_PARTS: readonly CaseExportPart[] = [
  {
    key: 'case',
    read: async ({ db, row, caseCipher }) => ({
      id: row.id, name: caseCipher.decrypt(row.name_enc, 'cases.name'), createdAt: row.created_at, members: await readMembers(db, caseCipher, row.id),
    }),
  },
  { key: 'consents', read: ({ db, row, caseCipher }) => readConsents(db, caseCipher, row.id) },
  {
    key: 'maps',
    read: async ({ db, row, caseCipher }) => {
      const maps = await db.selectFrom('maps').selectAll().where('case_id', '=', row.id).orderBy('created_at').execute();
      const documents = [];
      for (const m of maps) documents.push(toMapDocument(await readMap(db, caseCipher, m)));
      return documents;
    },
  },
  {
    key: 'plan',
    read: async ({ db, row, caseCipher }) => {
      const planRow = await findPlanRow(db, row.id);
      return planRow ? readPlan(db, caseCipher, planRow) : null;
    },
  },
  { key: 'barriers', read: async ({ db, row, caseCipher }) => (await listBarrierRows(db, row.id)).map((b) => barrierFromRow(caseCipher, b)) },
  { key: 'coordination', read: ({ db, row, caseCipher }) => readCoordination(db, caseCipher, row.id, row.created_at) },
  {
    // The conversation guide's progress and notes, per map (issue 14).
    key: 'guides',
    read: async ({ db, row, caseCipher }) => {
      const rows = await db.selectFrom('guide_states').innerJoin('maps', 'maps.id', 'guide_states.map_id')
        .select(['guide_states.map_id', 'guide_states.state_enc', 'guide_states.updated_at']).where('maps.case_id', '=', row.id).orderBy('guide_states.map_id').execute();
      return rows.map((g) => ({ mapId: g.map_id, updatedAt: g.updated_at, state: JSON.parse(caseCipher.decrypt(g.state_enc, 'guide_states.state')) as unknown }));
    },
  },
  // The right of access covers the kansarmoede entry check too (it is about the family, not a label on it).
  { key: 'kansarmoedeChecks', read: ({ db, row, caseCipher }) => listKansarmoedeChecks(db, caseCipher, row.id) },
  { key: 'rightsMeasurements', read: ({ db, row, caseCipher }) => listRightsMeasurements(db, caseCipher, row.id) },
  { key: 'rights', read: ({ db, row, caseCipher }) => listCaseRights(db, caseCipher, row.id) },
  { key: 'sevenBNotes', read: ({ db, row, caseCipher }) => listSevenBNotes(db, caseCipher, row.id) },
  {
    key: 'signalContributions',
    read: async ({ db, row, master, organisationId, smallCellThreshold }) =>
      (await signalViews(db, master, await signalsOfCase(db, master, organisationId, row.id), await signalSmallCell(db, organisationId, smallCellThreshold)))
        .map((s) => ({ signalId: s.id, text: s.text, lifeDomain: s.lifeDomain, status: s.status })),
  },
];

/** The case tables each part above covers (the completeness test compares it with the schema). */
export const CASE_TABLES_EXPORTED = [
  'cases', 'case_members', 'consents', 'maps', 'snapshots', 'alters', 'alter_support', 'ties', 'plans', 'plan_goals', 'plan_actions', 'plan_reviews',
  'barriers', 'case_coordination', 'case_partners', 'casusoverleggen', 'contact_log', 'seven_b_notes',
  'kansarmoede_checks', 'rights_measurements', 'case_rights', 'guide_states',
] as const;

export async function exportCase(ctx: CaseExportContext, exportedAt: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { exportedAt };
  for (const part of CASE_EXPORT_PARTS) out[part.key] = await part.read(ctx);
  return out;
}
