import type { FastifyPluginAsync } from 'fastify';
import { findCase } from '../access/case-access.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { ApiError } from '../http/errors.js';
import { idParams, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { createPdfRenderer, type PdfRenderer } from '../print/pdf-renderer.js';
import { ownOrigin } from './print.js';

const CaseParams = idParams('caseId');

/**
 * The family's data as a readable PDF (issue 12, item 7: the right of access): the web app's
 * `#/gegevens/<caseId>` page, which shows the JSON export (`GET /api/cases/:id/export`) in plain
 * language, rendered by headless chromium with the requesting user's own session, as the map's
 * print-out is. Who may read the case may download it; audited as `case.export_pdf`.
 */
export const caseDataRoutes: FastifyPluginAsync<{ webRoot?: string | undefined; renderer?: PdfRenderer }> = async (app, options) => {
  const { db, readAudit } = app.ctx;
  const renderer = options.renderer ?? createPdfRenderer();

  app.get('/cases/:caseId/export.pdf', {
    schema: { tags: ['cases'], description: 'Everything the case holds as a readable PDF (application/pdf). 503 when the server cannot render PDFs.' },
  }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    await findCase(db, user, caseId);
    const origin = ownOrigin(app);
    const token = request.cookies[SESSION_COOKIE];
    if (!options.webRoot || origin === null || !token) throw new ApiError('pdf_unavailable');
    const pdf = await renderer.render({ origin, path: `/#/gegevens/${encodeURIComponent(caseId)}`, cookie: { name: SESSION_COOKIE, value: token }, language: request.lang });
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'case.export_pdf', caseId });
    void reply.type('application/pdf').header('content-disposition', `attachment; filename="gegevens-${caseId}.pdf"`);
    return reply.send(pdf);
  });
};
