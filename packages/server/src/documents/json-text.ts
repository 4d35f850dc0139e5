/**
 * The body of a route that takes a whole map document (config `documentBody`), handed over as
 * the text it came as: a big one is parsed off the event loop (document-parser.ts), not by
 * Fastify's JSON parser on it.
 */
export class JsonText {
  constructor(readonly text: string) {}
}
