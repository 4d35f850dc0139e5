import type { GroupComparison, SurveyAnswers, SurveyMeasure, SurveyReport } from '@netwerkkracht/core';
import { api } from './client.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function fail(what: string): never {
  throw new Error(`unexpected answer: ${what}`);
}

export interface SurveySummary {
  readonly id: string;
  readonly site: string;
  readonly openedOn: string;
  readonly closed: boolean;
  readonly responses: number;
}
export interface OpenedSurvey extends SurveySummary {
  readonly token: string;
}

const readSurvey = (v: unknown): SurveySummary => {
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.site !== 'string' || typeof v.openedOn !== 'string' || typeof v.closed !== 'boolean' || typeof v.responses !== 'number') fail('survey');
  return { id: v.id, site: v.site, openedOn: v.openedOn, closed: v.closed, responses: v.responses };
};

/** A report's shape is checked where it matters: the lists and rows the page walks through. */
const readReport = (v: unknown): SurveyReport => {
  if (!isRecord(v) || typeof v.by !== 'string' || typeof v.smallCellThreshold !== 'number' || !isRecord(v.total) || !Array.isArray(v.groups)) fail('report');
  for (const g of [v.total, ...v.groups]) if (!isRecord(g) || !isRecord(g.measures)) fail('report group');
  return v as unknown as SurveyReport;
};

export type Answers = Partial<Omit<SurveyAnswers, 'site' | 'date'>>;

export const surveys = {
  list: () => api.get('/surveys', (b) => (isRecord(b) && Array.isArray(b.surveys) && typeof b.responses === 'number' ? { surveys: b.surveys.map(readSurvey), responses: b.responses } : fail('surveys'))),
  open: (site: string) => api.send('POST', '/surveys', { site }, (b): OpenedSurvey => (isRecord(b) && typeof b.token === 'string' ? { ...readSurvey(b), token: b.token } : fail('opened'))),
  close: (id: string) => api.send('POST', `/surveys/${encodeURIComponent(id)}/close`, undefined, () => null),
  reenter: (id: string, date: string | null, answers: Answers) => api.send('POST', `/surveys/${encodeURIComponent(id)}/responses`, date ? { date, answers } : { answers }, () => null),
  /** With the token of the link only: no session, nothing comes back. */
  answer: (token: string, answers: Answers) => api.send('POST', '/survey-answers', { token, answers }, () => null),
  report: (by: string) => api.get(`/surveys/report?by=${encodeURIComponent(by)}`, readReport),
  compare: (measure: SurveyMeasure, by: string, lang: string) => api.get(`/surveys/compare?measure=${measure}&by=${encodeURIComponent(by)}&lang=${lang}`,
    (b) => (isRecord(b) && typeof b.sentence === 'string' && Array.isArray(b.groups) ? (b as unknown as GroupComparison & { sentence: string }) : fail('compare'))),
  importCsv: (file: Blob) => api.upload('/surveys/import', file, 'text/csv', (b) => (isRecord(b) && typeof b.imported === 'number' ? b.imported : fail('import'))),
  exportUrl: '/api/surveys/export.csv',
  codebookJsonUrl: '/api/surveys/codebook.json',
  codebookPageUrl: '/api/surveys/codebook.md',
};
