import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { DEFAULT_MAP_LIMITS, MAP_LIMIT_CEILINGS, type MapLimits } from '@netwerkkracht/core';
import { DEFAULT_TIME_ZONE, isKnownTimeZone } from './clock.js';
import { autoWorkers } from './worker-count.js';
import type { DatabaseConfig } from './db/open-database.js';

/** The rules the server enforces; every one has a safe default and may be tuned per deployment. */
export interface ServerSettings {
  /** Set the Secure flag on the session cookie (behind https). */
  readonly secureCookies: boolean;
  /** Largest JSON body in bytes for ordinary requests. */
  readonly bodyLimit: number;
  /**
   * Largest JSON body for a whole map document (import, "save all"); by default derived from
   * `mapLimits` (importBodyLimitFor), so a map within the limits always fits.
   */
  readonly importBodyLimit: number;
  /**
   * The biggest map the server stores: people and ties per snapshot, snapshots per map
   * (NETWERKKRACHT_MAX_PEOPLE, NETWERKKRACHT_MAX_TIES, NETWERKKRACHT_MAX_SNAPSHOTS; defaults 300, 3,000, 100).
   */
  readonly mapLimits: MapLimits;
  readonly sessionHours: number;
  /** Failed logins in a row before the account is locked for `lockoutMinutes`. */
  readonly maxFailedLogins: number;
  readonly lockoutMinutes: number;
  /** Login attempts per client address per 15 minutes, whatever the account. */
  readonly loginAttemptsPerAddress: number;
  /** argon2id cost; the defaults follow OWASP's minimum (19 MiB, 2 passes). */
  readonly passwordHashing: { readonly memoryCost: number; readonly timeCost: number; readonly parallelism: number };
  /** Aggregates for research: a count below this is suppressed. */
  readonly smallCellThreshold: number;
  /**
   * Audit lines of reads are written in small batches after this many milliseconds, so a read does
   * not wait for a disk flush; 0 writes each line before the response. Changes are always logged in
   * the same transaction as the change itself.
   */
  readonly auditReadDelayMs: number;
  /** The time zone whose calendar says what "today" is for due dates (NETWERKKRACHT_TIME_ZONE). */
  readonly timeZone: string;
  /**
   * Which reverse proxies may tell the client's address in X-Forwarded-For (NETWERKKRACHT_TRUST_PROXY):
   * false (none, the default), the number of proxies in front, or their addresses/CIDR ranges. The
   * login throttle counts per client address, so behind a proxy it must be set.
   */
  readonly trustProxy: false | number | readonly string[];
  /**
   * A client that has not sent all of its request headers this many milliseconds after it started
   * gets 408 `request_timeout` in the API's error shape and the connection is closed, so slowly
   * dripped headers cannot hold connections open (Node's default, 60 s).
   */
  readonly headersTimeoutMs: number;
  /** The same for the whole request, body included: long enough for the biggest import over a slow line. */
  readonly requestTimeoutMs: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  secureCookies: false,
  bodyLimit: 1024 * 1024,
  importBodyLimit: importBodyLimitFor(DEFAULT_MAP_LIMITS),
  mapLimits: DEFAULT_MAP_LIMITS,
  sessionHours: 10,
  maxFailedLogins: 5,
  lockoutMinutes: 15,
  loginAttemptsPerAddress: 50,
  passwordHashing: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  smallCellThreshold: 5,
  auditReadDelayMs: 25,
  timeZone: DEFAULT_TIME_ZONE,
  trustProxy: false,
  headersTimeoutMs: 60_000,
  requestTimeoutMs: 300_000,
};

export interface ServerConfig {
  readonly port: number;
  /** Processes that answer requests (NETWERKKRACHT_WORKERS; `auto`: one per core, at most 4). See cluster.ts. */
  readonly workers: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly keyFile: string;
  readonly settings: ServerSettings;
}

/** The configuration from the environment, with files under ./data by default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const dataDir = resolve(cwd, env.NETWERKKRACHT_DATA_DIR ?? 'data');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const timeZone = env.NETWERKKRACHT_TIME_ZONE || DEFAULT_TIME_ZONE;
  if (!isKnownTimeZone(timeZone)) throw new Error(`NETWERKKRACHT_TIME_ZONE must be a time zone such as Europe/Brussels, got ${timeZone}`);
  const trustProxy = parseTrustProxy(env.NETWERKKRACHT_TRUST_PROXY ?? '');
  if (trustProxy === null) {
    throw new Error(`NETWERKKRACHT_TRUST_PROXY must be off, a number of proxies from 1 to ${MAX_PROXY_HOPS}, or a comma-separated list of addresses or CIDR ranges (such as 10.0.0.1,192.168.0.0/16), got ${env.NETWERKKRACHT_TRUST_PROXY}`);
  }
  const workers = parseWorkers(env.NETWERKKRACHT_WORKERS ?? 'auto');
  if (workers === null) throw new Error(`NETWERKKRACHT_WORKERS must be auto or a whole number from 1 to ${MAX_WORKERS}, got ${env.NETWERKKRACHT_WORKERS}`);
  return {
    port,
    workers,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    database: {
      databaseUrl: env.DATABASE_URL || undefined,
      poolSize: env.DATABASE_POOL_SIZE ? positiveInteger(env.DATABASE_POOL_SIZE, 'DATABASE_POOL_SIZE') : undefined,
      sqliteFile: env.NETWERKKRACHT_SQLITE_FILE ? resolve(cwd, env.NETWERKKRACHT_SQLITE_FILE) : join(dataDir, 'netwerkkracht.sqlite'),
    },
    keyFile: env.NETWERKKRACHT_KEY_FILE ? resolve(cwd, env.NETWERKKRACHT_KEY_FILE) : join(dataDir, 'netwerkkracht.key'),
    settings: { ...DEFAULT_SETTINGS, secureCookies: env.NETWERKKRACHT_SECURE_COOKIES === '1', timeZone, trustProxy, ...mapLimitSettings(env) },
  };
}

/**
 * The body limit for whole map documents that fits every map within `limits`: 400 bytes per
 * person (a person with a name, role, note and every code takes about 350 in JSON) and 24 per tie,
 * plus 1 MiB for the envelope, the ego and the snapshots' own fields. 19 MB for the defaults.
 */
export function importBodyLimitFor(limits: MapLimits): number {
  return limits.maxSnapshots * (limits.maxPeoplePerSnapshot * 400 + limits.maxTiesPerSnapshot * 24) + 1024 * 1024;
}

const LIMIT_VARIABLES = {
  maxPeoplePerSnapshot: 'NETWERKKRACHT_MAX_PEOPLE',
  maxSnapshots: 'NETWERKKRACHT_MAX_SNAPSHOTS',
  maxTiesPerSnapshot: 'NETWERKKRACHT_MAX_TIES',
} as const satisfies Record<keyof MapLimits, string>;

/** The map limits from the environment (each from 1 up to the format's ceiling) and the body limit they imply. */
export function mapLimitSettings(env: NodeJS.ProcessEnv): Pick<ServerSettings, 'mapLimits' | 'importBodyLimit'> {
  const limits = { ...DEFAULT_MAP_LIMITS };
  for (const [key, name] of Object.entries(LIMIT_VARIABLES) as [keyof MapLimits, string][]) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    const value = Number(text);
    const ceiling = MAP_LIMIT_CEILINGS[key];
    if (!/^\d+$/.test(text.trim()) || value < 1 || value > ceiling) throw new Error(`${name} must be a whole number from 1 to ${ceiling}, got ${text}`);
    limits[key] = value;
  }
  return { mapLimits: limits, importBodyLimit: importBodyLimitFor(limits) };
}

export const MAX_WORKERS = 64;
export const MAX_PROXY_HOPS = 10;

/**
 * `off` (or empty), a number of proxy hops, or a comma-separated list of IPv4/IPv6 addresses and
 * CIDR ranges; null when the text is none of these. `true` (trust any sender) is not accepted:
 * anyone could then choose the address the login throttle counts.
 */
export function parseTrustProxy(text: string): ServerSettings['trustProxy'] | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'off') return false;
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return hops >= 1 && hops <= MAX_PROXY_HOPS ? hops : null;
  }
  const entries = trimmed.split(',').map((e) => e.trim());
  return entries.every(isAddressOrRange) ? entries : null;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** `auto` or a whole number of worker processes; null when the text is neither. */
export function parseWorkers(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === 'auto') return autoWorkers();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_WORKERS ? value : null;
}

function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 1000) throw new Error(`${name} must be a whole number from 1 to 1000, got ${text}`);
  return value;
}
