import type { Kysely } from 'kysely';
import type { AuthUser } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import { auditInTransaction } from './audit.js';

/**
 * Refused access to case content (a 403 or 404 on a case or map route for a signed-in user) is
 * written to the audit log as `access.denied`, with the route template and, as target, only the
 * case or map id when it is one of the organisation's own (an id the user typed or guessed, a
 * name, another organisation's id is not written). At most DENIED_LINES_PER_WINDOW lines per user
 * per window, counted in the database (one upsert), so the limit holds across worker processes
 * and servers; the first refusal over the limit writes one `access.denied_limit` line, later ones
 * nothing until the window ends.
 */
export const DENIED_LINES_PER_WINDOW = 30;
export const DENIED_WINDOW_MS = 10 * 60_000;

export interface DeniedRequest {
  /** `GET /api/maps/:mapId`: the method and the route template. */
  readonly route: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Routes whose refusals are audited: everything about a case and its maps. */
export function isCaseRoute(template: string): boolean {
  return template === '/api/cases' || template.startsWith('/api/cases/') || template.startsWith('/api/maps/');
}

/** The case and map of this organisation the request named, if any (one indexed query). */
async function ownIds(db: Kysely<Database>, user: AuthUser, params: DeniedRequest['params']): Promise<{ caseId: string | null; mapId: string | null }> {
  const mapId = typeof params.mapId === 'string' ? params.mapId : null;
  const caseId = typeof params.caseId === 'string' ? params.caseId : null;
  if (mapId !== null) {
    const row = await db.selectFrom('maps').innerJoin('cases', 'cases.id', 'maps.case_id').select(['maps.id', 'maps.case_id'])
      .where('maps.id', '=', mapId).where('cases.organisation_id', '=', user.organisationId).executeTakeFirst();
    return { caseId: row?.case_id ?? null, mapId: row?.id ?? null };
  }
  if (caseId !== null) {
    const row = await db.selectFrom('cases').select('id').where('id', '=', caseId).where('organisation_id', '=', user.organisationId).executeTakeFirst();
    return { caseId: row?.id ?? null, mapId: null };
  }
  return { caseId: null, mapId: null };
}

export async function auditDenied(db: Kysely<Database>, user: AuthUser, request: DeniedRequest, now: number = Date.now()): Promise<void> {
  const expired = now - DENIED_WINDOW_MS;
  const counted = await db.insertInto('denied_audit_budget')
    .values({ user_id: user.id, window_start: now, lines: 1 })
    .onConflict((oc) => oc.column('user_id').doUpdateSet((eb) => ({
      lines: eb.case().when('denied_audit_budget.window_start', '<=', expired).then(1).else(eb('denied_audit_budget.lines', '+', 1)).end(),
      window_start: eb.case().when('denied_audit_budget.window_start', '<=', expired).then(now).else(eb.ref('denied_audit_budget.window_start')).end(),
    })))
    .returning('lines')
    .executeTakeFirstOrThrow();
  const lines = Number(counted.lines);
  if (lines > DENIED_LINES_PER_WINDOW + 1) return;
  const base = { organisationId: user.organisationId, userId: user.id, outcome: 'denied' as const, route: request.route };
  if (lines === DENIED_LINES_PER_WINDOW + 1) {
    await auditInTransaction(db, { ...base, action: 'access.denied_limit' });
    return;
  }
  const own = await ownIds(db, user, request.params);
  await auditInTransaction(db, { ...base, action: 'access.denied', caseId: own.caseId, target: own.mapId ?? own.caseId });
}
