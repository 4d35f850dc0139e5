import {
  BasicRightsListSchema, CaseRightStatusSchema, ExplorerRightSchema, KansarmoedeCheckSchema, KansarmoedeSettingsSchema, RightsMeasurementSchema,
  type BasicRight, type CaseRightStatus, type ExplorerRight, type ExplorerRightFields, type KansarmoedeCheck, type KansarmoedeJudgement,
  type KansarmoedeResult, type KansarmoedeSettings, type RightScore, type RightStatus, type RightsMeasurement,
} from '@netwerkkracht/core';
import { api } from './client.js';

/**
 * The routes of issue 12, items 1-3: the kansarmoede-index (an entry check for the worker only),
 * the grondrechtenmeting with the organisation's rights, and the rechtenverkenner. Every record is
 * checked with core's schemas before it reaches the screen.
 */
const enc = encodeURIComponent;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(what: string): never {
  throw new Error(`unexpected answer: ${what}`);
}

/** A schema's parse as a reader of one value (throws on anything else: a `bad_response`). */
const one = <T,>(schema: { parse(v: unknown): unknown }) => (v: unknown): T => schema.parse(v) as T;
const field = (body: unknown, key: string): unknown => (isRecord(body) && key in body ? body[key] : fail(key));
const list = <T,>(v: unknown, read: (x: unknown) => T): T[] => (Array.isArray(v) ? v.map(read) : fail('list'));

export type CheckWithResult = KansarmoedeCheck & { readonly result: KansarmoedeResult };
function readResult(v: unknown): KansarmoedeResult {
  if (!isRecord(v) || typeof v.weakCount !== 'number' || typeof v.meetsRule !== 'boolean' || typeof v.minWeak !== 'number') fail('result');
  return { weakCount: v.weakCount, meetsRule: v.meetsRule, minWeak: v.minWeak };
}
function readCheck(v: unknown): CheckWithResult {
  if (!isRecord(v)) fail('check');
  const { result, ...check } = v;
  return { ...(KansarmoedeCheckSchema.parse(check) as KansarmoedeCheck), result: readResult(result) };
}
const readSettings = (v: unknown) => KansarmoedeSettingsSchema.parse(v) as KansarmoedeSettings;
const readRights = (b: unknown) => {
  const custom = field(b, 'custom');
  return { rights: BasicRightsListSchema.parse(field(b, 'rights')) as BasicRight[], custom: typeof custom === 'boolean' ? custom : fail('custom') };
};
const readExplorer = one<ExplorerRight>(ExplorerRightSchema);
const readStatus = one<CaseRightStatus>(CaseRightStatusSchema);

export const kansarmoede = {
  settings: () => api.get('/kansarmoede/settings', (b) => readSettings(field(b, 'settings'))),
  setSettings: (settings: KansarmoedeSettings) => api.send('PUT', '/kansarmoede/settings', settings, (b) => readSettings(field(b, 'settings'))),
  list: (caseId: string) => api.get(`/cases/${enc(caseId)}/kansarmoede`, (b) => ({ settings: readSettings(field(b, 'settings')), checks: list(field(b, 'checks'), readCheck) })),
  add: (caseId: string, body: { checkedOn: string; judgements: readonly KansarmoedeJudgement[] }) => api.send('POST', `/cases/${enc(caseId)}/kansarmoede`, body, readCheck),
  remove: (caseId: string, checkId: string) => api.send('DELETE', `/cases/${enc(caseId)}/kansarmoede/${enc(checkId)}`, undefined, () => null),
};

export const basicRights = {
  list: () => api.get('/basic-rights', readRights),
  replace: (rights: readonly BasicRight[] | null) => api.send('PUT', '/basic-rights', { rights }, readRights),
  measurements: (caseId: string) => api.get(`/cases/${enc(caseId)}/rights-measurements`, (b) => ({
    rights: BasicRightsListSchema.parse(field(b, 'rights')) as BasicRight[],
    measurements: list(field(b, 'measurements'), one<RightsMeasurement>(RightsMeasurementSchema)),
  })),
  measure: (caseId: string, body: { measuredOn: string; scores: readonly RightScore[]; firstRightId?: string }) =>
    api.send('POST', `/cases/${enc(caseId)}/rights-measurements`, body, one<RightsMeasurement>(RightsMeasurementSchema)),
  removeMeasurement: (caseId: string, measurementId: string) =>
    api.send('DELETE', `/cases/${enc(caseId)}/rights-measurements/${enc(measurementId)}`, undefined, () => null),
};

export const rightsExplorer = {
  list: () => api.get('/rights-explorer/rights', (b) => list(field(b, 'rights'), readExplorer)),
  add: (fields: ExplorerRightFields) => api.send('POST', '/rights-explorer/rights', fields, readExplorer),
  remove: (id: string) => api.send('DELETE', `/rights-explorer/rights/${enc(id)}`, undefined, () => null),
  importCsv: (file: Blob) => api.upload('/rights-explorer/import', file, 'text/csv', (b) => {
    const added = field(b, 'added');
    const updated = field(b, 'updated');
    return typeof added === 'number' && typeof updated === 'number' ? { added, updated } : fail('import');
  }),
  exportUrl: '/api/rights-explorer/export?bom=1',
  forCase: (caseId: string) => api.get(`/cases/${enc(caseId)}/rights`, (b) => ({ rights: list(field(b, 'rights'), readExplorer), statuses: list(field(b, 'statuses'), readStatus) })),
  mark: (caseId: string, rightId: string, body: { status: RightStatus; on?: string }) => api.send('PUT', `/cases/${enc(caseId)}/rights/${enc(rightId)}`, body, readStatus),
  pdfUrl: (caseId: string, lang: string) => `/api/cases/${enc(caseId)}/rights-schema.pdf?lang=${enc(lang)}`,
};
