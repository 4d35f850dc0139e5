import { api } from '../api/client.js';
import { parseApiError, type ApiError } from '../api/api-error.js';
import { isRecord, type CaseSummary } from '../api/endpoints.js';
import { deviceKey } from '../device/device-key.js';
import { PLAN_CHANGES_PREFIX, readSealed, removeSealed, writeSealed } from '../device/device-storage.js';
import { parseJsonObject } from '../device/sealed-text.js';

/**
 * Cases taken on a visit (issue 16): before leaving, the worker marks the cases of today's
 * visits; what the app shows of them (the case, its maps, the plan, barriers, attention) is kept
 * on the device, sealed with the device key, so the pages open without a connection. Nothing of
 * any other case is kept. An index in clear (`netwerkkracht.visits`: opaque case and map ids and
 * dates only, no names) says what is kept until when, so expired entries go at start even
 * before anyone unlocks the app. While online, every answer the app reads about a taken case
 * refreshes the kept copy.
 */
export const VISIT_INDEX = 'netwerkkracht.visits';
export const VISIT_PREFIX = 'netwerkkracht.visit.';
export const VISIT_DAY_CHOICES = [1, 3, 7] as const;
export const DEFAULT_VISIT_DAYS = 3;

export interface VisitIndexItem {
  readonly caseId: string;
  readonly userId: string;
  readonly mapIds: readonly string[];
  readonly takenAt: string;
  readonly expiresAt: string;
}

/** What is kept for a path the server answered 404 (no plan yet): the client answers 404 again. */
export const KEPT_NOT_FOUND = { keptNotFound: true } as const;

export function isKeptNotFound(value: unknown): boolean {
  return isRecord(value) && value.keptNotFound === true && Object.keys(value).length === 1;
}

interface VisitEntry {
  readonly summary: CaseSummary;
  readonly responses: Readonly<Record<string, unknown>>;
}

const entryName = (caseId: string) => `${VISIT_PREFIX}${caseId}`;
const entryContext = (caseId: string) => `visit:${caseId}`;

export function parseVisitIndex(text: string | null): VisitIndexItem[] {
  let json: unknown;
  try {
    json = text === null ? [] : JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  return json.flatMap((item: unknown) => {
    if (!isRecord(item)) return [];
    const { caseId, userId, mapIds, takenAt, expiresAt } = item;
    if (typeof caseId !== 'string' || typeof userId !== 'string' || typeof takenAt !== 'string' || typeof expiresAt !== 'string' || !Array.isArray(mapIds)) return [];
    return [{ caseId, userId, takenAt, expiresAt, mapIds: mapIds.filter((m): m is string => typeof m === 'string') }];
  });
}

export function visitIndex(): VisitIndexItem[] {
  try {
    return parseVisitIndex(localStorage.getItem(VISIT_INDEX));
  } catch {
    return [];
  }
}

function writeIndex(items: readonly VisitIndexItem[]): void {
  try {
    if (items.length === 0) localStorage.removeItem(VISIT_INDEX);
    else localStorage.setItem(VISIT_INDEX, JSON.stringify(items));
  } catch {
    // Storage off: nothing kept.
  }
}

let currentUser: string | null = null;
const listeners = new Set<() => void>();

/** Who is signed in: only their own taken cases count (a shared computer may hold another's, sealed). */
export function setVisitUser(userId: string | null): void {
  currentUser = userId;
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function onVisitsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

export function myVisits(): VisitIndexItem[] {
  return currentUser === null ? [] : visitIndex().filter((v) => v.userId === currentUser);
}

export function isTakenOnVisit(caseId: string): boolean {
  return myVisits().some((v) => v.caseId === caseId);
}

/** The taken case a request path belongs to: `/cases/<id>...` or `/maps/<mapId>...`. */
export function visitOfPath(path: string, items: readonly VisitIndexItem[]): VisitIndexItem | null {
  const [first, id] = path.split('?')[0]?.split('/').filter((p) => p !== '').map(decodeURIComponent) ?? [];
  if (id === undefined) return null;
  if (first === 'cases') return items.find((v) => v.caseId === id) ?? null;
  if (first === 'maps') return items.find((v) => v.mapIds.includes(id)) ?? null;
  return null;
}

async function readEntry(caseId: string): Promise<VisitEntry | null> {
  const json = parseJsonObject(await readSealed(entryName(caseId), entryContext(caseId)));
  if (!json || !isRecord(json.summary) || !isRecord(json.responses)) return null;
  return json as unknown as VisitEntry;
}

async function writeEntry(caseId: string, entry: VisitEntry, onlyIfTaken = false): Promise<boolean> {
  // A refresh never brings back a case that was released meanwhile.
  const wanted = () => !onlyIfTaken || visitIndex().some((v) => v.caseId === caseId);
  return writeSealed(entryName(caseId), entryContext(caseId), JSON.stringify(entry), wanted);
}

/** The paths read when a case is taken on a visit: everything its pages need without a connection. */
export function pathsToKeep(caseId: string, mapIds: readonly string[]): string[] {
  const c = encodeURIComponent(caseId);
  return [
    `/cases/${c}`, `/cases/${c}/plan`, `/cases/${c}/barriers`, `/cases/${c}/attention`,
    ...mapIds.flatMap((m) => [`/maps/${encodeURIComponent(m)}`]),
  ];
}

export type TakeResult = { ok: true } | { ok: false; error: ApiError | 'no_key' };

/** Takes the case on a visit for `days` days: reads what its pages need and keeps it sealed. */
export async function takeOnVisit(caseId: string, days: number, now = new Date()): Promise<TakeResult> {
  if (currentUser === null || !(await deviceKey())) return { ok: false, error: 'no_key' };
  const detail = await api.get(`/cases/${encodeURIComponent(caseId)}`, (body) => body);
  if (!detail.ok) return detail;
  const body = detail.value;
  if (!isRecord(body) || !Array.isArray(body.maps) || typeof body.name !== 'string') return { ok: false, error: { ...parseApiError(502, null), code: 'bad_response' } };
  const mapIds = body.maps.flatMap((m) => (isRecord(m) && typeof m.id === 'string' ? [m.id] : []));
  const responses: Record<string, unknown> = { [`/cases/${encodeURIComponent(caseId)}`]: body };
  for (const path of pathsToKeep(caseId, mapIds).slice(1)) {
    const answer = await api.get(path, (b) => b);
    // A case without a plan yet answers 404: kept as such, so offline the page says "no plan yet".
    if (answer.ok) responses[path] = answer.value;
    else if (answer.error.kind === 'not_found') responses[path] = KEPT_NOT_FOUND;
    else return answer;
  }
  const summary: CaseSummary = { id: caseId, name: body.name, ownerId: String(body.ownerId ?? ''), teamId: typeof body.teamId === 'string' ? body.teamId : null };
  if (!(await writeEntry(caseId, { summary, responses }))) return { ok: false, error: 'no_key' };
  const item: VisitIndexItem = { caseId, userId: currentUser, mapIds, takenAt: now.toISOString(), expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString() };
  writeIndex([...visitIndex().filter((v) => v.caseId !== caseId), item]);
  notify();
  return { ok: true };
}

/** The case is no longer kept on the device (synced after the visit, or put back by the worker). */
export async function releaseVisit(caseId: string): Promise<void> {
  writeIndex(visitIndex().filter((v) => v.caseId !== caseId));
  await removeSealed(entryName(caseId));
  notify();
}

/** At start (no key needed): every taken case past its date is removed from the device. */
export function purgeExpiredVisits(now = new Date()): void {
  const items = visitIndex();
  const kept = items.filter((v) => Date.parse(v.expiresAt) > now.getTime());
  for (const gone of items.filter((v) => !kept.includes(v))) {
    try {
      localStorage.removeItem(entryName(gone.caseId));
    } catch {
      // Storage off.
    }
  }
  // Entries without an index line (left by a crash) go too.
  try {
    const names: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith(VISIT_PREFIX) && !kept.some((v) => entryName(v.caseId) === name)) names.push(name);
    }
    for (const name of names) localStorage.removeItem(name);
  } catch {
    // Storage off.
  }
  writeIndex(kept);
}

/** At sign-out: every taken case of this user is removed (another user's stay, sealed with their key). */
export function removeVisitsOf(userId: string): void {
  const items = visitIndex();
  for (const v of items.filter((i) => i.userId === userId)) {
    try {
      localStorage.removeItem(entryName(v.caseId));
    } catch {
      // Storage off.
    }
  }
  writeIndex(items.filter((i) => i.userId !== userId));
  notify();
}

/**
 * Without a connection: the kept answer for `path` when it belongs to a case taken on a visit
 * (undefined otherwise: nothing of other cases is kept). `/cases` answers with the taken cases.
 */
export async function keptAnswer(path: string): Promise<unknown> {
  const mine = myVisits();
  if (path.split('?')[0] === '/cases') {
    const entries = await Promise.all(mine.map((v) => readEntry(v.caseId)));
    return { cases: entries.flatMap((e) => (e ? [e.summary] : [])) };
  }
  const visit = visitOfPath(path, mine);
  if (!visit) return undefined;
  const entry = await readEntry(visit.caseId);
  return entry?.responses[path];
}

/**
 * While online: an answer about a taken case is kept (or replaces the kept copy), so the device
 * holds the newest and whatever the worker opened before leaving (suggestions, follow-up).
 */
export async function rememberAnswer(path: string, body: unknown): Promise<void> {
  const visit = visitOfPath(path, myVisits());
  if (!visit) return;
  const entry = await readEntry(visit.caseId);
  if (!entry) return;
  await writeEntry(visit.caseId, { ...entry, responses: { ...entry.responses, [path]: body } }, true);
}

/**
 * After a map's edits or the plan's changes reached the server: when nothing of its visit still
 * waits on the device (no map's edits, no plan change), the visit is over and the case leaves the device.
 */
export async function visitSynced(mapId: string): Promise<void> {
  const visit = visitIndex().find((v) => v.mapIds.includes(mapId));
  if (visit) await caseSynced(visit.caseId);
}

export async function caseSynced(caseId: string): Promise<void> {
  const visit = visitIndex().find((v) => v.caseId === caseId);
  if (!visit) return;
  let waiting = false;
  try {
    waiting = localStorage.getItem(`${PLAN_CHANGES_PREFIX}${caseId}`) !== null
      || visit.mapIds.some((m) => localStorage.getItem(`netwerkkracht.draft.${m}`) !== null);
  } catch {
    waiting = false;
  }
  if (!waiting) await releaseVisit(visit.caseId);
}
