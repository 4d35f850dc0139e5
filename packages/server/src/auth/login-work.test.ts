import argon2 from 'argon2';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { buildApp } from '../app.js';
import { createKeyring, generateKey } from '../crypto/keyring.js';
import { newId } from '../store/ids.js';
import { seedWorld, TEST_PASSWORD, TEST_SETTINGS, type World } from '../testing/fixture.js';
import { databaseTargets, type TestDatabase } from '../testing/test-databases.js';

const targets = await databaseTargets();

/** Every statement the app sends through Kysely, by kind (SelectQueryNode, UpdateQueryNode, ...). */
class StatementLog implements KyselyPlugin {
  readonly kinds: string[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.kinds.push(args.node.kind);
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

interface Work {
  readonly status: number;
  readonly body: string;
  readonly headers: string;
  readonly statements: number;
  readonly writes: number;
  readonly verifications: number;
  readonly hashes: number;
}

/**
 * Issue 11 item 4: a failed sign-in must not tell whether the e-mail address has an account. Not
 * by its answer (status, body, headers), and not by the work done before the answer, which is
 * what its time is made of: the same number of database statements (and writes among them) and
 * the same number of argon2 verifications for an unknown address, a disabled account, a wrong
 * password, a locked account (with the right password or not), and for a throttled address.
 * Counted, not timed (docs/security.md has the measured times).
 */
describe.each(targets)('the work behind a refused sign-in on $name', (target) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let world: World;
  const log = new StatementLog();
  // Watched (still doing their work), from this block's start to its end.
  let verify: MockInstance<typeof argon2.verify>;
  let hash: MockInstance<typeof argon2.hash>;

  beforeAll(async () => {
    verify = vi.spyOn(argon2, 'verify');
    hash = vi.spyOn(argon2, 'hash');
    database = await target.open();
    world = await seedWorld(database.handle.db);
    await database.handle.db.updateTable('users').set({ disabled: 1 }).where('id', '=', world.users.coachY.id).execute();
    // Audit lines batched as in production (any delay above 0); long, so no batch is written while counting.
    app = await buildApp({
      db: database.handle.db.withPlugin(log), keyring: createKeyring([generateKey()]),
      settings: { ...TEST_SETTINGS, auditReadDelayMs: 60_000, maxFailedLogins: 3, loginAttemptsPerAddress: 2 },
    });
  });
  afterAll(async () => {
    verify.mockRestore();
    hash.mockRestore();
    await app?.close();
    await database?.close();
  });

  /** One sign-in from its own client address, with everything it cost before its answer. */
  let addresses = 0;
  const nextAddress = () => { addresses += 1; return `10.9.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`; };
  async function signIn(email: string, password: string, address = nextAddress()): Promise<Work> {
    const before = log.kinds.length;
    verify.mockClear();
    hash.mockClear();
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: address, headers: { 'accept-language': 'fr' }, payload: { email, password } });
    const kinds = log.kinds.slice(before);
    const { date: _date, ...headers } = res.headers;
    return {
      status: res.statusCode, body: res.body, headers: JSON.stringify(headers),
      statements: kinds.length, writes: kinds.filter((k) => k !== 'SelectQueryNode').length,
      verifications: verify.mock.calls.length, hashes: hash.mock.calls.length,
    };
  }
  const unknownAddress = () => `niemand-${newId().toLowerCase()}@example.org`;

  it('[lock-out] an unknown address, a disabled account, a wrong password and a locked account cost the same statements and argon2 checks, and answer byte for byte the same', async () => {
    const locked = world.users.x2.email;
    for (let i = 0; i < 3; i++) expect((await signIn(locked, `fout-${i}`)).status).toBe(401);
    const row = await database.handle.db.selectFrom('users').select('locked_until').where('id', '=', world.users.x2.id).executeTakeFirstOrThrow();
    expect(row.locked_until !== null && row.locked_until > new Date().toISOString()).toBe(true);

    const paths = {
      unknown: await signIn(unknownAddress(), 'een gok'),
      'unknown, again': await signIn(unknownAddress(), TEST_PASSWORD),
      disabled: await signIn(world.users.coachY.email, TEST_PASSWORD),
      'wrong password': await signIn(world.users.x1.email, 'een gok'),
      'locked, right password': await signIn(locked, TEST_PASSWORD),
      'locked, wrong password': await signIn(locked, 'een gok'),
    };
    const reference = paths.unknown;
    expect(reference.status).toBe(401);
    expect(JSON.parse(reference.body).error.code).toBe('login_failed');
    expect(reference.headers).not.toContain('set-cookie');
    expect(reference).toMatchObject({ statements: 4, writes: 3, verifications: 1, hashes: 0 });
    for (const [path, work] of Object.entries(paths)) expect(work, path).toEqual(reference);

    // The bookkeeping is not lost, only written after the answer.
    await app.ctx.readAudit.flush();
    const actions = await database.handle.db.selectFrom('audit_log').select(['user_id', 'action']).where('outcome', '=', 'denied').execute();
    expect(actions).toEqual(expect.arrayContaining([
      { user_id: world.users.x2.id, action: 'auth.locked' },
      { user_id: world.users.x2.id, action: 'auth.login_locked' },
      { user_id: world.users.x1.id, action: 'auth.login_failed' },
    ]));
    expect(actions.some((a) => a.user_id === world.users.coachY.id)).toBe(false);
  });

  it('[lock-out] a throttled address is refused before any account is looked up: the same work and answer for an existing and an unknown account', async () => {
    const throttled = async (email: string) => {
      const address = nextAddress();
      for (let i = 0; i < 2; i++) expect((await signIn(unknownAddress(), 'fout', address)).status).toBe(401);
      return signIn(email, TEST_PASSWORD, address);
    };
    const existing = await throttled(world.users.coachX.email);
    const unknown = await throttled(unknownAddress());
    expect(existing.status).toBe(429);
    expect(existing).toMatchObject({ verifications: 0, hashes: 0 });
    expect(existing).toEqual(unknown);
  });
});
