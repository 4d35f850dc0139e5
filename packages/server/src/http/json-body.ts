import { jsonErrorOffset, notJsonIssue } from '@netwerkkracht/core';
import type { FastifyInstance } from 'fastify';
import { JsonText } from '../documents/json-text.js';
import { ApiError } from './errors.js';

/**
 * JSON bodies: Fastify's own parser (which refuses `__proto__` and `constructor.prototype`), with
 * two changes. Text that is not JSON is answered with the line and column where it goes wrong
 * (Node 20's JSON.parse does not always say). A route marked `documentBody` gets the text itself
 * (JsonText), to parse a big map document off the event loop (documents/document-parser.ts).
 */
export function registerJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (request.routeOptions.config.documentBody && text !== '') {
      done(null, new JsonText(text));
      return;
    }
    parseJson(request, text, (error, value) => {
      if (error && text !== '' && jsonErrorOffset(text) !== -1) done(new ApiError('malformed_json', { issues: [notJsonIssue(text)] }), undefined);
      else done(error, value);
    });
  });
}
