import { randomBytes, randomUUID } from 'node:crypto';
import {
  GROUPING_COLUMNS, SURVEY_MEASURES, SurveyAnswersSchema, buildSurveyReport, compareGroups, describeComparison, describeSurveyCsvIssue,
  parseSurveyCsv, serialiseSurveyCsv, surveyCsvIssue, surveyCodebook, surveyCodebookMarkdown, type Language, type SurveyCsvIssue, type SurveyResponse,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { sha256 } from '../auth/sessions.js';
import type { Today } from '../clock.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, requireRole, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId } from '../store/ids.js';
import { existingRespondents, insertResponses, listResponses } from '../store/survey-store.js';

const SurveyParams = idParams('surveyId');
// Control, bidi and invisible characters are refused in a site name, as in the CSV (SV6).
// eslint-disable-next-line no-control-regex
const OpenBody = z.strictObject({ site: z.string().trim().min(1).max(200).refine((s) => !/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(s)) });
/** What a respondent or a worker hands in: every answer but the respondent id and the site (the survey's). */
const SelfAnswers = SurveyAnswersSchema.omit({ site: true, date: true }).partial().strict();
const TokenAnswerBody = z.strictObject({ token: z.string().min(20).max(100), answers: SelfAnswers });
const ReentryBody = z.strictObject({ date: SurveyAnswersSchema.shape.date.optional(), answers: SelfAnswers });
const CsvJsonBody = z.strictObject({ csv: z.string().min(1).max(16 * 1024 * 1024) });
const ReportQuery = z.strictObject({
  by: z.enum(GROUPING_COLUMNS as unknown as [string, ...string[]]).optional(),
  // The server never shows smaller cells than the organisation's threshold (SC7 is for the CLI).
  smallCell: z.coerce.number().int().min(1).max(1000).optional(),
  lang: z.enum(['nl', 'fr', 'en']).optional(),
});
const CompareQuery = ReportQuery.extend({ measure: z.enum(SURVEY_MEASURES) });

const WORKERS = ['begeleider', 'coach'] as const;
const RESEARCH = ['beheerder', 'onderzoeker'] as const;

function surveyCsvRefused(issues: readonly SurveyCsvIssue[], lang: Language): never {
  throw new ApiError('import_failed', {
    csvIssues: issues.map((i) => ({ line: i.line, column: i.column, field: i.field, code: i.code, message: describeSurveyCsvIssue(i, lang) })),
  });
}

/** A full record from handed-in answers: unanswered columns null, a fresh random respondent id. */
function fullResponse(answers: z.infer<typeof SelfAnswers>, site: string, date: string | null): SurveyResponse {
  const blank = Object.fromEntries(Object.keys(SurveyAnswersSchema.shape).map((k) => [k, null]));
  return { ...(blank as Omit<SurveyResponse, 'respondent'>), ...answers, site, date, respondent: randomUUID() } as SurveyResponse;
}

/**
 * The zorgkracht survey (docs/survey.md, issue 13). A worker opens a survey for one site and gets a
 * token link; the token only lets someone hand in answers to that survey (it reads nothing, not
 * even its own answers). Workers re-enter paper forms; the beheerder and the onderzoeker import,
 * export and read the report, always with small cells hidden. Nothing identifying is stored with
 * an answer (no address, browser or time; the day only), and a self-completion is not audited,
 * since an audit line would record its exact time.
 */
export const surveyRoutes: FastifyPluginAsync<{ today: Today }> = async (app, options) => {
  const { db, settings, cipher, readAudit } = app.ctx;
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: settings.importBodyLimit }, (_request, body, done) => { done(null, body); });

  const threshold = (asked: number | undefined): number => Math.max(settings.smallCellThreshold, asked ?? 0);
  const findSurvey = async (organisationId: string, surveyId: string) => {
    const survey = await db.selectFrom('surveys').selectAll().where('organisation_id', '=', organisationId).where('id', '=', surveyId).executeTakeFirst();
    if (!survey) throw new ApiError('not_found');
    return survey;
  };

  app.post('/surveys', { schema: { tags: ['surveys'], body: openApiSchema(OpenBody), description: 'Open a survey for one site; the answer holds the token for the respondents\' link, shown this once.' } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, WORKERS);
    const { site } = parseInput(OpenBody, request.body);
    const token = randomBytes(24).toString('base64url');
    const survey = { id: newId(), organisation_id: user.organisationId, site, opened_by: user.id, opened_on: options.today(), token_hash: sha256(token), closed: 0 };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('surveys').values(survey).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'survey.open', target: survey.id });
    });
    return reply.status(201).send({ id: survey.id, site, openedOn: survey.opened_on, closed: false, responses: 0, token });
  });

  app.get('/surveys', { schema: { tags: ['surveys'] } }, async (request) => {
    const user = userOf(request);
    const rows = await db.selectFrom('surveys').leftJoin('survey_responses', 'survey_responses.survey_id', 'surveys.id')
      .select(['surveys.id', 'surveys.site', 'surveys.opened_on', 'surveys.closed', (eb) => eb.fn.count<number>('survey_responses.respondent').as('responses')])
      .where('surveys.organisation_id', '=', user.organisationId)
      .groupBy(['surveys.id', 'surveys.site', 'surveys.opened_on', 'surveys.closed'])
      .orderBy('surveys.opened_on', 'desc').orderBy('surveys.site').execute();
    const total = await db.selectFrom('survey_responses').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_id', '=', user.organisationId).executeTakeFirstOrThrow();
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'survey.list' });
    return {
      surveys: rows.map((r) => ({ id: r.id, site: r.site, openedOn: r.opened_on, closed: r.closed === 1, responses: Number(r.responses) })),
      responses: Number(total.n),
    };
  });

  app.post('/surveys/:surveyId/close', { schema: { tags: ['surveys'] } }, async (request) => {
    const user = userOf(request);
    requireRole(user, [...WORKERS, 'beheerder']);
    const { surveyId } = parseInput(SurveyParams, request.params);
    await db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('surveys').set({ closed: 1 }).where('organisation_id', '=', user.organisationId).where('id', '=', surveyId).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'survey.close', target: surveyId });
    });
    return { id: surveyId, closed: true };
  });

  /** A worker types in a paper form: the survey's site, the day on the form (or today). */
  app.post('/surveys/:surveyId/responses', { schema: { tags: ['surveys'], body: openApiSchema(ReentryBody) } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, WORKERS);
    const { surveyId } = parseInput(SurveyParams, request.params);
    const body = parseInput(ReentryBody, request.body);
    const survey = await findSurvey(user.organisationId, surveyId);
    const response = fullResponse(body.answers, survey.site, body.date ?? options.today());
    await db.transaction().execute(async (trx) => {
      await insertResponses(trx, user.organisationId, [{ respondent: response.respondent, surveyId, entered: 'medewerker', response }], cipher);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'survey.reentry', target: surveyId });
    });
    return reply.status(201).send({ saved: true });
  });

  /**
   * The respondent's own answers, with the token of the link: nothing else is needed or given back.
   * An unknown, closed or malformed token answers 404 alike.
   */
  app.post('/survey-answers', { config: { public: true }, schema: { tags: ['surveys'], body: openApiSchema(TokenAnswerBody), security: [] } }, async (request, reply) => {
    const body = parseInput(TokenAnswerBody, request.body);
    const survey = await db.selectFrom('surveys').select(['id', 'organisation_id', 'site', 'closed']).where('token_hash', '=', sha256(body.token)).executeTakeFirst();
    if (!survey || survey.closed === 1) throw new ApiError('not_found');
    const response = fullResponse(body.answers, survey.site, options.today());
    await insertResponses(db, survey.organisation_id, [{ respondent: response.respondent, surveyId: survey.id, entered: 'zelf', response }], cipher);
    return reply.status(204).send();
  });

  /** SV1–SV9 on the server: all or nothing, every problem with its line and column. */
  app.post('/surveys/import', {
    bodyLimit: settings.importBodyLimit,
    schema: { tags: ['surveys'], description: 'Survey answers as CSV (docs/survey.md): a text/csv body (UTF-8), or JSON { "csv": "..." }.' },
  }, async (request) => {
    const user = userOf(request);
    requireRole(user, RESEARCH);
    const input = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : parseInput(CsvJsonBody, request.body).csv;
    const parsed = parseSurveyCsv(input);
    if (!parsed.ok) surveyCsvRefused(parsed.issues, request.lang);
    const imported = await db.transaction().execute(async (trx) => {
      const taken = await existingRespondents(trx, user.organisationId, parsed.responses.map((r) => r.respondent));
      if (taken.size > 0) {
        const clashes = parsed.responses.flatMap((r, i) => (taken.has(r.respondent)
          ? [surveyCsvIssue('respondent_exists', parsed.lines[i] as number, parsed.respondentColumn, 'respondent', { id: r.respondent.slice(0, 40) })]
          : []));
        surveyCsvRefused(clashes.slice(0, 100), request.lang);
      }
      await insertResponses(trx, user.organisationId, parsed.responses.map((response) => ({ respondent: response.respondent, surveyId: null, entered: 'import' as const, response })), cipher);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'survey.import' });
      return parsed.responses.length;
    });
    return { imported };
  });

  app.get('/surveys/export.csv', { schema: { tags: ['surveys'] } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, RESEARCH);
    const csv = serialiseSurveyCsv(await listResponses(db, user.organisationId, cipher), { bom: true });
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'survey.export' });
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="zorgkracht.csv"');
    return reply.send(csv);
  });

  app.get('/surveys/codebook.json', { schema: { tags: ['surveys'] } }, async (request, reply) => {
    userOf(request);
    void reply.header('content-disposition', 'attachment; filename="zorgkracht-codeboek.json"');
    return surveyCodebook();
  });

  app.get('/surveys/codebook.md', { schema: { tags: ['surveys'] } }, async (request, reply) => {
    userOf(request);
    void reply.header('content-type', 'text/markdown; charset=utf-8').header('content-disposition', 'attachment; filename="zorgkracht-codeboek.md"');
    return reply.send(surveyCodebookMarkdown(request.lang));
  });

  app.get('/surveys/report', { schema: { tags: ['surveys'], querystring: openApiSchema(ReportQuery) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, RESEARCH);
    const query = parseInput(ReportQuery, request.query);
    const responses = await listResponses(db, user.organisationId, cipher);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'survey.report' });
    return buildSurveyReport(responses, { by: (query.by ?? 'site') as 'site', smallCell: threshold(query.smallCell) });
  });

  app.get('/surveys/compare', { schema: { tags: ['surveys'], querystring: openApiSchema(CompareQuery) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, RESEARCH);
    const query = parseInput(CompareQuery, request.query);
    const responses = await listResponses(db, user.organisationId, cipher);
    const comparison = compareGroups(responses, query.measure, { by: (query.by ?? 'site') as 'site', smallCell: threshold(query.smallCell) });
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'survey.compare' });
    return { ...comparison, sentence: describeComparison(comparison, query.lang ?? request.lang) };
  });
};

