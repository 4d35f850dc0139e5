import { issue, SevenBNoteInputSchema } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { findCase, findCaseWithCipher } from '../access/case-access.js';
import type { Today } from '../clock.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId, nowIso } from '../store/ids.js';
import { requireRegistrationConsent } from '../store/map-write.js';
import { listSevenBNotes } from '../store/seven-b-store.js';
import { findPlanRow } from '../store/plan-store.js';

const CaseParams = idParams('caseId');
const NoteParams = idParams('caseId', 'noteId');

/**
 * 7 B's conversations of a case (issue 12, item 8): about a service of the organisation's sociale
 * kaart or an action of the case's plan, which B's get in the way, with the family's words.
 */
export const sevenBRoutes: FastifyPluginAsync<{ today: Today }> = async (app, options) => {
  const { db, cipher, readAudit } = app.ctx;

  app.get('/cases/:caseId/seven-b-notes', { schema: { tags: ['signals'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const notes = await listSevenBNotes(db, caseCipher, caseId);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'seven_b.list', caseId });
    return { notes };
  });

  app.post('/cases/:caseId/seven-b-notes', { schema: { tags: ['signals'], body: openApiSchema(SevenBNoteInputSchema) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(SevenBNoteInputSchema, request.body);
    const id = newId();
    const notedOn = body.notedOn ?? options.today();
    const subjectId = body.subject.kind === 'dienst' ? body.subject.serviceId : body.subject.actionId;
    await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      if (body.subject.kind === 'dienst') {
        const service = await trx.selectFrom('local_services').select('id').where('organisation_id', '=', user.organisationId).where('id', '=', subjectId).executeTakeFirst();
        if (!service) invalid([issue('not_allowed', ['subject', 'serviceId'], { got: subjectId, allowed: '' })]);
      } else {
        const plan = await findPlanRow(trx, caseId);
        const action = plan ? await trx.selectFrom('plan_actions').select('id').where('plan_id', '=', plan.id).where('id', '=', subjectId).executeTakeFirst() : undefined;
        if (!action) invalid([issue('not_allowed', ['subject', 'actionId'], { got: subjectId, allowed: '' })]);
      }
      const notes = Object.fromEntries(body.items.filter((i) => i.note !== '').map((i) => [i.b, i.note]));
      await trx.insertInto('seven_b_notes').values({
        id, case_id: caseId, subject_kind: body.subject.kind, subject_id: subjectId,
        bs: JSON.stringify(body.items.map((i) => i.b)),
        notes_enc: Object.keys(notes).length === 0 ? null : caseCipher.encrypt(JSON.stringify(notes), 'seven_b_notes.notes'),
        noted_on: notedOn, created_by: user.id, created_at: nowIso(),
      }).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'seven_b.create', caseId, target: id });
    });
    return reply.status(201).send({ note: { id, subject: body.subject, notedOn, items: body.items } });
  });

  app.delete('/cases/:caseId/seven-b-notes/:noteId', { schema: { tags: ['signals'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, noteId } = parseInput(NoteParams, request.params);
    await findCase(db, user, caseId);
    await db.transaction().execute(async (trx) => {
      const removed = await trx.deleteFrom('seven_b_notes').where('id', '=', noteId).where('case_id', '=', caseId).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'seven_b.delete', caseId, target: noteId });
    });
    return reply.status(204).send();
  });
};
