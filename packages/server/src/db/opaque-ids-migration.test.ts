import { readFileSync } from 'node:fs';
import { parseMapDocument, parseNetworkPlan, type NetworkMap } from '@netwerkkracht/core';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCipher, type CaseCipher } from '../crypto/field-cipher.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { writeMembers } from '../store/case-store.js';
import { newId, nowIso } from '../store/ids.js';
import { insertMap, readMap } from '../store/map-store.js';
import { isOpaqueId } from '../store/opaque-ids.js';
import { findPlanRow, insertPlan, readPlan } from '../store/plan-store.js';
import { everyText } from '../testing/every-text.js';
import { seedWorld } from '../testing/fixture.js';
import { allIdsOpaque, findIds, idsOf, withIdsOf } from '../testing/ids-of.js';
import { REPO_ROOT } from '../testing/live-server.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { runMigrations } from './migrations.js';
import type { Database } from './schema.js';

const targets = await databaseTargets();
const MIGRATION = '0008_opaque_ids';

/** The example household, with a person on the map who is also a member ('lina'), as stored before 0008. */
function oldStyleMap(): NetworkMap {
  const parsed = parseMapDocument(JSON.parse(readFileSync(`${REPO_ROOT}examples/gezin-oom-weer-actief.json`, 'utf8')));
  if (!parsed.ok) throw new Error('the example must be valid');
  const map = parsed.value.map;
  const [first, ...rest] = map.snapshots;
  if (!first) throw new Error('the example has versions');
  const [jos, ...others] = first.alters;
  return { ...map, id: newId(), snapshots: [{ ...first, alters: [{ ...jos, personId: 'lina' } as typeof jos, ...others] }, ...rest] } as unknown as NetworkMap;
}

describe.each(targets)('migration 0008 (opaque ids) on $name', (target) => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  const cipher = createFieldCipher(createKeyring([generateKey()]));
  // 0008 runs before the values move to case keys (at the next start, crypto/case-keys.ts): a
  // database written before issue 11 holds every value under the master key.
  const legacy = cipher as unknown as CaseCipher;
  const old = oldStyleMap();
  const caseId = newId();
  let before: NetworkMap;
  let after: NetworkMap;

  /** Forget that 0008 ran (the schema is the same before and after it), so the next start runs it. */
  const unrun = async () => {
    const result = await (db as unknown as Kysely<{ kysely_migration: { name: string } }>).deleteFrom('kysely_migration').where('name', '=', MIGRATION).executeTakeFirst();
    expect(Number(result.numDeletedRows)).toBe(1);
  };

  beforeAll(async () => {
    database = await target.open();
    db = database.handle.db;
    const world = await seedWorld(db);
    // What a database written before 0008 holds: the file's ids as keys, links and audit targets.
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('cases').values({ id: caseId, organisation_id: world.orgA, team_id: world.teamX, owner_id: world.users.x1.id, name_enc: legacy.encrypt('Gezin Benali', 'cases.name'), created_at: nowIso() }).execute();
      const ego = old.ego.kind === 'huishouden' ? old.ego.members : [];
      await writeMembers(trx, legacy, caseId, ego.map((m) => ({ personId: m.personId, name: m.name })) as never);
      await insertMap(trx, legacy, caseId, old);
      const plan = parseNetworkPlan({
        id: newId(), caseId, mapId: old.id, madeBy: 'netwerk',
        startingQuestion: { answer: 'Rust', thinkingAlong: ['jos', 'juf'] },
        actions: [
          { id: 'bel-jos', what: 'Jos bellen', owner: { kind: 'netwerklid', alterId: 'juf' }, kind: 'doen', link: { kind: 'persoon', alterId: 'jos' },
            promise: { by: { alterId: 'ellen' }, followUpBy: '2026-02-10', fallback: 'Iemand anders', fallbackOwner: { kind: 'persoon', personId: 'samira' } } },
          { id: 'gat', what: 'Praktische hulp', owner: { kind: 'begeleider' }, kind: 'doen', link: { kind: 'gat', function: 'praktisch' } },
        ],
        eigenKracht: { participants: [{ alterId: 'oom-karim' }, { name: 'Buurman' }], ownStrengths: [{ what: 'Koken', by: { alterId: 'samira-zus' } }] },
      });
      if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
      await insertPlan(trx, legacy, plan.value);
      await trx.insertInto('barriers').values({
        id: newId(), case_id: caseId, code: 'kosten', holder_kind: 'netwerklid', holder_alter_id: 'schuld', status: 'speelt', noted_on: '2026-01-05',
        action_ids: '[]', notes_enc: null, version: 1, created_at: nowIso(), updated_at: nowIso(),
      }).execute();
      const line = (target: string) => ({ at: nowIso(), organisation_id: world.orgA, user_id: world.users.x1.id, action: 'alter.update', case_id: caseId, target, outcome: 'ok' });
      // The last one names a person deleted since: nothing points at 'verdwenen' any more.
      await trx.insertInto('audit_log').values([line(`${old.id}/2025-10/jos`), line(`${old.id}/2026-04`), line(`${old.id}/2026-04/verdwenen`), line(old.id)]).execute();
      // Today's insertMap also writes the organisation report's rows (0017), which a database of
      // before 0008 cannot hold: 0017 builds them later, from the renamed maps.
      for (const table of ['snapshot_summaries', 'snapshot_summary_counts', 'organisation_report_counts'] as const) await trx.deleteFrom(table).execute();
    });
    const mapRow = await db.selectFrom('maps').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
    before = await readMap(db, legacy, mapRow);
    await unrun();
    await runMigrations(db as unknown as Kysely<unknown>, { cipher: () => cipher });
    after = await readMap(db, legacy, await db.selectFrom('maps').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow());
  });
  afterAll(async () => {
    await database?.close();
  });

  it('[0008] no table, column or audit line keeps any of the old ids, in clear or inside encrypted JSON', async () => {
    const texts = await everyText(db, cipher, database.config.searchPath);
    expect(findIds(texts, [...idsOf(old).filter((id) => id !== old.id), 'verdwenen'])).toEqual([]);
    expect(allIdsOpaque(after)).toBe(true);
  });

  it('[0008] the map keeps the same people, ties and versions under the new ids, at a new version', async () => {
    expect(after).toEqual(withIdsOf(before, after));
    const versions = await db.selectFrom('maps').select('version').where('id', '=', old.id).executeTakeFirstOrThrow();
    expect(versions.version).toBe(2);
  });

  it('[0008] members, the ego, the people on the map, the plan, the barrier and the audit lines all follow the same renaming', async () => {
    const idOf = (oldId: string) => after.snapshots[0]?.alters[before.snapshots[0]?.alters.findIndex((a) => a.id === oldId) ?? -1]?.id as string;
    const members = await db.selectFrom('case_members').select('person_id').where('case_id', '=', caseId).orderBy('seq').execute();
    const memberIds = members.map((m) => m.person_id);
    expect(memberIds.every(isOpaqueId)).toBe(true);
    expect(after.ego.kind === 'huishouden' ? after.ego.members.map((m) => m.personId) : []).toEqual(memberIds);
    // 'lina' is the third member and the person id of 'jos' on the map.
    expect(after.snapshots[0]?.alters[0]?.personId).toBe(memberIds[2]);

    const plan = await readPlan(db, legacy, await findPlanRow(db, caseId) as never);
    expect(plan.startingQuestion.thinkingAlong).toEqual([idOf('jos'), idOf('juf')]);
    const [call, gap] = plan.actions;
    expect(call?.link).toEqual({ kind: 'persoon', alterId: idOf('jos') });
    expect(call?.owner).toEqual({ kind: 'netwerklid', alterId: idOf('juf') });
    expect(call?.promise).toMatchObject({ by: { alterId: idOf('ellen') }, fallbackOwner: { kind: 'persoon', personId: memberIds[0] } });
    expect(gap?.link).toEqual({ kind: 'gat', function: 'praktisch' });
    expect(plan.madeBy === 'netwerk' ? plan.eigenKracht : null).toMatchObject({
      participants: [{ alterId: idOf('oom-karim') }, { name: 'Buurman' }], ownStrengths: [{ what: 'Koken', by: { alterId: idOf('samira-zus') } }],
    });
    expect((await findPlanRow(db, caseId))?.version).toBe(2);
    const barrier = await db.selectFrom('barriers').select(['holder_alter_id', 'version']).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    expect(barrier).toEqual({ holder_alter_id: idOf('schuld'), version: 2 });

    const targets = (await db.selectFrom('audit_log').select('target').where('case_id', '=', caseId).orderBy('id').execute()).map((l) => l.target as string);
    const [first, second] = after.snapshots;
    expect(targets.slice(0, 2)).toEqual([`${old.id}/${first?.id}/${idOf('jos')}`, `${old.id}/${second?.id}`]);
    expect(targets[2]).toMatch(new RegExp(`^${old.id}/${second?.id}/[0-9a-f-]{36}$`));
    expect(targets[3]).toBe(old.id);
  });

  it('[0008] running it again changes nothing; without the key it refuses to start on a database that holds maps', async () => {
    const snapshot = async () => JSON.stringify(await everyText(db, cipher, database.config.searchPath));
    const was = await snapshot();
    await unrun();
    await runMigrations(db as unknown as Kysely<unknown>, { cipher: () => cipher });
    expect(await snapshot()).toBe(was);
    await unrun();
    await expect(runMigrations(db as unknown as Kysely<unknown>)).rejects.toThrow(/0008_opaque_ids.*encryption key/);
  });
});
