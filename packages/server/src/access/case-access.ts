import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { AuthUser } from '../auth/sessions.js';
import type { CasesTable, Database, MapsTable } from '../db/schema.js';
import type { NetworkMap } from '@netwerkkracht/core';
import { caseCipherFrom } from '../crypto/case-keys.js';
import type { CaseCipher, FieldCipher } from '../crypto/field-cipher.js';
import { dialectOf } from '../db/dialect.js';
import { runPrepared } from '../db/prepared.js';
import { assembleMap, mapContentSelections, mapContentShape, mapForAnswer, readBigMapParts, type MapContent } from '../store/map-store.js';
import type { StreamedMap } from '../documents/streamed-map.js';
import { ApiError } from '../http/errors.js';

/**
 * Who may see a case (domain.md section 1), decided on the server for every record:
 * - begeleider: the cases they own and the cases shared with them;
 * - coach: the cases of their team, plus their own and those shared with them;
 * - beheerder: no case content (they manage users, teams and settings and read the audit log);
 * - onderzoeker: no case at all, only suppressed aggregates (/api/stats/organisation).
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

/**
 * The values `caseVisibleTo` binds, and the parts of the user that change its SQL: the access
 * check runs on every request, so its query is compiled once per shape (db/prepared.ts).
 */
function visibilityShape(user: AuthUser): { shape: string; args: string[]; as: (values: readonly string[]) => AuthUser } {
  const withTeam = user.role === 'coach' && user.teamId !== null;
  return {
    shape: `${user.role}:${withTeam ? 'team' : 'own'}`,
    args: [user.organisationId, user.id, ...(withTeam ? [user.teamId as string] : [])],
    as: ([organisationId, id, teamId]) => ({ ...user, organisationId: organisationId as string, id: id as string, teamId: withTeam ? teamId as string : user.teamId }),
  };
}

/** A visible case's row, with its wrapped data key (`case_key`, read in the same query). */
export type CaseRow = Selectable<CasesTable> & { readonly case_key: string | null };

export async function findCase(db: Kysely<Database>, user: AuthUser, caseId: string): Promise<CaseRow> {
  if (!canWorkWithCases(user)) throw new ApiError('not_found');
  const visible = visibilityShape(user);
  const [row] = await runPrepared(db, `findCase:${visible.shape}`, [caseId, ...visible.args], (d, [id, ...rest]) =>
    d.selectFrom('cases').leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
      .selectAll('cases').select('case_keys.key_enc as case_key')
      .where('cases.id', '=', id as string).where(caseVisibleTo(visible.as(rest))));
  if (!row) throw new ApiError('not_found');
  return row;
}

/** findCase and the cipher of the case's fields (its key unwrapped once). */
export async function findCaseWithCipher(db: Kysely<Database>, cipher: FieldCipher, user: AuthUser, caseId: string): Promise<{ row: CaseRow; cipher: CaseCipher }> {
  const row = await findCase(db, user, caseId);
  return { row, cipher: caseCipherFrom(cipher, row.case_key) };
}

/**
 * Managing a case itself (sharing it, erasing it) belongs to its owner and, for a team case, the
 * team's coach; someone the case is shared with may work on the map but not hand it on.
 */
export function canManageCase(user: AuthUser, row: Selectable<CasesTable>): boolean {
  return row.owner_id === user.id || (user.role === 'coach' && user.teamId !== null && row.team_id === user.teamId);
}

/** A visible map's row, with the wrapped data key of its case (`caseKey`, read in the same query). */
export async function findMap(db: Kysely<Database>, user: AuthUser, mapId: string): Promise<{ map: Selectable<MapsTable>; caseId: string; caseKey: string | null }> {
  if (!canWorkWithCases(user)) throw new ApiError('not_found');
  const visible = visibilityShape(user);
  const [found] = await runPrepared(db, `findMap:${visible.shape}`, [mapId, ...visible.args], (d, [id, ...rest]) =>
    d.selectFrom('maps').innerJoin('cases', 'cases.id', 'maps.case_id').leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
      .selectAll('maps').select('case_keys.key_enc as case_key')
      .where('maps.id', '=', id as string).where(caseVisibleTo(visible.as(rest))));
  if (!found) throw new ApiError('not_found');
  const { case_key: caseKey, ...map } = found;
  return { map, caseId: map.case_id, caseKey };
}

/**
 * findMap and readMap in one query, for the reads every screen makes (the map, its analysis): the
 * access check, the case's wrapped key and the content come back together, so a map the user may
 * not see is not read at all and answers 404 like a missing one. The case key is unwrapped once
 * for the whole map (with `cipher` null, for analyses without names, not at all).
 */
export async function findMapWithContent(
  db: Kysely<Database>, user: AuthUser, mapId: string, cipher: FieldCipher | null, only?: readonly string[],
): Promise<{ map: NetworkMap; row: Selectable<MapsTable>; caseId: string }> {
  const { caseCipher, row, content } = await findMapContent(db, user, mapId, cipher, only);
  return { map: await assembleMap(caseCipher, row, content), row, caseId: row.case_id };
}

/**
 * findMapWithContent for `GET /api/maps/:mapId` and its export (`/export`): a big map comes as a
 * StreamedMap whose snapshots are made while the answer is sent (documents/map-answer.ts), so its
 * 30,000 people are never all in memory at once.
 */
export async function findMapForAnswer(
  db: Kysely<Database>, user: AuthUser, mapId: string, cipher: FieldCipher,
): Promise<{ map: NetworkMap | StreamedMap; row: Selectable<MapsTable>; caseId: string }> {
  const { caseCipher, row, content } = await findMapContent(db, user, mapId, cipher);
  return { map: await mapForAnswer(caseCipher, row, content), row, caseId: row.case_id };
}

async function findMapContent(
  db: Kysely<Database>, user: AuthUser, mapId: string, cipher: FieldCipher | null, only?: readonly string[],
): Promise<{ caseCipher: CaseCipher | null; row: Selectable<MapsTable>; content: MapContent }> {
  if (!canWorkWithCases(user)) throw new ApiError('not_found');
  const visible = visibilityShape(user);
  const dialect = dialectOf(db);
  const visibleCount = visible.args.length;
  const [found] = await runPrepared(db, `findMapWithContent:${visible.shape}:${mapContentShape(cipher, only)}`, [mapId, ...visible.args, ...(only ?? [])], (d, [id, ...rest]) =>
    d.selectFrom('maps').innerJoin('cases', 'cases.id', 'maps.case_id').leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
      .selectAll('maps').select('case_keys.key_enc as case_key')
      .select(mapContentSelections(d, dialect, cipher, id as string, only === undefined ? undefined : rest.slice(visibleCount)))
      .where('maps.id', '=', id as string).where(caseVisibleTo(visible.as(rest.slice(0, visibleCount)))));
  if (!found) throw new ApiError('not_found');
  const { snapshots, alters, support, ties, case_key: caseKey, ...first } = found;
  const caseCipher = cipher === null ? null : caseCipherFrom(cipher, caseKey);
  const { row, content } = await readBigMapParts(db, dialect, caseCipher, first, { snapshots, alters, support, ties }, only);
  return { caseCipher, row, content };
}
