import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ApiError, errorBody, type ApiErrorCode } from './errors.js';
import { languageOf } from './language.js';

/** What Node's HTTP parser reports about a request it could not read (the `clientError` event). */
interface ClientError extends Error {
  readonly code?: string;
  /** The bytes received so far: a Buffer from Node (Fastify's types describe its JSON form). */
  readonly rawPacket?: unknown;
}

function codeOf(error: ClientError): ApiErrorCode {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW': return 'headers_too_large';
    case 'ERR_HTTP_REQUEST_TIMEOUT': return 'request_timeout';
    default: return 'bad_request';
  }
}

type Language = ReturnType<typeof languageOf>;
const LANGUAGE = Symbol('language of the request on this connection');

/**
 * Notes the language of a request whose headers were read, on its connection: if its body then
 * does not arrive in time, the 408 answer (which has no bytes of the request to look at) uses it.
 */
export function rememberLanguageOfSocket(socket: Socket | null | undefined, language: Language): void {
  if (socket) (socket as Socket & { [LANGUAGE]?: Language })[LANGUAGE] = language;
}

/**
 * The language of a request the parser refused: its Accept-Language line, if the bytes that
 * arrived hold one (only the first few kilobytes are looked at); for a timeout, which comes
 * without them, the language of the request whose headers were read on this connection; else Dutch.
 */
function languageOfRaw(raw: unknown, socket: Socket): Language {
  if (!Buffer.isBuffer(raw)) return (socket as Socket & { [LANGUAGE]?: Language })[LANGUAGE] ?? 'nl';
  const head = raw.subarray(0, 8192).toString('latin1');
  const line = /^accept-language:[ \t]*([^\r\n]{0,200})/im.exec(head);
  return languageOf(line?.[1]);
}

/**
 * Answers a request Node's own parser refused (a malformed request line, headers too large, bad
 * chunked encoding, a request that did not arrive in time) in the API's error shape and the
 * client's language, instead of Fastify's English default; then closes the connection, since
 * what follows on it cannot be trusted to start a new request.
 */
export function answerClientError(error: ClientError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const apiError = new ApiError(codeOf(error));
    const body = JSON.stringify(errorBody(apiError, languageOfRaw(error.rawPacket, socket)));
    socket.write([
      `HTTP/1.1 ${apiError.status} ${STATUS_CODES[apiError.status] ?? 'Error'}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      'cache-control: no-store',
      'x-content-type-options: nosniff',
      'connection: close',
      '',
      body,
    ].join('\r\n'));
  }
  socket.destroy();
}
