import {
  CONTACT_CHANNELS, LIFE_DOMAINS, SEVEN_BS, SIGNAL_OWNER_KINDS, SIGNAL_STATUSES,
  type ContactChannel, type FamilyCount, type LifeDomain, type SevenB, type SignalOwnerKind, type SignalStatus,
} from '@netwerkkracht/core';
import { api } from './client.js';
import type { ApiResult } from './api-error.js';

/**
 * The routes of issue 12, items 5-8: case coordination, the contact log, the caseload, consents,
 * signals and network meetings, the 7 B's. Each answer goes through a small reader that checks
 * its shape (codes against core's lists) before it reaches the screen.
 */
type Rec = Record<string, unknown>;
function fail(what: string): never {
  throw new Error(`unexpected answer: ${what}`);
}
const rec = (v: unknown, what: string): Rec => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Rec : fail(what));
const str = (v: unknown, what: string): string => (typeof v === 'string' ? v : fail(what));
const num = (v: unknown, what: string): number => (typeof v === 'number' && Number.isFinite(v) ? v : fail(what));
const bool = (v: unknown, what: string): boolean => (typeof v === 'boolean' ? v : fail(what));
const list = <T,>(v: unknown, what: string, item: (x: unknown) => T): T[] => (Array.isArray(v) ? v.map(item) : fail(what));
const oneOf = <C extends string>(codes: readonly C[], v: unknown, what: string): C => (typeof v === 'string' && (codes as readonly string[]).includes(v) ? v as C : fail(what));
const path = encodeURIComponent;

export interface Coordination {
  readonly coordinator: { readonly userId: string; readonly displayName: string } | null;
  readonly startedOn: string;
  readonly partners: readonly { readonly id: string; readonly organisation: string; readonly role: string }[];
  readonly casusoverleggen: readonly { readonly id: string; readonly heldOn: string; readonly parentsPresent: boolean; readonly note: string }[];
  readonly contacts: readonly { readonly id: string; readonly channel: ContactChannel; readonly date: string; readonly withName: string; readonly note: string }[];
  readonly warnings: readonly { readonly kind: string; readonly since: string }[];
}

export function readCoordination(body: unknown): Coordination {
  const b = rec(body, 'coordination');
  const c = b.coordinator === null ? null : rec(b.coordinator, 'coordinator');
  return {
    coordinator: c === null ? null : { userId: str(c.userId, 'userId'), displayName: str(c.displayName, 'displayName') },
    startedOn: str(b.startedOn, 'startedOn'),
    partners: list(b.partners, 'partners', (p) => { const r = rec(p, 'partner'); return { id: str(r.id, 'id'), organisation: str(r.organisation, 'organisation'), role: str(r.role, 'role') }; }),
    casusoverleggen: list(b.casusoverleggen, 'casusoverleggen', (m) => { const r = rec(m, 'casusoverleg'); return { id: str(r.id, 'id'), heldOn: str(r.heldOn, 'heldOn'), parentsPresent: bool(r.parentsPresent, 'parentsPresent'), note: str(r.note, 'note') }; }),
    contacts: list(b.contacts, 'contacts', (x) => {
      const r = rec(x, 'contact');
      return { id: str(r.id, 'id'), channel: oneOf(CONTACT_CHANNELS, r.channel, 'channel'), date: str(r.date, 'date'), withName: str(r.withName, 'withName'), note: str(r.note, 'note') };
    }),
    warnings: list(b.warnings, 'warnings', (w) => { const r = rec(w, 'warning'); return { kind: str(r.kind, 'kind'), since: str(r.since, 'since') }; }),
  };
}

export interface Colleague { readonly id: string; readonly displayName: string; readonly role: string }

export interface Consent {
  readonly id: string;
  readonly scope: 'registratie' | 'delen';
  readonly givenBy: string;
  readonly givenOn: string;
  readonly partners: readonly string[];
  readonly recordedAt: string;
  readonly withdrawnAt: string | null;
}

export interface WorkerLoad { readonly workerId: string; readonly displayName: string; readonly teamName: string | null; readonly families: number; readonly limit: number; readonly over: number }
export interface TeamLoad { readonly teamId: string | null; readonly teamName: string | null; readonly workers: number; readonly families: number; readonly capacity: number; readonly over: number }
export interface Caseload { readonly limit: number; readonly workers: readonly WorkerLoad[]; readonly teams: readonly TeamLoad[] }

export interface SignalOwner { readonly kind: SignalOwnerKind; readonly name: string }
export interface SignalHistoryEntry { readonly status: SignalStatus; readonly owner: SignalOwner | null; readonly meetingId: string | null; readonly note: string; readonly changedOn: string }
export interface Signal {
  readonly id: string;
  readonly text: string;
  readonly lifeDomain: LifeDomain;
  readonly status: SignalStatus;
  readonly owner: SignalOwner | null;
  readonly families: FamilyCount;
  readonly createdOn: string;
  readonly history: readonly SignalHistoryEntry[];
  readonly decidedHere?: boolean;
}
export interface Meeting { readonly id: string; readonly heldOn: string; readonly title: string }

const readOwner = (v: unknown): SignalOwner | null => {
  if (v === null) return null;
  const r = rec(v, 'owner');
  return { kind: oneOf(SIGNAL_OWNER_KINDS, r.kind, 'owner.kind'), name: str(r.name, 'owner.name') };
};
function readFamilies(v: unknown): FamilyCount {
  const r = rec(v, 'families');
  if (r.kind === 'exact') return { kind: 'exact', families: num(r.families, 'families') };
  if (r.kind === 'fewer_than') return { kind: 'fewer_than', threshold: num(r.threshold, 'threshold') };
  return fail('families.kind');
}
export function readSignal(v: unknown): Signal {
  const r = rec(v, 'signal');
  return {
    id: str(r.id, 'id'), text: str(r.text, 'text'), lifeDomain: oneOf(LIFE_DOMAINS, r.lifeDomain, 'lifeDomain'),
    status: oneOf(SIGNAL_STATUSES, r.status, 'status'), owner: readOwner(r.owner ?? null), families: readFamilies(r.families),
    createdOn: str(r.createdOn, 'createdOn'),
    history: list(r.history, 'history', (h) => {
      const x = rec(h, 'history');
      return { status: oneOf(SIGNAL_STATUSES, x.status, 'status'), owner: readOwner(x.owner ?? null), meetingId: x.meetingId === null ? null : str(x.meetingId, 'meetingId'), note: str(x.note, 'note'), changedOn: str(x.changedOn, 'changedOn') };
    }),
    ...(typeof r.decidedHere === 'boolean' ? { decidedHere: r.decidedHere } : {}),
  };
}
const readMeeting = (v: unknown): Meeting => { const r = rec(v, 'meeting'); return { id: str(r.id, 'id'), heldOn: str(r.heldOn, 'heldOn'), title: str(r.title, 'title') }; };

export interface SevenBNote {
  readonly id: string;
  readonly subject: { readonly kind: 'dienst'; readonly serviceId: string } | { readonly kind: 'actie'; readonly actionId: string };
  readonly notedOn: string;
  readonly items: readonly { readonly b: SevenB; readonly note: string }[];
}
function readSevenBNote(v: unknown): SevenBNote {
  const r = rec(v, 'note');
  const s = rec(r.subject, 'subject');
  return {
    id: str(r.id, 'id'),
    subject: s.kind === 'dienst' ? { kind: 'dienst', serviceId: str(s.serviceId, 'serviceId') } : { kind: 'actie', actionId: str(s.actionId, 'actionId') },
    notedOn: str(r.notedOn, 'notedOn'),
    items: list(r.items, 'items', (i) => { const x = rec(i, 'item'); return { b: oneOf(SEVEN_BS, x.b, 'b'), note: str(x.note ?? '', 'note') }; }),
  };
}

export type ContributionSource =
  | { readonly kind: 'drempel'; readonly barrierId: string }
  | { readonly kind: 'zeven_b'; readonly noteId: string; readonly b: SevenB }
  | { readonly kind: 'levensdomein'; readonly lifeDomain: LifeDomain; readonly text: string };

const ok = () => null;

export const coordinationApi = {
  get: (caseId: string): Promise<ApiResult<Coordination>> => api.get(`/cases/${path(caseId)}/coordination`, readCoordination),
  set: (caseId: string, coordinatorId: string | null, startedOn: string) => api.send('PUT', `/cases/${path(caseId)}/coordination`, { coordinatorId, startedOn }, ok),
  addPartner: (caseId: string, organisation: string, role: string) => api.send('POST', `/cases/${path(caseId)}/partners`, { organisation, role }, ok),
  removePartner: (caseId: string, id: string) => api.send('DELETE', `/cases/${path(caseId)}/partners/${path(id)}`, undefined, ok),
  addCasusoverleg: (caseId: string, heldOn: string, parentsPresent: boolean, note: string) => api.send('POST', `/cases/${path(caseId)}/casusoverleggen`, { heldOn, parentsPresent, note }, ok),
  removeCasusoverleg: (caseId: string, id: string) => api.send('DELETE', `/cases/${path(caseId)}/casusoverleggen/${path(id)}`, undefined, ok),
  addContact: (caseId: string, channel: ContactChannel, date: string, note: string) => api.send('POST', `/cases/${path(caseId)}/contacts`, { channel, date, note }, ok),
  removeContact: (caseId: string, id: string) => api.send('DELETE', `/cases/${path(caseId)}/contacts/${path(id)}`, undefined, ok),
  colleagues: (): Promise<ApiResult<Colleague[]>> => api.get('/users', (b) => list(rec(b, 'users').users, 'users', (u) => {
    const r = rec(u, 'user');
    return { id: str(r.id, 'id'), displayName: str(r.displayName, 'displayName'), role: str(r.role, 'role') };
  })),
  caseload: (): Promise<ApiResult<Caseload>> => api.get('/caseload', (b) => {
    const r = rec(b, 'caseload');
    return {
      limit: num(r.limit, 'limit'),
      workers: list(r.workers, 'workers', (w) => { const x = rec(w, 'worker'); return { workerId: str(x.workerId, 'workerId'), displayName: str(x.displayName, 'displayName'), teamName: x.teamName === null ? null : str(x.teamName, 'teamName'), families: num(x.families, 'families'), limit: num(x.limit, 'limit'), over: num(x.over, 'over') }; }),
      teams: list(r.teams, 'teams', (t) => { const x = rec(t, 'team'); return { teamId: x.teamId === null ? null : str(x.teamId, 'teamId'), teamName: x.teamName === null ? null : str(x.teamName, 'teamName'), workers: num(x.workers, 'workers'), families: num(x.families, 'families'), capacity: num(x.capacity, 'capacity'), over: num(x.over, 'over') }; }),
    };
  }),
  setCaseloadLimit: (caseloadLimit: number) => api.send('PUT', '/coordination-settings', { caseloadLimit }, ok),
  settings: (): Promise<ApiResult<{ smallCellThreshold: number | null; smallCellMinimum: number; smallCellApplied: number }>> => api.get('/coordination-settings', (b) => {
    const r = rec(b, 'settings');
    return { smallCellThreshold: r.smallCellThreshold === null ? null : num(r.smallCellThreshold, 'smallCellThreshold'), smallCellMinimum: num(r.smallCellMinimum, 'smallCellMinimum'), smallCellApplied: num(r.smallCellApplied, 'smallCellApplied') };
  }),
  setSmallCell: (smallCellThreshold: number | null) => api.send('PUT', '/coordination-settings', { smallCellThreshold }, ok),
};

export const consentApi = {
  list: (caseId: string): Promise<ApiResult<Consent[]>> => api.get(`/cases/${path(caseId)}/consents`, (b) => list(rec(b, 'consents').consents, 'consents', (c) => {
    const r = rec(c, 'consent');
    return {
      id: str(r.id, 'id'), scope: oneOf(['registratie', 'delen'] as const, r.scope, 'scope'), givenBy: str(r.givenBy, 'givenBy'), givenOn: str(r.givenOn, 'givenOn'),
      partners: r.partners === undefined ? [] : list(r.partners, 'partners', (p) => str(p, 'partner')), recordedAt: str(r.recordedAt, 'recordedAt'),
      withdrawnAt: r.withdrawnAt === null ? null : str(r.withdrawnAt, 'withdrawnAt'),
    };
  })),
  share: (caseId: string, givenBy: string, givenOn: string, partner: string) => api.send('POST', `/cases/${path(caseId)}/consents`, { scope: 'delen', givenBy, givenOn, partners: [partner] }, ok),
  withdraw: (caseId: string, id: string): Promise<ApiResult<{ erased: boolean }>> => api.send('POST', `/cases/${path(caseId)}/consents/${path(id)}/withdraw`, undefined, (b) => ({ erased: bool(rec(b, 'withdraw').erased, 'erased') })),
  /** The family's data: plain links, so the browser downloads them with the session cookie. */
  exportJsonUrl: (caseId: string) => `/api/cases/${path(caseId)}/export`,
  exportPdfUrl: (caseId: string) => `/api/cases/${path(caseId)}/export.pdf`,
  exportData: (caseId: string): Promise<ApiResult<Rec>> => api.get(`/cases/${path(caseId)}/export`, (b) => rec(b, 'export')),
};

export const signalsApi = {
  list: (): Promise<ApiResult<{ threshold: number; signals: Signal[] }>> => api.get('/signals', (b) => { const r = rec(b, 'signals'); return { threshold: num(r.smallCellThreshold, 'smallCellThreshold'), signals: list(r.signals, 'signals', readSignal) }; }),
  ofCase: (caseId: string): Promise<ApiResult<Signal[]>> => api.get(`/cases/${path(caseId)}/signal-contributions`, (b) => list(rec(b, 'signals').signals, 'signals', readSignal)),
  contribute: (caseId: string, source: ContributionSource, to: { signalId: string } | { newSignal: { text: string; lifeDomain: LifeDomain } }) =>
    api.send('POST', `/cases/${path(caseId)}/signal-contributions`, { source, ...to }, (b) => { const r = rec(b, 'contribution'); return { signalId: str(r.signalId, 'signalId'), counted: bool(r.counted, 'counted') }; }),
  withdraw: (caseId: string, signalId: string) => api.send('DELETE', `/cases/${path(caseId)}/signal-contributions/${path(signalId)}`, undefined, ok),
  setStatus: (signalId: string, change: { status: SignalStatus; owner?: SignalOwner | null; meetingId?: string; note?: string }) => api.send('POST', `/signals/${path(signalId)}/status`, change, ok),
  meetings: (): Promise<ApiResult<Meeting[]>> => api.get('/network-meetings', (b) => list(rec(b, 'meetings').meetings, 'meetings', readMeeting)),
  addMeeting: (heldOn: string, title: string): Promise<ApiResult<Meeting>> => api.send('POST', '/network-meetings', { heldOn, title }, (b) => readMeeting(rec(b, 'meeting').meeting)),
  agenda: (meetingId: string): Promise<ApiResult<{ meeting: Meeting; signals: Signal[] }>> => api.get(`/network-meetings/${path(meetingId)}/agenda`, (b) => {
    const r = rec(b, 'agenda');
    return { meeting: readMeeting(r.meeting), signals: list(r.signals, 'signals', readSignal) };
  }),
};

export const sevenBApi = {
  list: (caseId: string): Promise<ApiResult<SevenBNote[]>> => api.get(`/cases/${path(caseId)}/seven-b-notes`, (b) => list(rec(b, 'notes').notes, 'notes', readSevenBNote)),
  add: (caseId: string, subject: SevenBNote['subject'], items: readonly { b: SevenB; note: string }[]) => api.send('POST', `/cases/${path(caseId)}/seven-b-notes`, { subject, items }, ok),
  remove: (caseId: string, id: string) => api.send('DELETE', `/cases/${path(caseId)}/seven-b-notes/${path(id)}`, undefined, ok),
};
