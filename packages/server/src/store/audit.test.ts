import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { createReadAuditor, type AuditEntry } from './audit.js';

const targets = await databaseTargets();

describe.each(targets)('audit lines of reads on $name', (target) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  const linesOf = async (action: string) =>
    (await database.handle.db.selectFrom('audit_log').select('target').where('action', '=', action).orderBy('id').execute()).map((r) => r.target);

  it('[audit] reads are written in one batch after the delay, and flush writes what is waiting at once', async () => {
    const errors: unknown[] = [];
    const auditor = createReadAuditor(database.handle.db, 60_000, (e) => errors.push(e));
    for (const target of ['m1', 'm2', 'm3']) await auditor.record({ organisationId: 'org', userId: 'u', action: 'test.batch', target });
    expect(await linesOf('test.batch')).toEqual([]);
    await auditor.flush();
    expect(await linesOf('test.batch')).toEqual(['m1', 'm2', 'm3']);
    expect(errors).toEqual([]);
  });

  it('[audit] a batch that cannot be written fails its flush, and the batches after it are still written', async () => {
    const errors: unknown[] = [];
    const auditor = createReadAuditor(database.handle.db, 60_000, (e) => errors.push(e));
    // A line without an organisation breaks the table's rule (not null): its whole batch fails.
    await auditor.record({ organisationId: null as unknown as string, userId: 'u', action: 'test.after-failure', target: 'kapot' });
    await expect(auditor.flush()).rejects.toThrow();
    await auditor.record({ organisationId: 'org', userId: 'u', action: 'test.after-failure', target: 'daarna' } satisfies AuditEntry);
    await auditor.flush();
    expect(await linesOf('test.after-failure')).toEqual(['daarna']);
    // A flush with nothing new waiting does not fail again on the old batch.
    await expect(auditor.flush()).resolves.toBeUndefined();
  });
});
