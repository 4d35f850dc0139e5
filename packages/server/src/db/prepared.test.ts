import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { runPrepared } from './prepared.js';

const targets = await databaseTargets();

describe.each(targets)('queries compiled once and reused, on $name', (target) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await target.open();
    await database.handle.db.insertInto('organisations').values([
      { id: 'org-1', name: 'Een', created_at: '2026-01-01T00:00:00.000Z' },
      { id: 'org-2', name: 'Twee', created_at: '2026-01-01T00:00:00.000Z' },
      { id: 'org-3', name: 'Drie', created_at: '2026-01-01T00:00:00.000Z' },
    ]).execute();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('each run binds its own values: the second call never sees the first call\'s record', async () => {
    const byId = (id: string) => runPrepared(database.handle.db, 'test:org-by-id', [id], (d, [v]) =>
      d.selectFrom('organisations').select(['id', 'name']).where('id', '=', v as string));
    expect(await byId('org-2')).toEqual([{ id: 'org-2', name: 'Twee' }]);
    expect(await byId('org-1')).toEqual([{ id: 'org-1', name: 'Een' }]);
    expect(await byId('missing')).toEqual([]);
  });

  it('a value used twice and a list of values are bound in every place', async () => {
    const some = (ids: readonly string[]) => runPrepared(database.handle.db, `test:orgs:${ids.length}`, ids, (d, values) =>
      d.selectFrom('organisations').select('name').where('id', 'in', values as string[]).where((eb) => eb.or([eb('id', '=', values[0] as string), eb('id', '!=', values[0] as string)])).orderBy('name'));
    expect(await some(['org-1', 'org-3'])).toEqual([{ name: 'Drie' }, { name: 'Een' }]);
    expect(await some(['org-2', 'org-3'])).toEqual([{ name: 'Drie' }, { name: 'Twee' }]);
  });

  it('a value written into the SQL text instead of bound is refused before anything runs', async () => {
    await expect(runPrepared(database.handle.db, 'test:inlined', ['org-1'], (d, [v]) =>
      d.selectFrom('organisations').select('id').where(sql<boolean>`id = ${sql.lit(v as string)}`))).rejects.toThrow(/not a bound parameter/);
  });
});
