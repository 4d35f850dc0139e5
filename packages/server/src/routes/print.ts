import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { findMap } from '../access/case-access.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { ApiError } from '../http/errors.js';
import { z } from 'zod';
import { calendarToday } from '../clock.js';
import { isLanguage } from '@netwerkkracht/core';
import { idParams, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { createPdfRenderer, type PdfRenderer } from '../print/pdf-renderer.js';

const MapParams = idParams('mapId');
/** `lang`: the language chosen in the app (a browser opening the PDF sends its own Accept-Language). */
/** `plan=1`: the family's version of the plan follows the map, when the family wants it on paper. */
const PrintQuery = z.strictObject({ lang: z.enum(['nl', 'fr', 'en']).optional(), plan: z.enum(['0', '1']).optional() });

/** What the file is, in the family's language: the file name says what and when (the date), never who. */
const FILE_WORD = { nl: 'netwerkkaart', fr: 'carte-du-reseau', en: 'network-map' } as const;

export interface PrintRouteOptions {
  /** The built web app; without it there is no print page to render. */
  readonly webRoot?: string | undefined;
  readonly renderer?: PdfRenderer;
}

/** The address this server listens on, as the headless browser reaches it (loopback for a wildcard). */
export function ownOrigin(app: FastifyInstance): string | null {
  const address = app.server.address();
  if (address === null || typeof address === 'string') return null;
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * The family's one-page print-out of a map as a PDF: the web app's print page rendered by headless
 * chromium with the requesting user's own session, so the page can show exactly what that user
 * may read. Who may print is who may read the map; every print is audited like a read.
 */
export const printRoutes: FastifyPluginAsync<PrintRouteOptions> = async (app, options) => {
  const { db, readAudit } = app.ctx;
  const renderer = options.renderer ?? createPdfRenderer();

  app.get('/maps/:mapId/print.pdf', {
    schema: { tags: ['maps'], description: 'The family’s one-page print-out of the map (working version) as application/pdf. 503 when the server cannot render PDFs.' },
  }, async (request, reply) => {
    const user = userOf(request);
    const { mapId } = parseInput(MapParams, request.params);
    const { caseId } = await findMap(db, user, mapId);
    const origin = ownOrigin(app);
    const token = request.cookies[SESSION_COOKIE];
    if (!options.webRoot || origin === null || !token) throw new ApiError('pdf_unavailable');
    const { lang, plan } = parseInput(PrintQuery, request.query);
    const language = lang ?? (isLanguage(request.lang) ? request.lang : 'nl');
    const pdf = await renderer.render({ origin, path: `/#/afdruk/${encodeURIComponent(mapId)}${plan === '1' ? `/gezinsplan/${encodeURIComponent(caseId)}` : ''}`, cookie: { name: SESSION_COOKIE, value: token }, language });
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'map.print', caseId, target: mapId });
    const day = calendarToday(app.ctx.settings.timeZone);
    void reply.type('application/pdf').header('content-disposition', `attachment; filename="${FILE_WORD[language]}-${day}.pdf"`);
    return reply.send(pdf);
  });

  /** The zorgkracht survey on paper (docs/survey.md): the web app's paper form, in the reader's language. */
  app.get('/surveys/paper-form.pdf', {
    schema: { tags: ['surveys'], description: 'The survey\'s paper form as application/pdf. 503 when the server cannot render PDFs.' },
  }, async (request, reply) => {
    userOf(request);
    const origin = ownOrigin(app);
    const token = request.cookies[SESSION_COOKIE];
    if (!options.webRoot || origin === null || !token) throw new ApiError('pdf_unavailable');
    const pdf = await renderer.render({ origin, path: '/#/vragenlijst/papier', cookie: { name: SESSION_COOKIE, value: token }, language: request.lang });
    void reply.type('application/pdf').header('content-disposition', 'attachment; filename="vragenlijst-zorgkracht.pdf"');
    return reply.send(pdf);
  });
};
