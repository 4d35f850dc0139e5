import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Selectable, Transaction } from 'kysely';
import { findMap } from '../access/case-access.js';
import type { AppContext } from '../context.js';
import { caseCipherFrom } from '../crypto/case-keys.js';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { Database, MapsTable } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { expectedVersion, userOf } from '../http/route-helpers.js';
import { auditInTransaction } from './audit.js';
import { hasActiveConsent } from './case-store.js';
import { claimVersion } from './map-store.js';
import { refreshMapSummaries } from './summary-store.js';

export interface MapWriteScope {
  readonly trx: Transaction<Database>;
  /** The map row as it is after the version was claimed (inside the transaction). */
  readonly map: Selectable<MapsTable>;
  readonly caseId: string;
  readonly version: number;
  /** The cipher of the case's fields. */
  readonly cipher: CaseCipher;
}

/**
 * Every change of a map's content goes through here: the case must be visible to the user, the
 * family's registration consent must stand, the change must be based on the current version
 * (If-Match), and the change, the new version and its audit line commit together or not at all.
 * The new version is sent back in the ETag header.
 */
export async function writeMap<T>(
  ctx: AppContext, request: FastifyRequest, reply: FastifyReply, mapId: string,
  audit: { action: string; target?: string },
  change: (scope: MapWriteScope) => Promise<T>,
): Promise<{ result: T; version: number }> {
  const user = userOf(request);
  const { caseId, caseKey } = await findMap(ctx.db, user, mapId);
  const cipher = caseCipherFrom(ctx.cipher, caseKey);
  const expected = expectedVersion(request);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    await requireRegistrationConsent(trx, caseId);
    const version = await claimVersion(trx, mapId, expected);
    const map = await trx.selectFrom('maps').selectAll().where('id', '=', mapId).executeTakeFirstOrThrow();
    const result = await change({ trx, map, caseId, version, cipher });
    // The organisation report's rows follow every change, in the same transaction.
    await refreshMapSummaries(trx, map);
    await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: audit.action, caseId, target: audit.target ?? mapId });
    return { result, version };
  });
  void reply.header('etag', `"${outcome.version}"`);
  return outcome;
}

export async function requireRegistrationConsent(trx: Transaction<Database>, caseId: string): Promise<void> {
  if (!(await hasActiveConsent(trx, caseId, 'registratie'))) throw new ApiError('consent_required');
}
