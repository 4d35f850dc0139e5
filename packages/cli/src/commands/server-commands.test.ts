import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, caseCipher, createFieldCipher, ENCRYPTED_COLUMNS, generateKey, keyIdOf, loadKeyring, openDatabase } from '@netwerkkracht/server';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../test-support.js';
import { DEMO_ACCOUNTS, DEMO_HOUSEHOLD_COUNT, DEMO_TEAM_NAME } from './demo.js';

type AnyTableDb = {
  selectFrom(table: string): { select(column: string): { where(column: string, op: 'is not', value: null): { execute(): Promise<Record<string, string | null>[]> } } };
};

const dirs: string[] = [];
function emptyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'netwerkkracht-cli-server-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

/** A user mistake: exit 2 and exactly one line on stderr, never a stack trace. */
function expectUserError(result: { code: number; err: string }, mentions: RegExp) {
  expect(result.code).toBe(2);
  expect(result.err).toMatch(/^netwerkkracht: /);
  expect(result.err.trim().split('\n')).toHaveLength(1);
  expect(result.err).not.toMatch(/\n\s+at /);
  expect(result.err).toMatch(mentions);
}

function openData(dir: string) {
  return openDatabase({ sqliteFile: join(dir, 'data', 'netwerkkracht.sqlite') });
}

async function loginWorks(dir: string, email: string, password: string): Promise<{ status: number; mustChangePassword: boolean }> {
  const database = openData(dir);
  const app = await buildApp({ db: database.db, keyring: loadKeyring({ env: {}, keyFile: join(dir, 'data', 'netwerkkracht.key') }) });
  try {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    return { status: res.statusCode, mustChangePassword: res.statusCode === 200 && (res.json() as { user: { mustChangePassword: boolean } }).user.mustChangePassword };
  } finally {
    await app.close();
    await database.close();
  }
}

describe('argument errors of serve, init, demo and rotate-key', () => {
  it('rejects unknown options and extra arguments with exit 2 and one line', async () => {
    const cwd = emptyFolder();
    for (const name of ['serve', 'init', 'demo', 'rotate-key']) {
      expectUserError(await run([name, '--bogus'], { cwd }), /--bogus/);
      expectUserError(await run([name, 'extra'], { cwd }), /"extra"/);
    }
  });

  it('rejects a port that is not a port number, from --port or PORT, naming --port', async () => {
    const cwd = emptyFolder();
    expectUserError(await run(['serve', '--port', 'abc'], { cwd }), /--port .*"abc"/);
    expectUserError(await run(['serve', '--port', '70000'], { cwd }), /--port/);
    expectUserError(await run(['serve'], { cwd, env: { PORT: '-1' } }), /--port/);
    expectUserError(await run(['serve', '--port'], { cwd }), /--port/);
  });

  it('rejects a number of worker processes that is not auto or 1 to 64, from --workers or NETWERKKRACHT_WORKERS, before creating anything', async () => {
    const cwd = emptyFolder();
    for (const bad of ['veel', '0', '65', '1.5']) expectUserError(await run(['serve', '--workers', bad], { cwd }), new RegExp(`--workers .*"${bad.replace('.', '\\.')}"`));
    expectUserError(await run(['serve', '--workers', 'twee', '--lang', 'nl'], { cwd }), /--workers moet auto of een geheel getal van 1 tot 64 zijn/);
    expectUserError(await run(['serve'], { cwd, env: { NETWERKKRACHT_WORKERS: 'alle' } }), /NETWERKKRACHT_WORKERS .*alle/);
    expect(() => statSync(join(cwd, 'data'))).toThrow();
  });

  it('rejects a time zone the runtime does not know, naming NETWERKKRACHT_TIME_ZONE, before creating anything', async () => {
    const cwd = emptyFolder();
    expectUserError(await run(['serve'], { cwd, env: { NETWERKKRACHT_TIME_ZONE: 'Europe/Gent' } }), /NETWERKKRACHT_TIME_ZONE .*Europe\/Gent/);
    expect(() => statSync(join(cwd, 'data'))).toThrow();
  });

  it('rejects a bad e-mail address or organisation name before touching the database, in the chosen language', async () => {
    const cwd = emptyFolder();
    expectUserError(await run(['init', '--email', 'geen-adres'], { cwd }), /--email moet een e-mailadres zijn/);
    expectUserError(await run(['init', '--email', 'geen-adres', '--lang', 'fr'], { cwd }), /--email doit être une adresse e-mail/);
    expectUserError(await run(['init', '--organisation', '   '], { cwd }), /--organisation/);
    expect(() => statSync(join(cwd, 'data'))).toThrow();
  });

  it('refuses a key file that others can read, as a problem to fix rather than a crash', async () => {
    const cwd = emptyFolder();
    expect((await run(['init'], { cwd })).code).toBe(0);
    chmodSync(join(cwd, 'data', 'netwerkkracht.key'), 0o644);
    expectUserError(await run(['demo'], { cwd }), /chmod 600/);
    expectUserError(await run(['rotate-key', '--lang', 'en'], { cwd }), /^netwerkkracht: the server cannot start: .*chmod 600/);
  });
});

describe('the key check at start', () => {
  it('[key canary] serve refuses another key on a database without any case: one translated line naming the key, no stack trace', async () => {
    const cwd = emptyFolder();
    expect((await run(['init'], { cwd })).code).toBe(0);
    const other = generateKey();
    const otherId = keyIdOf(Buffer.from(other, 'base64'));
    const refused = await run(['serve', '--no-web', '--port', '0'], { cwd, env: { NETWERKKRACHT_KEY: other } });
    expectUserError(refused, new RegExp(`de sleutel uit NETWERKKRACHT_KEY \\(sleutel ${otherId}\\) past niet bij deze database`));
    const inFrench = await run(['serve', '--no-web', '--port', '0', '--lang', 'fr'], { cwd, env: { NETWERKKRACHT_KEY: other } });
    expectUserError(inFrench, /la clé de NETWERKKRACHT_KEY .* ne correspond pas/);
  });

  it('[files] init makes the data folder 0700 and the database files 0600', async () => {
    const cwd = emptyFolder();
    expect((await run(['init'], { cwd })).code).toBe(0);
    expect(statSync(join(cwd, 'data')).mode & 0o777).toBe(0o700);
    expect(statSync(join(cwd, 'data', 'netwerkkracht.sqlite')).mode & 0o777).toBe(0o600);
  });
});

describe('init', () => {
  it('creates the key file with mode 0600, the organisation and a beheerder whose one-time password is printed once', async () => {
    const cwd = emptyFolder();
    const first = await run(['init', '--organisation', 'Vzw De Brug', '--email', 'Els@DeBrug.be', '--name', 'Els'], { cwd });
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('De organisatie "Vzw De Brug" is aangemaakt.');
    expect(statSync(join(cwd, 'data', 'netwerkkracht.key')).mode & 0o777).toBe(0o600);
    const password = /Eenmalig wachtwoord: (\S+)/.exec(first.out)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(first.out.split(password)).toHaveLength(2);
    expect(await loginWorks(cwd, 'els@debrug.be', password)).toEqual({ status: 200, mustChangePassword: true });

    const again = await run(['init'], { cwd });
    expectUserError(again, /niet leeg/);
    expect(again.out).not.toMatch(/wachtwoord/i);
  });
});

describe('demo', () => {
  it('adds at least 20 fictitious households with consent, assigned to the demo workers of a demo team, and works only once', async () => {
    const cwd = emptyFolder();
    const result = await run(['demo', '--lang', 'en'], { cwd });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    // On an empty database it sets up the organisation first, like init.
    expect(result.out).toMatch(/One-time password: \S+/);
    expect(result.out).toContain(`${DEMO_HOUSEHOLD_COUNT} households with a network map`);

    const database = openData(cwd);
    const cipher = createFieldCipher(loadKeyring({ env: {}, keyFile: join(cwd, 'data', 'netwerkkracht.key') }));
    const counts = async () => {
      const db = database.db;
      const cases = await db.selectFrom('cases').selectAll().execute();
      const consents = await db.selectFrom('consents').selectAll().where('scope', '=', 'registratie').where('withdrawn_at', 'is', null).execute();
      const maps = await db.selectFrom('maps').selectAll().execute();
      const snapshots = await db.selectFrom('snapshots').select(['map_id', 'kind']).execute();
      const team = await db.selectFrom('teams').selectAll().where('name', '=', DEMO_TEAM_NAME).execute();
      const users = await db.selectFrom('users').selectAll().where('email', 'in', DEMO_ACCOUNTS.map((a) => a.email)).execute();
      return { cases, consents, maps, snapshots, team, users };
    };
    try {
      const before = await counts();
      expect(before.cases.length).toBeGreaterThanOrEqual(20);
      expect(before.team).toHaveLength(1);
      const workers = before.users.filter((u) => u.role === 'begeleider');
      expect(workers).toHaveLength(2);
      for (const c of before.cases) {
        // Each demo case has its own data key, like a case made in the app.
        expect((await caseCipher(database.db, cipher, c.id)).decrypt(c.name_enc, 'cases.name')).toMatch(/^Gezin .+ \(fictief\)$/);
        expect(c.name_enc).toMatch(/^v2\./);
        expect(c.team_id).toBe(before.team[0]?.id);
        expect(workers.map((w) => w.id)).toContain(c.owner_id);
        expect(before.consents.filter((x) => x.case_id === c.id)).toHaveLength(1);
        const map = before.maps.find((m) => m.case_id === c.id);
        expect(map).toBeDefined();
        expect(before.snapshots.filter((s) => s.map_id === map?.id && s.kind === 'is').length).toBeGreaterThanOrEqual(2);
      }
      // People, versions and members have opaque ids, as the API would store them (no name-like id).
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
      const ids = [
        ...(await database.db.selectFrom('alters').select(['id', 'person_id']).execute()).flatMap((a) => [a.id, ...(a.person_id ? [a.person_id] : [])]),
        ...(await database.db.selectFrom('snapshots').select('id').execute()).map((x) => x.id),
        ...(await database.db.selectFrom('case_members').select('person_id').execute()).map((m) => m.person_id),
      ];
      expect(ids.filter((id) => !uuid.test(id))).toEqual([]);
      // The printed passwords are the accounts' passwords.
      for (const account of DEMO_ACCOUNTS) {
        const password = new RegExp(`${account.email.replace(/[.]/g, '\\.')}\\s+(\\S+)`).exec(result.out)?.[1] ?? '';
        expect(await loginWorks(cwd, account.email, password), account.email).toEqual({ status: 200, mustChangePassword: true });
      }

      const again = await run(['demo'], { cwd });
      expectUserError(again, /maar één keer/);
      const after = await counts();
      expect(after.cases).toHaveLength(before.cases.length);
      expect(after.users).toHaveLength(before.users.length);
    } finally {
      await database.close();
    }
  });
});

describe('rotate-key', () => {
  it('re-encrypts every value under the new key, so that the data reads with the new key alone', async () => {
    const cwd = emptyFolder();
    expect((await run(['demo'], { cwd })).code).toBe(0);
    const keyFile = join(cwd, 'data', 'netwerkkracht.key');
    const oldKey = readFileSync(keyFile, 'utf8').trim();
    const newKey = generateKey();
    writeFileSync(keyFile, `${newKey}\n${oldKey}\n`);
    const newId = keyIdOf(Buffer.from(newKey, 'base64'));

    const rotated = await run(['rotate-key'], { cwd });
    expect(rotated.err).toBe('');
    expect(rotated.code).toBe(0);
    const count = Number(/(\d+) waarden opnieuw versleuteld met de sleutel (\w+)/.exec(rotated.out)?.[1]);
    // The master key's values: a wrapped key per demo case and the key canary (the cases' own values stay under their case keys).
    expect(count).toBeGreaterThan(DEMO_HOUSEHOLD_COUNT);
    expect(rotated.out).toContain(`met de sleutel ${newId}`);
    expect(rotated.out).toContain('een tweede ronde vond niets meer');

    const database = openData(cwd);
    try {
      // Every encrypted column, by name: the typed query builder knows each table separately.
      const db = database.db as unknown as AnyTableDb;
      for (const spec of ENCRYPTED_COLUMNS) {
        const rows = await db.selectFrom(spec.table).select(spec.column).where(spec.column, 'is not', null).execute();
        const expected = spec.case === null ? new RegExp(`^v1\\.${newId}\\.`) : /^v2\./;
        for (const row of rows) expect(row[spec.column], `${spec.table}.${spec.column}`).toMatch(expected);
      }
    } finally {
      await database.close();
    }
    // With the old key removed, the server still starts: the key check reads the data.
    writeFileSync(keyFile, `${newKey}\n`);
    const withNewKeyOnly = await run(['rotate-key'], { cwd });
    expect(withNewKeyOnly.code).toBe(0);
    expect(withNewKeyOnly.out).toContain('0 waarden opnieuw versleuteld');
  });
});

describe('demo and init on PostgreSQL (DATABASE_URL)', () => {
  const baseUrl = process.env.DATABASE_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

  it('fill a fresh schema the same way, and refuse a second run', async (context) => {
    const admin = openDatabase({ databaseUrl: baseUrl, sqliteFile: ':memory:', poolSize: 1 });
    const schema = `cli_demo_${Math.random().toString(36).slice(2, 10)}`;
    try {
      try {
        await admin.db.schema.createSchema(schema).execute();
      } catch (error) {
        if (process.env.REQUIRE_POSTGRES === '1') throw error;
        console.warn(`\n[netwerkkracht] PostgreSQL at ${baseUrl} cannot be reached: the CLI's PostgreSQL test is SKIPPED.\n`);
        context.skip();
        return;
      }
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const cwd = emptyFolder();
      const env = { DATABASE_URL: url.toString() };
      const first = await run(['demo', '--lang', 'en'], { cwd, env });
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      expect(first.out).toContain(`${DEMO_HOUSEHOLD_COUNT} households with a network map`);
      const db = openDatabase({ databaseUrl: url.toString(), sqliteFile: ':memory:', poolSize: 1 });
      try {
        const cases = await db.db.selectFrom('cases').select('id').execute();
        const consents = await db.db.selectFrom('consents').select('case_id').where('scope', '=', 'registratie').execute();
        expect(cases).toHaveLength(DEMO_HOUSEHOLD_COUNT);
        expect(new Set(consents.map((c) => c.case_id)).size).toBe(DEMO_HOUSEHOLD_COUNT);
      } finally {
        await db.close();
      }
      expectUserError(await run(['demo'], { cwd, env }), /maar één keer/);
      expectUserError(await run(['init'], { cwd, env }), /niet leeg/);
    } finally {
      await admin.db.schema.dropSchema(schema).ifExists().cascade().execute().catch(() => undefined);
      await admin.close();
    }
  });
});
