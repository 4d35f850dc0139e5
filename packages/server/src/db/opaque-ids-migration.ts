import type { Kysely, Transaction } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { IdRenamer, isOpaqueId, isOpaqueSnapshotId, type IdRenaming } from '../store/opaque-ids.js';

/** Rows as the migration sees them: any table, any column (the schema of this moment). */
type Row = Record<string, unknown>;
type AnyDb = Kysely<Record<string, Row>>;

const BATCH = 200;

/** The ids of one case: one renaming per kind, shared by every map, plan and audit line of it. */
interface CaseRenamers {
  readonly alters: IdRenamer;
  readonly snapshots: IdRenamer;
  readonly persons: IdRenamer;
}

/** Rewrites `alterId` and `personId` fields anywhere in a decrypted JSON value. */
function renameInJson(value: unknown, renamers: CaseRenamers): unknown {
  if (Array.isArray(value)) return value.map((v) => renameInJson(v, renamers));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => {
    if (typeof v === 'string' && key === 'alterId') return [key, renamers.alters.id(v)];
    if (typeof v === 'string' && key === 'personId') return [key, renamers.persons.id(v)];
    return [key, renameInJson(v, renamers)];
  }));
}

/** An encrypted JSON column with its ids renamed; the same ciphertext when nothing changed. */
function renameEncrypted(cipher: FieldCipher, stored: string | null, context: string, renamers: CaseRenamers): string | null {
  if (stored === null) return null;
  const plain = cipher.decrypt(stored, context);
  const renamed = JSON.stringify(renameInJson(JSON.parse(plain), renamers));
  return renamed === plain ? stored : cipher.encrypt(renamed, context);
}

async function insertRows(trx: Transaction<Record<string, Row>>, table: string, rows: readonly Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto(table).values(rows.slice(i, i + BATCH)).execute();
}

/**
 * A map's snapshots, people, support and ties under opaque ids. Ids are keys with foreign keys
 * between these tables, so the map's content is read, deleted (the cascade takes the people, support
 * and ties) and written back with the new ids; the ciphertexts are copied as they are (their
 * authenticated data is the column, not the row). Returns whether anything changed.
 */
async function rekeyMapContent(trx: Transaction<Record<string, Row>>, mapId: string, renamers: CaseRenamers): Promise<boolean> {
  const of = (table: string) => trx.selectFrom(table).selectAll().where('map_id', '=', mapId).execute();
  const [snapshots, alters, support, ties] = await Promise.all([of('snapshots'), of('alters'), of('alter_support'), of('ties')]);
  const clean = snapshots.every((s) => isOpaqueSnapshotId(s.id as string))
    && alters.every((a) => isOpaqueId(a.id as string) && (a.person_id === null || isOpaqueId(a.person_id as string)));
  if (clean) return false;
  const snapshot = (id: unknown) => renamers.snapshots.id(id as string);
  const alter = (id: unknown) => renamers.alters.id(id as string);
  await trx.deleteFrom('snapshots').where('map_id', '=', mapId).execute();
  await insertRows(trx, 'snapshots', snapshots.map((s) => ({ ...s, id: snapshot(s.id) })));
  await insertRows(trx, 'alters', alters.map((a) => ({
    ...a, snapshot_id: snapshot(a.snapshot_id), id: alter(a.id), person_id: a.person_id === null ? null : renamers.persons.id(a.person_id as string),
  })));
  await insertRows(trx, 'alter_support', support.map((s) => ({ ...s, snapshot_id: snapshot(s.snapshot_id), alter_id: alter(s.alter_id) })));
  await insertRows(trx, 'ties', ties.map((t) => {
    const [a, b] = [alter(t.a), alter(t.b)];
    return { ...t, snapshot_id: snapshot(t.snapshot_id), a: a < b ? a : b, b: a < b ? b : a };
  }));
  return true;
}

/** The plan of a case with its links to people renamed (clear and encrypted); bumps its version. */
async function rekeyPlan(trx: Transaction<Record<string, Row>>, caseId: string, cipher: FieldCipher, renamers: CaseRenamers): Promise<void> {
  const plan = await trx.selectFrom('plans').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  if (!plan) return;
  let changed = false;
  const thinkingAlong = JSON.stringify((JSON.parse(plan.thinking_along as string) as string[]).map((id) => renamers.alters.id(id)));
  const eigenKracht = renameEncrypted(cipher, plan.eigen_kracht_enc as string | null, 'plans.eigen_kracht', renamers);
  if (thinkingAlong !== plan.thinking_along || eigenKracht !== plan.eigen_kracht_enc) {
    await trx.updateTable('plans').set({ thinking_along: thinkingAlong, eigen_kracht_enc: eigenKracht }).where('id', '=', plan.id as string).execute();
    changed = true;
  }
  const actions = await trx.selectFrom('plan_actions').select(['id', 'link_kind', 'link_target', 'people_enc']).where('plan_id', '=', plan.id as string).execute();
  for (const action of actions) {
    const linksPerson = action.link_kind === 'persoon' || action.link_kind === 'gewenst';
    const target = linksPerson ? renamers.alters.id(action.link_target as string) : action.link_target;
    const people = renameEncrypted(cipher, action.people_enc as string, 'plan_actions.people', renamers);
    if (target === action.link_target && people === action.people_enc) continue;
    await trx.updateTable('plan_actions').set({ link_target: target, people_enc: people })
      .where('plan_id', '=', plan.id as string).where('id', '=', action.id as string).execute();
    changed = true;
  }
  if (changed) await trx.updateTable('plans').set({ version: (plan.version as number) + 1 }).where('id', '=', plan.id as string).execute();
}

/** The map, snapshot and alter of an audit target `map/snapshot[/alter]`, the latter two renamed. */
function renameTarget(target: string, snapshots: IdRenaming, alters: IdRenaming): string {
  const [map, snapshot, alter, ...rest] = target.split('/');
  if (snapshot === undefined || rest.length > 0) return target;
  return [map, snapshots.id(snapshot), ...(alter === undefined ? [] : [alters.id(alter)])].join('/');
}

/**
 * Migration 0008: every alter, snapshot and person id that is not opaque (see
 * ../store/opaque-ids.ts) gets a fresh opaque id, and every reference to it follows: ties,
 * support, the people's person ids, the case's members, the ego (encrypted JSON), the plan (the
 * people thinking along, actions' links, owners, promised help, the Eigen Kracht record) and
 * barriers' holders, and the audit targets `map/snapshot/alter`, including those of people since
 * deleted. One renaming per case, so one old id becomes one new id wherever it is used. Maps,
 * plans and barriers that changed get a new version, so a device's draft based on the old ids
 * meets a conflict instead of writing them back.
 *
 * The ego and the plan hold ids inside encrypted JSON, so the key is needed as soon as the
 * database holds a map, a member or a plan: `loadCipher` is called only then.
 */
export async function rekeyToOpaqueIds(db: Kysely<unknown>, loadCipher: (() => FieldCipher) | undefined): Promise<void> {
  const run = async (trx: Transaction<Record<string, Row>>) => {
    const caseIds = (await trx.selectFrom('cases').select('id').orderBy('id').execute()).map((r) => r.id as string);
    if (caseIds.length === 0) return;
    const holdsData = await trx.selectFrom('maps').select('id').limit(1).executeTakeFirst()
      ?? await trx.selectFrom('case_members').select('case_id').limit(1).executeTakeFirst();
    if (!holdsData) return;
    if (!loadCipher) throw new Error('renaming the ids of the stored people needs the encryption key; start the server with its key (netwerkkracht serve)');
    const cipher = loadCipher();
    for (const caseId of caseIds) {
      const renamers: CaseRenamers = { alters: new IdRenamer(), snapshots: new IdRenamer(isOpaqueSnapshotId), persons: new IdRenamer() };
      const members = await trx.selectFrom('case_members').select('person_id').where('case_id', '=', caseId).execute();
      for (const { person_id: old } of members) {
        const next = renamers.persons.id(old as string);
        if (next !== old) await trx.updateTable('case_members').set({ person_id: next }).where('case_id', '=', caseId).where('person_id', '=', old as string).execute();
      }
      const maps = await trx.selectFrom('maps').select(['id', 'ego_enc', 'version']).where('case_id', '=', caseId).orderBy('created_at').execute();
      for (const map of maps) {
        const content = await rekeyMapContent(trx, map.id as string, renamers);
        const ego = renameEncrypted(cipher, map.ego_enc as string, 'maps.ego', renamers);
        if (content || ego !== map.ego_enc) {
          await trx.updateTable('maps').set({ ego_enc: ego, version: (map.version as number) + 1 }).where('id', '=', map.id as string).execute();
        }
      }
      await rekeyPlan(trx, caseId, cipher, renamers);
      const barriers = await trx.selectFrom('barriers').select(['id', 'holder_alter_id', 'version']).where('case_id', '=', caseId).where('holder_alter_id', 'is not', null).execute();
      for (const barrier of barriers) {
        const holder = renamers.alters.id(barrier.holder_alter_id as string);
        if (holder !== barrier.holder_alter_id) {
          await trx.updateTable('barriers').set({ holder_alter_id: holder, version: (barrier.version as number) + 1 }).where('id', '=', barrier.id as string).execute();
        }
      }
      const lines = await trx.selectFrom('audit_log').select(['id', 'target']).where('case_id', '=', caseId).where('target', 'like', '%/%').execute();
      for (const line of lines) {
        const target = renameTarget(line.target as string, renamers.snapshots, renamers.alters);
        if (target !== line.target) await trx.updateTable('audit_log').set({ target }).where('id', '=', line.id as number).execute();
      }
    }
  };
  const anyDb = db as AnyDb;
  // PostgreSQL runs each migration in a transaction already; SQLite's migrations do not.
  await (anyDb.isTransaction ? run(anyDb as Transaction<Record<string, Row>>) : anyDb.transaction().execute(run));
}
