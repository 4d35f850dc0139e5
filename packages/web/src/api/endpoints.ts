import {
  CaseMemberSchema, CURRENT_MAP_FORMAT_VERSION, INDICATOR_NAMES, MAP_FORMAT, parseMapDocument, toMapDocument,
  type CaseMember, type Indicators, type NetworkMap, type SnapshotComparison, type SnapshotKind,
} from '@netwerkkracht/core';
import { api } from './client.js';
import type { ApiResult } from './api-error.js';

/**
 * The server's routes the web app uses, each with a reader that checks the answer's shape before
 * anything reaches the screen: maps go through core's map-format parser, members through core's
 * schema. A shape this version does not understand becomes a `bad_response` error, never a crash.
 */
export type Role = 'beheerder' | 'coach' | 'begeleider' | 'onderzoeker';

export interface SessionUser {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly mustChangePassword: boolean;
  /** A beheerder reset this account's password: who and when, until the owner confirms seeing it. */
  readonly passwordReset: PasswordReset | null;
}

export interface PasswordReset {
  readonly byName: string | null;
  readonly at: string;
}

export interface Session {
  readonly user: SessionUser;
  readonly csrfToken: string;
}

export interface CaseSummary {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly teamId: string | null;
}

export interface CaseDetail extends CaseSummary {
  readonly members: readonly CaseMember[];
  readonly consent: { readonly registration: boolean; readonly sharing: boolean };
  readonly maps: readonly { readonly id: string; readonly version: number; readonly title?: string }[];
}

export interface ServerMap {
  readonly version: number;
  readonly map: NetworkMap;
}

export type NewMember = { readonly name: string; readonly role?: string };

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function fail(what: string): never {
  throw new Error(`unexpected answer: ${what}`);
}

export function text(v: unknown, what: string): string {
  return typeof v === 'string' ? v : fail(what);
}

function int(v: unknown, what: string): number {
  return typeof v === 'number' && Number.isInteger(v) ? v : fail(what);
}

function readSession(body: unknown): Session {
  if (!isRecord(body) || !isRecord(body.user)) fail('session');
  const u = body.user;
  const role = text(u.role, 'role');
  if (!['beheerder', 'coach', 'begeleider', 'onderzoeker'].includes(role)) fail('role');
  return {
    csrfToken: text(body.csrfToken, 'csrfToken'),
    user: {
      id: text(u.id, 'user.id'), displayName: text(u.displayName, 'displayName'), role: role as Role,
      teamId: typeof u.teamId === 'string' ? u.teamId : null, mustChangePassword: u.mustChangePassword === true,
      passwordReset: readPasswordReset(u.passwordReset),
    },
  };
}

function readPasswordReset(v: unknown): PasswordReset | null {
  if (!isRecord(v)) return null;
  return { byName: typeof v.byName === 'string' ? v.byName : null, at: text(v.at, 'passwordReset.at') };
}

function readSummary(c: unknown): CaseSummary {
  if (!isRecord(c)) fail('case');
  return { id: text(c.id, 'case.id'), name: text(c.name, 'case.name'), ownerId: text(c.ownerId, 'ownerId'), teamId: typeof c.teamId === 'string' ? c.teamId : null };
}

function readDetail(body: unknown): CaseDetail {
  if (!isRecord(body) || !isRecord(body.consent) || !Array.isArray(body.maps)) fail('case detail');
  const members = CaseMemberSchema.array().parse(body.members) as CaseMember[];
  return {
    ...readSummary(body),
    members,
    consent: { registration: body.consent.registration === true, sharing: body.consent.sharing === true },
    maps: body.maps.map((m) => {
      if (!isRecord(m)) fail('map entry');
      return { id: text(m.id, 'map.id'), version: int(m.version, 'map.version'), ...(typeof m.title === 'string' ? { title: m.title } : {}) };
    }),
  };
}

/** A map as the server sends it, checked by core's map-format parser like a file would be. */
export function readServerMap(body: unknown): ServerMap {
  if (!isRecord(body)) fail('map');
  const parsed = parseMapDocument({ format: MAP_FORMAT, version: CURRENT_MAP_FORMAT_VERSION, map: body.map });
  if (!parsed.ok) fail('map content');
  return { version: int(body.version, 'version'), map: parsed.value.map };
}

function readIndicators(body: unknown): Indicators {
  if (!isRecord(body) || !isRecord(body.indicators)) fail('analysis');
  const indicators = body.indicators;
  for (const name of INDICATOR_NAMES) if (!(name in indicators)) fail(`indicator ${name}`);
  return indicators as unknown as Indicators;
}

function readComparisonBody(body: unknown): SnapshotComparison {
  if (!isRecord(body) || !isRecord(body.comparison)) fail('comparison');
  const c = body.comparison;
  for (const list of ['added', 'removed', 'reactivated', 'wishedRealised', 'statusChanges', 'movedCloser', 'movedFurther', 'sectorChanged', 'functions']) {
    if (!Array.isArray(c[list])) fail(`comparison.${list}`);
  }
  if (!isRecord(c.indicators) || !isRecord(c.delta)) fail('comparison.indicators');
  return c as unknown as SnapshotComparison;
}

const path = (id: string) => encodeURIComponent(id);

export const session = {
  /** Who is signed in; null when nobody is (an answer, not an error). */
  current: () => api.get('/auth/session', (body) => (isRecord(body) && body.user === null ? null : readSession(body))),
  login: (email: string, password: string) => api.send('POST', '/auth/login', { email, password }, readSession),
  logout: () => api.send('POST', '/auth/logout', {}, () => null),
  changePassword: (currentPassword: string, newPassword: string) => api.send('POST', '/auth/password', { currentPassword, newPassword }, readSession),
  /** The owner has seen who reset their password. */
  resetNoticeSeen: () => api.send('POST', '/auth/reset-notice/seen', {}, () => null),
  /** This session's key (base64url) that wraps the device key on this device; see ../offline/keyring.ts. */
  deviceWrapKey: () => api.get('/me/device-wrap-key', (body) => {
    if (!isRecord(body)) fail('device wrap key');
    return text(body.key, 'key');
  }),
};

export const cases = {
  list: () => api.get('/cases', (body) => {
    if (!isRecord(body) || !Array.isArray(body.cases)) fail('cases');
    return body.cases.map(readSummary);
  }),
  create: (name: string, members: readonly NewMember[]) => api.send('POST', '/cases', { name, members }, (body) => readSummary(body).id),
  get: (caseId: string) => api.get(`/cases/${path(caseId)}`, readDetail),
  setMembers: (caseId: string, members: readonly (NewMember & { personId?: string })[]) =>
    api.send('PATCH', `/cases/${path(caseId)}`, { members }, () => null),
  recordConsent: (caseId: string, givenBy: string, givenOn: string) =>
    api.send('POST', `/cases/${path(caseId)}/consents`, { scope: 'registratie', givenBy, givenOn }, () => null),
};

export const maps = {
  create: (caseId: string, ego: NetworkMap['ego']) => api.send('POST', `/cases/${path(caseId)}/maps`, { ego }, readServerMap),
  get: (mapId: string) => api.get(`/maps/${path(mapId)}`, readServerMap),
  /** Replaces the map's whole content; refused with 409 when `version` is no longer the server's. */
  save: (map: NetworkMap, version: number) =>
    api.send('PUT', `/maps/${path(map.id)}/document`, toMapDocument(map), readServerMap, { ifMatch: version }),
  saveVersion: (mapId: string, version: number, input: { id: string; kind: SnapshotKind; date: string; label?: string; copyFrom: string }) =>
    api.send('POST', `/maps/${path(mapId)}/snapshots`, input, (body) => {
      if (!isRecord(body)) fail('snapshot');
      return int(body.version, 'version');
    }, { ifMatch: version }),
  analysis: (mapId: string, snapshotId: string) => api.get(`/maps/${path(mapId)}/snapshots/${path(snapshotId)}/analysis`, readIndicators),
  compare: (mapId: string, from: string, to: string) =>
    api.get(`/maps/${path(mapId)}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, readComparisonBody),
  /** Where the server makes the family's one-page print-out as a PDF. */
  pdfUrl: (mapId: string, lang: string, withPlan = false) => `/api/maps/${path(mapId)}/print.pdf?lang=${encodeURIComponent(lang)}${withPlan ? '&plan=1' : ''}`,
};

export type { ApiResult };
