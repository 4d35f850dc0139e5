import {
  applyRightStatus, describeCsvIssue, exportExplorerRightsCsv, ExplorerRightFieldsSchema, ExplorerRightSchema, importExplorerRightsCsv, isLanguage,
  issue, RightStatusChangeSchema, type CsvIssue, type ExplorerRight, type Language,
} from '@netwerkkracht/core';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findCase, findCaseWithCipher } from '../access/case-access.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import type { Today } from '../clock.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, requireRole, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { createPdfRenderer, type PdfRenderer } from '../print/pdf-renderer.js';
import { auditInTransaction } from '../store/audit.js';
import { findCaseRight, findExplorerRight, listCaseRights, listExplorerRights, upsertExplorerRights, writeCaseRight } from '../store/explorer-right-store.js';
import { newId } from '../store/ids.js';
import { requireRegistrationConsent } from '../store/map-write.js';

const RightParams = idParams('rightId');
const CaseParams = idParams('caseId');
const CaseRightParams = idParams('caseId', 'rightId');
const CsvJsonBody = z.strictObject({ csv: z.string().min(1).max(16 * 1024 * 1024) });
const ExportQuery = z.strictObject({ bom: z.enum(['0', '1', 'true', 'false']).optional() });
const PrintQuery = z.strictObject({ lang: z.enum(['nl', 'fr', 'en']).optional() });

export interface RightsExplorerOptions {
  readonly today: Today;
  /** The built web app, whose page the PDF is made of. */
  readonly webRoot?: string | undefined;
  readonly renderer?: PdfRenderer;
}

function csvInvalid(issues: readonly CsvIssue[], lang: Language): never {
  throw new ApiError('invalid_input', {
    csvIssues: issues.map((i) => ({ line: i.line, column: i.column, field: i.field, code: i.code, message: describeCsvIssue(i, lang) })),
  });
}

function ownOrigin(app: FastifyInstance): string | null {
  const address = app.server.address();
  if (address === null || typeof address === 'string') return null;
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * The rechtenverkenner (issue 12, item 3; docs/family-support.md): the organisation's Flemish and
 * local rights per life domain, kept like the sociale kaart (everyone of the organisation reads
 * it, the beheerder changes it, CSV in and out, all or nothing), and per family where each
 * right stands, with dates, behind the case's access check. The family's own schema is printed
 * as a PDF from the web app's page, in the language the family reads.
 */
export const rightsExplorerRoutes: FastifyPluginAsync<RightsExplorerOptions> = async (app, options) => {
  const { db, cipher, readAudit, settings } = app.ctx;
  const renderer = options.renderer ?? createPdfRenderer();

  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: settings.importBodyLimit }, (_request, body, done) => { done(null, body); });

  app.get('/rights-explorer/rights', { schema: { tags: ['rights-explorer'] } }, async (request) => {
    const user = userOf(request);
    return { rights: await listExplorerRights(db, user.organisationId) };
  });

  app.post('/rights-explorer/rights', { schema: { tags: ['rights-explorer'], body: openApiSchema(ExplorerRightFieldsSchema) } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const right = ExplorerRightSchema.parse({ ...parseInput(ExplorerRightFieldsSchema, request.body), id: newId() }) as ExplorerRight;
    await db.transaction().execute(async (trx) => {
      await upsertExplorerRights(trx, user.organisationId, [right]);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'rights_explorer.create', target: right.id });
    });
    return reply.status(201).send(right);
  });

  app.put('/rights-explorer/rights/:rightId', { schema: { tags: ['rights-explorer'], body: openApiSchema(ExplorerRightFieldsSchema) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const { rightId } = parseInput(RightParams, request.params);
    const right = ExplorerRightSchema.parse({ ...parseInput(ExplorerRightFieldsSchema, request.body), id: rightId }) as ExplorerRight;
    await db.transaction().execute(async (trx) => {
      if (!(await findExplorerRight(trx, user.organisationId, rightId))) throw new ApiError('not_found');
      await upsertExplorerRights(trx, user.organisationId, [right]);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'rights_explorer.update', target: rightId });
    });
    return right;
  });

  app.delete('/rights-explorer/rights/:rightId', { schema: { tags: ['rights-explorer'] } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const { rightId } = parseInput(RightParams, request.params);
    await db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('explorer_rights').where('organisation_id', '=', user.organisationId).where('id', '=', rightId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'rights_explorer.delete', target: rightId });
    });
    return reply.status(204).send();
  });

  app.post('/rights-explorer/import', {
    bodyLimit: settings.importBodyLimit,
    schema: { tags: ['rights-explorer'], description: 'The rechtenverkenner as CSV: a text/csv body (UTF-8), or JSON { "csv": "..." }. All or nothing.' },
  }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['beheerder']);
    const input = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : parseInput(CsvJsonBody, request.body).csv;
    const imported = importExplorerRightsCsv(input);
    if (!imported.ok) csvInvalid(imported.issues, request.lang);
    const rights = imported.records.map(({ line: _line, id, ...fields }) => ExplorerRightSchema.parse({ ...fields, id: id ?? newId() }) as ExplorerRight);
    const counts = await db.transaction().execute(async (trx) => {
      const result = await upsertExplorerRights(trx, user.organisationId, rights);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'rights_explorer.import' });
      return result;
    });
    return { ...counts, ids: rights.map((r) => r.id) };
  });

  app.get('/rights-explorer/export', { schema: { tags: ['rights-explorer'], querystring: openApiSchema(ExportQuery) } }, async (request, reply) => {
    const user = userOf(request);
    const { bom } = parseInput(ExportQuery, request.query);
    const csv = exportExplorerRightsCsv(await listExplorerRights(db, user.organisationId), { bom: bom === '1' || bom === 'true' });
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="rechtenverkenner.csv"');
    return reply.send(csv);
  });

  app.get('/cases/:caseId/rights', { schema: { tags: ['rights-explorer'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const [rights, statuses] = await Promise.all([listExplorerRights(db, user.organisationId), listCaseRights(db, caseCipher, caseId)]);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'case_right.list', caseId });
    return { rights, statuses };
  });

  app.put('/cases/:caseId/rights/:rightId', { schema: { tags: ['rights-explorer'], body: openApiSchema(RightStatusChangeSchema) } }, async (request) => {
    const user = userOf(request);
    const { caseId, rightId } = parseInput(CaseRightParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const change = parseInput(RightStatusChangeSchema, request.body);
    return db.transaction().execute(async (trx) => {
      // A right that is not on this organisation's list is a wrong field, named like any other.
      if (!(await findExplorerRight(trx, user.organisationId, rightId))) invalid([issue('not_allowed', ['rightId'], { got: rightId })]);
      await requireRegistrationConsent(trx, caseId);
      const status = applyRightStatus(await findCaseRight(trx, caseCipher, caseId, rightId), rightId, change, options.today());
      await writeCaseRight(trx, caseCipher, caseId, status);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'case_right.update', caseId, target: rightId });
      return status;
    });
  });

  app.get('/cases/:caseId/rights-schema.pdf', {
    schema: { tags: ['rights-explorer'], querystring: openApiSchema(PrintQuery), description: 'The family’s own schema of rights per life domain as application/pdf, in `lang` (default: the request’s language). 503 when the server cannot render PDFs.' },
  }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { lang } = parseInput(PrintQuery, request.query);
    await findCase(db, user, caseId);
    const origin = ownOrigin(app);
    const token = request.cookies[SESSION_COOKIE];
    if (!options.webRoot || origin === null || !token) throw new ApiError('pdf_unavailable');
    const language = lang !== undefined && isLanguage(lang) ? lang : request.lang;
    const pdf = await renderer.render({ origin, path: `/#/dossiers/${encodeURIComponent(caseId)}/rechtenschema`, cookie: { name: SESSION_COOKIE, value: token }, language });
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'case_right.print', caseId });
    void reply.type('application/pdf').header('content-disposition', `attachment; filename="rechten-${caseId}.pdf"`);
    return reply.send(pdf);
  });
};
