import type { Language } from '@netwerkkracht/core';
import type { Kysely } from 'kysely';
import type { AddressThrottle } from './auth/address-throttle.js';
import type { Session } from './auth/sessions.js';
import type { ServerSettings } from './config.js';
import type { FieldCipher } from './crypto/field-cipher.js';
import type { DialectName } from './db/dialect.js';
import type { Database } from './db/schema.js';
import type { ReadAuditor } from './store/audit.js';

/** What every route plugin works with, decorated on the Fastify instance as `ctx`. */
export interface AppContext {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly cipher: FieldCipher;
  readonly settings: ServerSettings;
  readonly readAudit: ReadAuditor;
  readonly loginThrottle: AddressThrottle;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    lang: Language;
    session: Session | null;
  }
  interface FastifyContextConfig {
    /** The route needs no session (login, the API documentation). */
    public?: boolean;
    /** The route is allowed while the user still has to replace a one-time password. */
    allowDuringPasswordChange?: boolean;
    /** The body is a whole map document: handed to the route as its text (JsonText), parsed off the event loop when big. */
    documentBody?: boolean;
  }
}
