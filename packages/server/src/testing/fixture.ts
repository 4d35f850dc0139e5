import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { ServerSettings } from '../config.js';
import type { Database, Role } from '../db/schema.js';
import { newId, nowIso } from '../store/ids.js';

/** Cheap hashing and immediate audit lines, so tests are fast and see every line at once. */
export const TEST_SETTINGS: Partial<ServerSettings> = {
  passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
  auditReadDelayMs: 0,
};
export const TEST_PASSWORD = 'een lang test wachtwoord';

export interface TestUser { readonly id: string; readonly email: string; readonly role: Role; readonly teamId: string | null }

/**
 * Two organisations. A: teams X and Y; a beheerder, an onderzoeker, coach X, two begeleiders in
 * X (x1, x2), coach Y and a begeleider in Y. B: one begeleider, to prove another organisation's
 * ids answer like missing ones.
 */
export interface World {
  readonly orgA: string;
  readonly orgB: string;
  readonly teamX: string;
  readonly teamY: string;
  readonly users: {
    readonly beheerder: TestUser; readonly onderzoeker: TestUser;
    readonly coachX: TestUser; readonly x1: TestUser; readonly x2: TestUser;
    readonly coachY: TestUser; readonly y1: TestUser; readonly b1: TestUser;
  };
}

export async function seedWorld(db: Kysely<Database>): Promise<World> {
  const hash = await hashPassword(TEST_PASSWORD, TEST_SETTINGS.passwordHashing as ServerSettings['passwordHashing']);
  const now = nowIso();
  const orgA = newId();
  const orgB = newId();
  const teamX = newId();
  const teamY = newId();
  const teamB = newId();
  await db.insertInto('organisations').values([{ id: orgA, name: 'Org A', created_at: now }, { id: orgB, name: 'Org B', created_at: now }]).execute();
  await db.insertInto('teams').values([
    { id: teamX, organisation_id: orgA, name: 'Team X', created_at: now },
    { id: teamY, organisation_id: orgA, name: 'Team Y', created_at: now },
    { id: teamB, organisation_id: orgB, name: 'Team B', created_at: now },
  ]).execute();
  const tag = newId().toLowerCase().replace(/[^a-z0-9]/g, '');
  const make = (name: string, org: string, role: Role, teamId: string | null): TestUser => ({ id: newId(), email: `${name}.${tag}@example.org`, role, teamId, org } as TestUser & { org: string });
  const users = {
    beheerder: make('beheerder', orgA, 'beheerder', null),
    onderzoeker: make('onderzoeker', orgA, 'onderzoeker', null),
    coachX: make('coachx', orgA, 'coach', teamX),
    x1: make('x1', orgA, 'begeleider', teamX),
    x2: make('x2', orgA, 'begeleider', teamX),
    coachY: make('coachy', orgA, 'coach', teamY),
    y1: make('y1', orgA, 'begeleider', teamY),
    b1: make('b1', orgB, 'begeleider', teamB),
  };
  await db.insertInto('users').values(Object.entries(users).map(([key, u]) => ({
    id: u.id, organisation_id: key === 'b1' ? orgB : orgA, team_id: u.teamId, email: u.email, display_name: key, role: u.role,
    password_hash: hash, must_change_password: 0, failed_logins: 0, locked_until: null, disabled: 0, created_at: now,
  }))).execute();
  return { orgA, orgB, teamX, teamY, users };
}

// Test code reads many response shapes; typing each would only restate the API.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
export interface Reply { readonly statusCode: number; readonly headers: Record<string, unknown>; json<T = Json>(): T; readonly body: string; readonly rawPayload: Buffer }

/** A signed-in browser: sends the session cookie, and the CSRF token on every change. */
export class TestClient {
  constructor(readonly app: FastifyInstance, readonly cookie: string, readonly csrfToken: string, readonly lang = 'nl') {}

  request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const safe = method === 'GET' || method === 'HEAD';
    return this.app.inject({
      method,
      url,
      headers: {
        cookie: this.cookie,
        'accept-language': this.lang,
        ...(safe ? {} : { 'x-csrf-token': this.csrfToken }),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    }) as unknown as Promise<Reply>;
  }

  get(url: string, headers?: Record<string, string>) { return this.request('GET', url, undefined, headers); }
  post(url: string, body?: unknown, headers?: Record<string, string>) { return this.request('POST', url, body ?? {}, headers); }
  put(url: string, body: unknown, headers?: Record<string, string>) { return this.request('PUT', url, body, headers); }
  patch(url: string, body: unknown, headers?: Record<string, string>) { return this.request('PATCH', url, body, headers); }
  delete(url: string, headers?: Record<string, string>) { return this.request('DELETE', url, undefined, headers); }
}

export async function login(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<TestClient> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
  return new TestClient(app, cookiesOf(res), (res.json() as { csrfToken: string }).csrfToken);
}

/** Every cookie an answer sets, as a browser would send them back (`a=1; b=2`). */
export function cookiesOf(res: { headers: Record<string, unknown> }): string {
  const setCookie = res.headers['set-cookie'];
  const all = Array.isArray(setCookie) ? setCookie : [setCookie];
  return all.filter((c) => c !== undefined).map((c) => String(c).split(';')[0] as string).join('; ');
}

/** A case owned by `client`'s user, with registration consent, and one map with an "is" snapshot. */
export async function createCaseWithMap(client: TestClient, names: { family: string; alter: string } = { family: 'Gezin Testmans', alter: 'Tante Testa' }) {
  const created = await client.post('/api/cases', { name: names.family, members: [{ name: 'Mama Testmans', role: 'mama' }] });
  if (created.statusCode !== 201) throw new Error(`case: ${created.body}`);
  const caseId = created.json<{ id: string }>().id;
  const consent = await client.post(`/api/cases/${caseId}/consents`, { scope: 'registratie', givenBy: 'Mama Testmans', givenOn: '2026-01-05' });
  if (consent.statusCode !== 201) throw new Error(`consent: ${consent.body}`);
  const map = await client.post(`/api/cases/${caseId}/maps`, { ego: { kind: 'persoon', name: 'Mama Testmans' } });
  if (map.statusCode !== 201) throw new Error(`map: ${map.body}`);
  const mapId = map.json<{ map: { id: string } }>().map.id;
  const snap = await client.post(`/api/maps/${mapId}/snapshots`, { kind: 'is', date: '2026-01-05' }, { 'if-match': '"1"' });
  if (snap.statusCode !== 201) throw new Error(`snapshot: ${snap.body}`);
  const snapshotId = snap.json<{ snapshot: { id: string } }>().snapshot.id;
  const alter = await client.post(`/api/maps/${mapId}/snapshots/${snapshotId}/alters`, { name: names.alter, sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt' } }, { 'if-match': '"2"' });
  if (alter.statusCode !== 201) throw new Error(`alter: ${alter.body}`);
  // The server chooses the ids (opaque, never a name): tests use the ones it answers with.
  return { caseId, mapId, snapshotId, alterId: alter.json<{ alter: { id: string } }>().alter.id, version: 3 };
}
