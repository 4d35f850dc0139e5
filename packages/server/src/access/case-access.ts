import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { AuthUser } from '../auth/sessions.js';
import type { CasesTable, Database, MapsTable } from '../db/schema.js';
import { ApiError } from '../http/errors.js';

/**
 * Who may see a case (domain.md section 1), decided on the server for every record:
 * - begeleider: the cases they own and the cases shared with them;
 * - coach: the cases of their team, plus their own and those shared with them;
 * - beheerder: no case content (they manage users, teams and settings and read the audit log);
 * - onderzoeker: no case at all, only suppressed aggregates (/api/stats).
 * A case the user may not see answers 404, exactly like a case that does not exist, whether it
 * belongs to their organisation or to another one.
 */
export function caseVisibleTo(user: AuthUser) {
  return (eb: ExpressionBuilder<Database, 'cases'>) => {
    if (user.role !== 'begeleider' && user.role !== 'coach') return sql<boolean>`1 = 0`;
    const sharedWithUser = eb.exists(
      eb.selectFrom('case_shares').select('case_shares.case_id')
        .whereRef('case_shares.case_id', '=', 'cases.id').where('case_shares.user_id', '=', user.id),
    );
    const mine = [eb('cases.owner_id', '=', user.id), sharedWithUser];
    if (user.role === 'coach' && user.teamId !== null) mine.push(eb('cases.team_id', '=', user.teamId));
    return eb.and([eb('cases.organisation_id', '=', user.organisationId), eb.or(mine)]);
  };
}

export function canWorkWithCases(user: AuthUser): boolean {
  return user.role === 'begeleider' || user.role === 'coach';
}

export async function findCase(db: Kysely<Database>, user: AuthUser, caseId: string): Promise<Selectable<CasesTable>> {
  const row = await db.selectFrom('cases').selectAll().where('cases.id', '=', caseId).where(caseVisibleTo(user)).executeTakeFirst();
  if (!row) throw new ApiError('not_found');
  return row;
}

/**
 * Managing a case itself (sharing it, erasing it) belongs to its owner and, for a team case, the
 * team's coach; someone the case is shared with may work on the map but not hand it on.
 */
export function canManageCase(user: AuthUser, row: Selectable<CasesTable>): boolean {
  return row.owner_id === user.id || (user.role === 'coach' && user.teamId !== null && row.team_id === user.teamId);
}

export async function findMap(db: Kysely<Database>, user: AuthUser, mapId: string): Promise<{ map: Selectable<MapsTable>; caseId: string }> {
  const map = await db.selectFrom('maps').innerJoin('cases', 'cases.id', 'maps.case_id')
    .selectAll('maps')
    .where('maps.id', '=', mapId).where(caseVisibleTo(user)).executeTakeFirst();
  if (!map) throw new ApiError('not_found');
  return { map, caseId: map.case_id };
}
