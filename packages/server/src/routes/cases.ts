import { CaseMemberSchema, nameTextSchema, PersonIdSchema, type CaseMember } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { canManageCase, canWorkWithCases, caseVisibleTo, findCase, findCaseWithCipher } from '../access/case-access.js';
import { caseCipherFrom, insertCaseKey } from '../crypto/case-keys.js';
import { wipeErasedPages } from '../db/wipe.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, IdParam, requireRole, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { eraseCase, hasActiveConsent, readMembers, writeMembers } from '../store/case-store.js';
import { exportCase } from '../store/case-export.js';
import { newId, nowIso } from '../store/ids.js';
import { IdRenamer, newOpaqueId } from '../store/opaque-ids.js';

const MemberInput = CaseMemberSchema.extend({ personId: PersonIdSchema.optional() });
const CaseName = nameTextSchema(200);
const CaseCreate = z.strictObject({ name: CaseName, members: z.array(MemberInput).max(30).default([]) });
const CasePatch = z.strictObject({ name: CaseName.optional(), members: z.array(MemberInput).max(30).optional() });
const CaseParams = idParams('caseId');
const ShareParams = idParams('caseId', 'userId');
const ShareBody = z.strictObject({ userId: IdParam });

/** Members with opaque person ids: a name-like one ("samira") gets a fresh id, the same for each repeat. */
function withPersonIds(members: readonly z.output<typeof MemberInput>[]): CaseMember[] {
  const persons = new IdRenamer();
  return members.map((m) => ({ ...m, personId: m.personId === undefined ? newOpaqueId() : persons.id(m.personId) }) as CaseMember);
}

function uniquePersonIds(members: readonly CaseMember[]): void {
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.personId)) throw new ApiError('invalid_input', { issues: [{ severity: 'error', path: ['members', i, 'personId'], code: 'duplicate_id', params: { id: m.personId } }] });
    seen.add(m.personId);
  });
}

/**
 * Cases (households with members) and who they are shared with. Creating a case needs no consent
 * yet: consent is recorded on the case, and only network data (maps) needs it.
 */
export const caseRoutes: FastifyPluginAsync = async (app) => {
  const { db, cipher, readAudit } = app.ctx;

  app.get('/', { schema: { tags: ['cases'] } }, async (request) => {
    const user = userOf(request);
    if (!canWorkWithCases(user)) return { cases: [] };
    const rows = await db.selectFrom('cases').leftJoin('case_keys', 'case_keys.case_id', 'cases.id')
      .selectAll('cases').select('case_keys.key_enc as case_key')
      .where(caseVisibleTo(user)).orderBy('cases.created_at', 'desc').limit(5000).execute();
    // The list shows each family's name: a read of every case in it.
    for (const r of rows) await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'case.list', caseId: r.id });
    return {
      cases: rows.map((r) => ({
        id: r.id, name: caseCipherFrom(cipher, r.case_key).decrypt(r.name_enc, 'cases.name'), teamId: r.team_id, ownerId: r.owner_id, createdAt: r.created_at,
      })),
    };
  });

  app.post('/', { schema: { tags: ['cases'], body: openApiSchema(CaseCreate) } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, ['begeleider', 'coach']);
    const body = parseInput(CaseCreate, request.body);
    const members = withPersonIds(body.members);
    uniquePersonIds(members);
    const id = newId();
    const key = cipher.newCaseKey();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('cases').values({
        id, organisation_id: user.organisationId, team_id: user.teamId, owner_id: user.id,
        name_enc: key.cipher.encrypt(body.name, 'cases.name'), created_at: nowIso(),
      }).execute();
      await insertCaseKey(trx, id, key.wrapped);
      await writeMembers(trx, key.cipher, id, members);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'case.create', caseId: id });
    });
    return reply.status(201).send({ id, name: body.name, teamId: user.teamId, ownerId: user.id, members });
  });

  app.get('/:caseId', { schema: { tags: ['cases'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { row, cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const [members, shares, maps, registration, sharing] = await Promise.all([
      readMembers(db, caseCipher, caseId),
      db.selectFrom('case_shares').select('user_id').where('case_id', '=', caseId).execute(),
      db.selectFrom('maps').select(['id', 'title_enc', 'version', 'updated_at']).where('case_id', '=', caseId).orderBy('created_at').execute(),
      hasActiveConsent(db, caseId, 'registratie'),
      hasActiveConsent(db, caseId, 'delen'),
    ]);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'case.read', caseId });
    return {
      id: row.id,
      name: caseCipher.decrypt(row.name_enc, 'cases.name'),
      teamId: row.team_id,
      ownerId: row.owner_id,
      createdAt: row.created_at,
      members,
      consent: { registration, sharing },
      sharedWith: shares.map((s) => s.user_id),
      maps: maps.map((m) => ({
        id: m.id, version: m.version, updatedAt: m.updated_at,
        ...(m.title_enc !== null ? { title: caseCipher.decrypt(m.title_enc, 'maps.title') } : {}),
      })),
    };
  });

  app.patch('/:caseId', { schema: { tags: ['cases'], body: openApiSchema(CasePatch) } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(CasePatch, request.body);
    const members = body.members ? withPersonIds(body.members) : undefined;
    if (members) uniquePersonIds(members);
    await db.transaction().execute(async (trx) => {
      if (body.name !== undefined) await trx.updateTable('cases').set({ name_enc: caseCipher.encrypt(body.name, 'cases.name') }).where('id', '=', caseId).execute();
      if (members) await writeMembers(trx, caseCipher, caseId, members);
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'case.update', caseId });
    });
    return { id: caseId, ...(body.name !== undefined ? { name: body.name } : {}), ...(members ? { members } : {}) };
  });

  /**
   * Everything stored about a family in one file: the case, its members, the consents, every map
   * as a netwerkkaart document, the network plan and the barriers, the kansarmoede checks, the
   * grondrechtenmetingen and where each right stands. For the family's right of access
   * and for moving a case.
   */
  app.get('/:caseId/export', { schema: { tags: ['cases'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { row, cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const data = await exportCase({ db, row, caseCipher, master: cipher, organisationId: user.organisationId, smallCellThreshold: app.ctx.settings.smallCellThreshold }, new Date().toISOString());
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'case.export', caseId });
    void reply.header('content-disposition', `attachment; filename="dossier-${caseId}.json"`);
    return data;
  });

  /**
   * Erasure: everything personal about the case goes, its key first; only pseudonymous audit lines
   * stay. On SQLite the old pages are then wiped from the WAL before the answer (db/wipe.ts).
   */
  app.delete('/:caseId', { schema: { tags: ['cases'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const row = await findCase(db, user, caseId);
    if (!canManageCase(user, row)) throw new ApiError('forbidden');
    await db.transaction().execute((trx) => eraseCase(trx, caseId, { organisationId: user.organisationId, userId: user.id, reason: 'request' }));
    await wipeErasedPages(db, request.log);
    return reply.status(204).send();
  });

  app.post('/:caseId/shares', { schema: { tags: ['cases'], body: openApiSchema(ShareBody) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const row = await findCase(db, user, caseId);
    if (!canManageCase(user, row)) throw new ApiError('forbidden');
    const body = parseInput(ShareBody, request.body);
    const colleague = await db.selectFrom('users').select(['id', 'role'])
      .where('id', '=', body.userId).where('organisation_id', '=', user.organisationId).where('disabled', '=', 0).executeTakeFirst();
    if (!colleague || (colleague.role !== 'begeleider' && colleague.role !== 'coach')) {
      throw new ApiError('invalid_input', { issues: [{ severity: 'error', path: ['userId'], code: 'invalid', params: {} }] });
    }
    await db.transaction().execute(async (trx) => {
      if (!(await hasActiveConsent(trx, caseId, 'delen'))) throw new ApiError('sharing_consent_required');
      const existing = await trx.selectFrom('case_shares').select('user_id').where('case_id', '=', caseId).where('user_id', '=', body.userId).executeTakeFirst();
      if (!existing) await trx.insertInto('case_shares').values({ case_id: caseId, user_id: body.userId, created_at: nowIso() }).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'case.share', caseId, target: body.userId });
    });
    return reply.status(201).send({ caseId, userId: body.userId });
  });

  app.delete('/:caseId/shares/:userId', { schema: { tags: ['cases'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, userId } = parseInput(ShareParams, request.params);
    const row = await findCase(db, user, caseId);
    if (!canManageCase(user, row)) throw new ApiError('forbidden');
    await db.transaction().execute(async (trx) => {
      const result = await trx.deleteFrom('case_shares').where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'case.unshare', caseId, target: userId });
    });
    return reply.status(204).send();
  });
};
