import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { createAddressThrottle } from './auth/address-throttle.js';
import { auditDenied, isCaseRoute } from './store/denied-audit.js';
import { CSRF_HEADER, findSession, SESSION_COOKIE, sameHash, sha256 } from './auth/sessions.js';
import { DEFAULT_SETTINGS, type ServerSettings } from './config.js';
import type { AppContext } from './context.js';
import { createFieldCipher } from './crypto/field-cipher.js';
import type { Keyring } from './crypto/keyring.js';
import { dialectOf } from './db/dialect.js';
import type { Database } from './db/schema.js';
import { answerClientError, rememberLanguageOfSocket } from './http/client-error.js';
import { ApiError, errorBody } from './http/errors.js';
import { languageOf } from './http/language.js';
import { registerJsonParser } from './http/json-body.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { caseRoutes } from './routes/cases.js';
import { consentRoutes } from './routes/consents.js';
import { mapRoutes } from './routes/maps.js';
import { alterRoutes } from './routes/alters.js';
import { organisationRoutes } from './routes/organisations.js';
import { surveyRoutes } from './routes/surveys.js';
import { statsRoutes } from './routes/stats.js';
import { teamRoutes } from './routes/teams.js';
import { tieRoutes } from './routes/ties.js';
import { userRoutes } from './routes/users.js';
import { snapshotRoutes } from './routes/snapshots.js';
import { analysisRoutes } from './routes/analysis.js';
import { printRoutes } from './routes/print.js';
import { createPdfRenderer } from './print/pdf-renderer.js';
import { createReadAuditor } from './store/audit.js';
import { calendarToday, isKnownTimeZone, type Today } from './clock.js';
import { planRoutes } from './routes/plans.js';
import { attentionRoutes } from './routes/attention.js';
import { barrierRoutes } from './routes/barriers.js';
import { guideRoutes } from './routes/guide.js';
import { interopRoutes } from './routes/interop.js';
import { suggestionRoutes } from './routes/suggestions.js';
import { signalRoutes } from './routes/signals.js';
import { sevenBRoutes } from './routes/seven-bs.js';
import { coordinationRoutes } from './routes/coordination.js';
import { caseDataRoutes } from './routes/case-data.js';
import { socialMapRoutes } from './routes/social-map.js';
import { draftKeyRoutes } from './routes/draft-key.js';
import { familySupportRoutes } from './routes/family-support.js';
import { rightsExplorerRoutes } from './routes/rights-explorer.js';

export interface BuildAppOptions {
  readonly db: Kysely<Database>;
  readonly keyring: Keyring;
  readonly settings?: Partial<ServerSettings>;
  readonly logger?: FastifyServerOptions['logger'];
  /** The built web app (packages/web/dist): served at / with index.html for every other page. */
  readonly webRoot?: string | undefined;
  /** Runs when the app closes, after the waiting audit lines are written: closing the database, say. */
  readonly afterClose?: () => Promise<void>;
  /** Today's date (YYYY-MM-DD) for the plan rules; tests fix it. The server's local date by default. */
  readonly today?: Today;
}

/** For the web app's pages; the API sends JSON only and never runs in a page. */
export const PAGE_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** The web app's files that must never come from a cache unasked: the service worker and what registers it. */
export const UPDATE_CHECKED_FILES = /(?:^|[\\/])(?:sw\.js|registerSW\.js|manifest\.webmanifest|index\.html)$/;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A file of the build whose name carries its content hash (Vite's `assets/name-<hash>.js`). */
const HASHED_FILE = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(?:\.(?:br|gz))?$/;

/**
 * Hashed files never change under their name: cached for a year without asking again. Everything
 * else (index.html, which names the hashed files) is checked with the server on every visit.
 */
export function staticCacheControl(path: string): string {
  return HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The HTTP API as a Fastify instance that is not yet listening: tests use `inject`, the CLI calls
 * `listen` (and may register the web app's static files on it). Closing the instance flushes the
 * audit lines still waiting but leaves the database open: whoever opened it closes it.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  // Checked here too, not only in loadConfig: an unknown zone would otherwise fail only when a
  // plan is first read, as a 500.
  if (!isKnownTimeZone(settings.timeZone)) throw new Error(`settings.timeZone must be a time zone such as Europe/Brussels, got ${settings.timeZone}`);
  const today: Today = options.today ?? (() => calendarToday(settings.timeZone));
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: settings.bodyLimit,
    // Ids in URLs are short; anything longer is not ours.
    routerOptions: { maxParamLength: 200 },
    // Which proxies may name the client's address (X-Forwarded-For): NETWERKKRACHT_TRUST_PROXY.
    trustProxy: fastifyTrustProxy(settings.trustProxy),
    // A URL the router cannot even decode (bad %-encoding) still gets our error shape and language.
    frameworkErrors: (_error, request, reply) => {
      void (reply as unknown as FastifyReply).code(400).send(errorBody(new ApiError('bad_request'), languageOf(request.headers['accept-language'])));
    },
    // And a request Node's parser could not even read (bad request line, huge headers, bad chunks),
    // or that did not arrive in time (408 request_timeout).
    clientErrorHandler: answerClientError,
    requestTimeout: settings.requestTimeoutMs,
    http: {
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      // Node looks for requests over their time every 30 s by default: a quarter of the shortest
      // timeout, so one is answered at most 25% late.
      connectionsCheckingInterval: Math.min(30_000, Math.max(10, Math.floor(Math.min(settings.headersTimeoutMs, settings.requestTimeoutMs) / 4))),
    },
  });
  const ctx: AppContext = {
    db: options.db,
    dialect: dialectOf(options.db as unknown as Kysely<unknown>),
    cipher: createFieldCipher(options.keyring),
    settings,
    readAudit: createReadAuditor(options.db, settings.auditReadDelayMs, (error) => app.log.error({ err: error }, 'audit lines could not be written')),
    loginThrottle: createAddressThrottle(options.db, options.keyring, settings.loginAttemptsPerAddress),
  };
  app.decorate('ctx', ctx);
  app.decorateRequest('lang', 'nl');
  app.decorateRequest('session', null);
  // One hook, so the order is certain (Fastify runs separate onClose hooks last-added first): the
  // waiting audit lines are written, then whoever opened the database may close it.
  app.addHook('onClose', async () => {
    try {
      await ctx.readAudit.flush();
    } finally {
      await options.afterClose?.();
    }
  });

  // zod validates every input (with field-level, translated messages); the JSON Schemas on the
  // routes only document them. Fastify's own validator would answer in English and differently.
  app.setValidatorCompiler(() => () => true);
  app.removeContentTypeParser('text/plain');
  registerJsonParser(app);

  app.setErrorHandler(async (error: FastifyError | ApiError, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.status >= 500) request.log.error({ err: error }, 'request failed');
    // A signed-in user refused a case or map: audited (store/denied-audit.ts). The answer is the
    // same whatever is written, and a failure to write does not change it.
    const template = request.routeOptions.url;
    if ((apiError.status === 403 || apiError.status === 404) && request.session && template !== undefined && isCaseRoute(template)) {
      await auditDenied(ctx.db, request.session.user, { route: `${request.method} ${template}`, params: request.params as Record<string, unknown> })
        .catch((auditError: unknown) => request.log.error({ err: auditError }, 'a refusal could not be audited'));
    }
    return reply.status(apiError.status).send(errorBody(apiError, request.lang));
  });
  app.setNotFoundHandler((request, reply) => {
    // A page of the single-page app (e.g. /kaart/123 after a reload) gets index.html; a missing
    // file (a script of an older build) gets a plain 404, not a page the browser cannot run.
    const path = request.url.split('?')[0] ?? '';
    if (options.webRoot && request.method === 'GET' && !path.startsWith('/api') && !/\.[A-Za-z0-9]+$/.test(path)) {
      void reply.headers(PAGE_SECURITY_HEADERS).type('text/html').sendFile('index.html');
      return;
    }
    void reply.status(404).send(errorBody(new ApiError('not_found'), languageOf(request.headers['accept-language'])));
  });
  if (options.webRoot) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      wildcard: false,
      // The build puts .br and .gz copies beside its files (packages/web/build/precompress.ts):
      // sent as they are to a browser that accepts them, never compressed on a request.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) => {
        for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) res.setHeader(name, value);
        res.setHeader('cache-control', staticCacheControl(path));
      },
    });
  }

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Netwerkkracht API', version: '0.1.0', description: 'Networks of families: cases, maps, consent, analysis.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  app.addHook('onRequest', async (request) => {
    request.lang = languageOf(request.headers['accept-language']);
    rememberLanguageOfSocket(request.raw.socket, request.lang);
    const config = request.routeOptions.config;
    const route = request.routeOptions.url ?? request.url;
    if (config.public || !route.startsWith('/api/') || route.startsWith('/api/docs')) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await findSession(ctx.db, token) : null;
    if (!session) throw new ApiError('not_authenticated');
    if (!SAFE_METHODS.has(request.method)) {
      const csrf = request.headers[CSRF_HEADER];
      if (typeof csrf !== 'string' || csrf.length > 200 || !sameHash(sha256(csrf), session.csrfHash)) throw new ApiError('csrf_failed');
    }
    if (session.user.mustChangePassword && !config.allowDuringPasswordChange) throw new ApiError('password_change_required');
    request.session = session;
  });
  app.addHook('onSend', async (request, reply) => {
    // API answers hold personal data: never cached by a browser or proxy.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    // The service worker, its registration, the manifest and the page are asked again on every
    // visit: a cached one would keep an old version of the app in place (docs/offline.md).
    if (options.webRoot && !request.url.startsWith('/api') && (UPDATE_CHECKED_FILES.test(request.url.split('?')[0] ?? '') || reply.getHeader('content-type')?.toString().startsWith('text/html'))) {
      reply.header('cache-control', 'no-cache');
    }
    // The API documentation is a page (HTML, scripts, styles) like the web app's: the same guards.
    if (request.url === '/api/docs' || request.url.startsWith('/api/docs/') || request.url.startsWith('/api/docs?')) reply.headers(PAGE_SECURITY_HEADERS);
  });

  // One PDF renderer for every print-out: its queue keeps to one headless browser at a time.
  const pdfRenderer = createPdfRenderer();
  await app.register(async (api) => {
    // For process managers and `serve`'s readiness check: answers only when the database does.
    api.get('/health', { config: { public: true }, schema: { tags: ['health'] } }, async () => {
      await ctx.db.selectFrom('organisations').select('id').limit(1).execute();
      return { status: 'ok' };
    });
    await api.register(authRoutes, { prefix: '/auth' });
    await api.register(draftKeyRoutes);
    await api.register(organisationRoutes, { prefix: '/organisation' });
    await api.register(teamRoutes, { prefix: '/teams' });
    await api.register(userRoutes, { prefix: '/users' });
    await api.register(caseRoutes, { prefix: '/cases' });
    await api.register(consentRoutes);
    await api.register(mapRoutes);
    await api.register(snapshotRoutes);
    await api.register(alterRoutes);
    await api.register(tieRoutes);
    await api.register(analysisRoutes);
    await api.register(printRoutes, { webRoot: options.webRoot, renderer: pdfRenderer });
    await api.register(auditRoutes, { prefix: '/audit' });
    await api.register(statsRoutes, { prefix: '/stats' });
    await api.register(planRoutes, { today });
    await api.register(attentionRoutes, { today });
    await api.register(barrierRoutes, { today });
    await api.register(guideRoutes);
    await api.register(interopRoutes, { today });
    await api.register(suggestionRoutes);
    await api.register(socialMapRoutes, { prefix: '/social-map' });
    await api.register(familySupportRoutes, { today });
    await api.register(rightsExplorerRoutes, { today, webRoot: options.webRoot, renderer: pdfRenderer });
    await api.register(signalRoutes, { today });
    await api.register(sevenBRoutes, { today });
    await api.register(coordinationRoutes, { today });
    await api.register(caseDataRoutes, { webRoot: options.webRoot });
    await api.register(surveyRoutes, { today });
  }, { prefix: '/api' });

  return app;
}

/** Fastify's form of the setting: a hop count becomes the function Fastify itself would make of it. */
function fastifyTrustProxy(setting: ServerSettings['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting === false ? false : [...setting];
}

function toApiError(error: FastifyError | ApiError): ApiError {
  if (error instanceof ApiError) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return new ApiError('body_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return new ApiError('unsupported_media_type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return new ApiError('empty_body');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('malformed_json');
    // SQLite: another process held the write lock for longer than the wait (open-database.ts).
    case 'SQLITE_BUSY':
    case 'SQLITE_BUSY_SNAPSHOT':
      return new ApiError('database_busy');
    default:
      if (error instanceof SyntaxError) return new ApiError('malformed_json');
      if (error.statusCode === 400) return new ApiError('bad_request');
      if (error.statusCode === 413) return new ApiError('body_too_large');
      if (error.statusCode === 415) return new ApiError('unsupported_media_type');
      return new ApiError('internal');
  }
}
