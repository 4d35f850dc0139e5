import {
  ActionSchema, BarrierRecordSchema, EigenKrachtContactSchema, LocalServiceSchema, parseNetworkPlan,
  type EigenKrachtContact,
  type Action, type ActionInput, type BarrierCode, type BarrierHolder, type BarrierRecord, type BarrierStatus, type LinkedChange, type LocalService, type LocalServiceInput,
  type NetworkPlan, type NetworkPlanInput, type Suggestion, type SuggestionChoice,
} from '@netwerkkracht/core';
import { api } from './client.js';
import type { ApiResult } from './api-error.js';
import { readAttentionItems, type AttentionEntry } from './attention.js';

/**
 * The routes of strengthening the network: the plan, its attention list and follow-up, barriers,
 * suggestions and the sociale kaart. Plans, actions, barriers and services are checked with core's
 * schemas before they reach the screen; the rest with small readers, as in `endpoints.ts`.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(what: string): never {
  throw new Error(`unexpected answer: ${what}`);
}

function int(v: unknown, what: string): number {
  return typeof v === 'number' && Number.isInteger(v) ? v : fail(what);
}

function readPlan(v: unknown): NetworkPlan {
  const parsed = parseNetworkPlan(v);
  return parsed.ok ? parsed.value : fail('plan');
}

function readAction(v: unknown): Action {
  const parsed = ActionSchema.safeParse(v);
  return parsed.success ? parsed.data : fail('action');
}

export interface PlanAnswer {
  readonly version: number;
  readonly plan: NetworkPlan;
  readonly attention: readonly AttentionEntry[];
}

function readPlanAnswer(body: unknown): PlanAnswer {
  if (!isRecord(body)) fail('plan answer');
  return {
    version: int(body.version, 'version'), plan: readPlan(body.plan),
    attention: readAttentionItems(body.attention ?? []),
  };
}

const readVersion = (body: unknown): number => (isRecord(body) ? int(body.version, 'version') : fail('version'));

/** Omit on each member of a union, so an Eigen Kracht plan keeps its own fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type PlanBody = OmitEach<NetworkPlanInput, 'id' | 'caseId'>;
/** The fields of an action a PATCH changes; null for goalId or promise removes it (as the server's ActionPatch). */
export type ActionPatch = Partial<Pick<ActionInput, 'what' | 'kind' | 'due' | 'status' | 'link' | 'owner'>> & {
  readonly goalId?: string | null;
  readonly promise?: ActionInput['promise'] | null;
};

export interface SuggestionWithReason extends Suggestion {
  readonly reasonText: string;
}

function readSuggestions(body: unknown): { suggestions: readonly SuggestionWithReason[]; localServices: readonly LocalService[] } {
  if (!isRecord(body) || !Array.isArray(body.suggestions) || !Array.isArray(body.localServices)) fail('suggestions');
  const suggestions = body.suggestions.map((s): SuggestionWithReason => {
    if (!isRecord(s) || typeof s.id !== 'string' || typeof s.reasonText !== 'string' || !Array.isArray(s.models) || !Array.isArray(s.initiatives) || !Array.isArray(s.localServices)) fail('suggestion');
    return s as unknown as SuggestionWithReason;
  });
  return { suggestions, localServices: body.localServices.map(readService) };
}

function readService(v: unknown): LocalService {
  const parsed = LocalServiceSchema.safeParse(v);
  return parsed.success ? parsed.data : fail('service');
}

export interface BarrierEntry {
  readonly version: number;
  readonly barrier: BarrierRecord;
  readonly actions: readonly Action[];
}

function readBarriers(body: unknown): { barriers: readonly BarrierEntry[]; unaddressed: readonly string[] } {
  if (!isRecord(body) || !Array.isArray(body.barriers)) fail('barriers');
  return {
    barriers: body.barriers.map((b): BarrierEntry => {
      if (!isRecord(b)) fail('barrier');
      const parsed = BarrierRecordSchema.safeParse(b.barrier);
      if (!parsed.success) fail('barrier record');
      return { version: int(b.version, 'barrier version'), barrier: parsed.data, actions: Array.isArray(b.actions) ? b.actions.map(readAction) : [] };
    }),
    unaddressed: Array.isArray(body.unaddressed) ? body.unaddressed.filter((x): x is string => typeof x === 'string') : [],
  };
}

/** A barrier as the client writes it: the id is the server's, `notedOn` defaults to today. */
export interface BarrierBody {
  readonly code: BarrierCode;
  readonly holder?: BarrierHolder;
  readonly status?: BarrierStatus;
  readonly notedOn?: string;
  readonly notes?: readonly { readonly date: string; readonly text: string }[];
  readonly actionIds?: readonly string[];
}

function readChanges(body: unknown): readonly LinkedChange[] {
  if (!isRecord(body) || !Array.isArray(body.changes)) fail('follow-up');
  return body.changes.map((c) => {
    if (!isRecord(c) || typeof c.kind !== 'string') fail('change');
    return { ...c, action: readAction(c.action) } as unknown as LinkedChange;
  });
}

export interface ServiceFilter {
  readonly region?: string;
  readonly targetGroup?: string;
  readonly domain?: string;
  readonly model?: string;
  readonly supportFunction?: string;
  readonly text?: string;
}

/** Only the filters that hold something go into the query string. */
export function serviceQuery(filter: ServiceFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

const enc = encodeURIComponent;
const planPath = (caseId: string) => `/cases/${enc(caseId)}/plan`;

export const plans = {
  /** The case's plan; null when it has none yet (an answer, not an error). */
  get: (caseId: string) => api.get(planPath(caseId), (body) => (isRecord(body) && body.plan === null ? null : readPlanAnswer(body))),
  /** From the server only (sending changes made offline), never from the device's copy; null without a plan. */
  getFresh: (caseId: string) => api.get(planPath(caseId), (body) => (isRecord(body) && body.plan === null ? null : readPlanAnswer(body)), { fresh: true }),
  create: (caseId: string, body: PlanBody) => api.send('POST', planPath(caseId), body, readPlanAnswer),
  replace: (caseId: string, version: number, body: PlanBody) => api.send('PUT', planPath(caseId), body, readVersion, { ifMatch: version }),
  addAction: (caseId: string, version: number, action: Omit<ActionInput, 'id'> & { readonly id?: string }) => api.send('POST', `${planPath(caseId)}/actions`, action, readVersion, { ifMatch: version }),
  patchAction: (caseId: string, version: number, actionId: string, patch: ActionPatch) =>
    api.send('PATCH', `${planPath(caseId)}/actions/${enc(actionId)}`, patch, readVersion, { ifMatch: version }),
  removeAction: (caseId: string, version: number, actionId: string) =>
    api.send('DELETE', `${planPath(caseId)}/actions/${enc(actionId)}`, undefined, readVersion, { ifMatch: version }),
  addReview: (caseId: string, version: number, actionId: string, note: { date: string; text: string; by?: 'gezin' | 'netwerk' | 'begeleider' }) =>
    api.send('POST', `${planPath(caseId)}/actions/${enc(actionId)}/reviews`, note, readVersion, { ifMatch: version }),
  followUp: (caseId: string, from: string, to: string) => api.get(`${planPath(caseId)}/follow-up?from=${enc(from)}&to=${enc(to)}`, readChanges),
};

export const suggestionsApi = {
  /** `region` (the family's municipality) narrows initiatives and local services to those nearby. */
  list: (mapId: string, snapshotId: string, region: string) =>
    api.get(`/maps/${enc(mapId)}/snapshots/${enc(snapshotId)}/suggestions${serviceQuery({ region })}`, readSuggestions),
  accept: (mapId: string, snapshotId: string, region: string, planVersion: number, choice: Omit<SuggestionChoice, 'due'> & { due?: string | null }) =>
    api.send('POST', `/maps/${enc(mapId)}/snapshots/${enc(snapshotId)}/suggestions/accept${serviceQuery({ region })}`, choice, readVersion, { ifMatch: planVersion }),
};

export const barriersApi = {
  list: (caseId: string) => api.get(`/cases/${enc(caseId)}/barriers`, readBarriers),
  add: (caseId: string, body: BarrierBody) => api.send('POST', `/cases/${enc(caseId)}/barriers`, body, readVersion),
  replace: (caseId: string, barrierId: string, version: number, body: BarrierBody) =>
    api.send('PUT', `/cases/${enc(caseId)}/barriers/${enc(barrierId)}`, body, readVersion, { ifMatch: version }),
  remove: (caseId: string, barrierId: string, version: number) =>
    api.send('DELETE', `/cases/${enc(caseId)}/barriers/${enc(barrierId)}`, undefined, () => null, { ifMatch: version }),
};

const readServices = (body: unknown): readonly LocalService[] => (isRecord(body) && Array.isArray(body.services) ? body.services.map(readService) : fail('services'));

export const socialMap = {
  search: (filter: ServiceFilter) => api.get(`/social-map/services${serviceQuery(filter)}`, readServices),
  add: (fields: Omit<LocalServiceInput, 'id'>) => api.send('POST', '/social-map/services', fields, readService),
  replace: (id: string, fields: Omit<LocalServiceInput, 'id'>) => api.send('PUT', `/social-map/services/${enc(id)}`, fields, readService),
  remove: (id: string) => api.send('DELETE', `/social-map/services/${enc(id)}`, undefined, () => null),
  importCsv: (file: Blob) => api.upload('/social-map/import', file, 'text/csv', (body) => (isRecord(body) && Array.isArray(body.ids) ? body.ids.length : fail('import'))),
  exportUrl: '/api/social-map/export?bom=1',
};

export type { ApiResult, AttentionEntry };

export interface OrganisationContact { readonly contact: EigenKrachtContact; readonly custom: boolean }
function readContact(b: unknown): OrganisationContact {
  if (!isRecord(b) || typeof b.custom !== 'boolean') fail('eigen kracht contact');
  return { contact: EigenKrachtContactSchema.parse(b.contact) as EigenKrachtContact, custom: b.custom };
}

/** Where the organisation's workers ask for an Eigen Kracht-conferentie (every role reads; the beheerder sets, null = seed 000's). */
export const eigenKrachtContactApi = {
  get: (): Promise<ApiResult<OrganisationContact>> => api.get('/organisation/eigen-kracht-contact', readContact),
  set: (contact: EigenKrachtContact | null): Promise<ApiResult<OrganisationContact>> => api.send('PUT', '/organisation/eigen-kracht-contact', { contact }, readContact),
};
