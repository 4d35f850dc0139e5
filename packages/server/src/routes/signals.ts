import {
  ContributionInputSchema, issue, meetingAgenda, NetworkMeetingInputSchema, SignalStatusChangeSchema, type LifeDomain,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findCase } from '../access/case-access.js';
import type { Today } from '../clock.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, requireRole, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { newId, nowIso } from '../store/ids.js';
import { requireRegistrationConsent } from '../store/map-write.js';
import { signalSmallCell } from '../store/coordination-store.js';
import { familyTag, findSignalRow, insertSignal, listSignalRows, signalsOfCase, signalViews } from '../store/signal-store.js';

const SignalParams = idParams('signalId');
const MeetingParams = idParams('meetingId');
const CaseParams = idParams('caseId');

/** Who changes a signal's state and keeps the network meetings: the coordinators (coach) and the beheerder. */
const KEEPERS = ['coach', 'beheerder'] as const;
/** Who reads the meetings and their agenda: everyone but the onderzoeker (signals and counts only). */
const MEETING_READERS = ['begeleider', 'coach', 'beheerder'] as const;

/**
 * The signalenbundel (issue 12, item 5; docs/coordination.md SN1–SN5): collective signals of the
 * organisation, fed by barriers of individual families without any name or case id leaving the
 * case. Everyone of the organisation reads signals and their counts (the onderzoeker too: no
 * family is in them); coaches and the beheerder keep the status per network meeting.
 */
export const signalRoutes: FastifyPluginAsync<{ today: Today }> = async (app, options) => {
  const { db, cipher, readAudit, settings } = app.ctx;
  /** SN1 with the organisation's rule: the larger of the server's and the organisation's threshold. */
  const smallCell = (organisationId: string) => signalSmallCell(db, organisationId, settings.smallCellThreshold);

  app.get('/signals', { schema: { tags: ['signals'] } }, async (request) => {
    const user = userOf(request);
    const threshold = await smallCell(user.organisationId);
    const rows = await listSignalRows(db, user.organisationId);
    const signals = await signalViews(db, cipher, rows, threshold);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'signal.list' });
    return { smallCellThreshold: threshold, signals };
  });

  app.post('/signals/:signalId/status', { schema: { tags: ['signals'], body: openApiSchema(SignalStatusChangeSchema) } }, async (request) => {
    const user = userOf(request);
    requireRole(user, KEEPERS);
    const { signalId } = parseInput(SignalParams, request.params);
    const body = parseInput(SignalStatusChangeSchema, request.body);
    const today = options.today();
    await db.transaction().execute(async (trx) => {
      const row = await findSignalRow(trx, user.organisationId, signalId);
      if (!row) throw new ApiError('not_found');
      // A decision at a network meeting is dated on the meeting's day: the history is per meeting.
      let changedOn = today;
      if (body.meetingId !== undefined) {
        const meeting = await trx.selectFrom('network_meetings').select(['id', 'held_on']).where('id', '=', body.meetingId).where('organisation_id', '=', user.organisationId).executeTakeFirst();
        if (!meeting) invalid([issue('not_allowed', ['meetingId'], { got: body.meetingId, allowed: '' })]);
        changedOn = meeting.held_on;
      }
      // Owner left out: the signal keeps its owner; null takes it away.
      const owner = body.owner === undefined ? { kind: row.owner_kind, name: row.owner_name } : { kind: body.owner?.kind ?? null, name: body.owner?.name ?? null };
      await trx.insertInto('signal_history').values({
        id: newId(), signal_id: signalId, meeting_id: body.meetingId ?? null, status: body.status, owner_kind: owner.kind, owner_name: owner.name,
        note_enc: body.note === '' ? null : cipher.encrypt(body.note, 'signal_history.note'), changed_on: changedOn, changed_by: user.id, created_at: nowIso(),
      }).execute();
      // The signal's state is its latest entry by date: a decision of an earlier meeting entered late does not undo a later one.
      const latest = await trx.selectFrom('signal_history').select(['status', 'owner_kind', 'owner_name']).where('signal_id', '=', signalId)
        .orderBy('changed_on', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
      await trx.updateTable('signals').set({ status: latest.status, owner_kind: latest.owner_kind, owner_name: latest.owner_name, updated_at: nowIso() }).where('id', '=', signalId).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'signal.status', target: signalId });
    });
    const [view] = await signalViews(db, cipher, [await findSignalRow(db, user.organisationId, signalId)].filter((r) => r !== undefined), await smallCell(user.organisationId));
    return { signal: view };
  });

  app.get('/network-meetings', { schema: { tags: ['signals'] } }, async (request) => {
    const user = userOf(request);
    requireRole(user, MEETING_READERS);
    const rows = await db.selectFrom('network_meetings').selectAll().where('organisation_id', '=', user.organisationId).orderBy('held_on', 'desc').orderBy('id').limit(500).execute();
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'network_meeting.list' });
    return { meetings: rows.map((r) => ({ id: r.id, heldOn: r.held_on, title: r.title })) };
  });

  app.post('/network-meetings', { schema: { tags: ['signals'], body: openApiSchema(NetworkMeetingInputSchema) } }, async (request, reply) => {
    const user = userOf(request);
    requireRole(user, KEEPERS);
    const body = parseInput(NetworkMeetingInputSchema, request.body);
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('network_meetings').values({ id, organisation_id: user.organisationId, held_on: body.heldOn, title: body.title, created_at: nowIso() }).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'network_meeting.create', target: id });
    });
    return reply.status(201).send({ meeting: { id, heldOn: body.heldOn, title: body.title } });
  });

  /** SN4 (core `meetingAgenda`): the agenda of a network meeting, the state of each signal as decided there. */
  app.get('/network-meetings/:meetingId/agenda', { schema: { tags: ['signals'] } }, async (request) => {
    const user = userOf(request);
    requireRole(user, MEETING_READERS);
    const { meetingId } = parseInput(MeetingParams, request.params);
    const meeting = await db.selectFrom('network_meetings').selectAll().where('id', '=', meetingId).where('organisation_id', '=', user.organisationId).executeTakeFirst();
    if (!meeting) throw new ApiError('not_found');
    const threshold = await smallCell(user.organisationId);
    const rows = (await listSignalRows(db, user.organisationId)).filter((r) => r.created_on <= meeting.held_on);
    const onAgenda = meetingAgenda(await signalViews(db, cipher, rows, threshold), { id: meeting.id, heldOn: meeting.held_on })
      .map(({ endState, ...s }) => ({ ...s, owner: endState ? endState.owner : s.owner }));
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'network_meeting.agenda', target: meetingId });
    return { meeting: { id: meeting.id, heldOn: meeting.held_on, title: meeting.title }, smallCellThreshold: threshold, signals: onAgenda };
  });

  /**
   * SN2, SN3: a family's barrier becomes a contribution to a signal. What is stored with the
   * signal is the family's tag (HMAC of the case id with the signal's key) and the kind of source;
   * the barrier or note id is checked against the case and then forgotten. The audit line names
   * the case (it is a change made from the case) but not the signal: the log must not become the
   * link the signal does not keep.
   */
  app.post('/cases/:caseId/signal-contributions', { schema: { tags: ['signals'], body: openApiSchema(ContributionInputSchema) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    await findCase(db, user, caseId);
    const body = parseInput(ContributionInputSchema, request.body);
    const today = options.today();
    const outcome = await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      const source = body.source;
      if (source.kind === 'drempel') {
        const found = await trx.selectFrom('barriers').select('id').where('id', '=', source.barrierId).where('case_id', '=', caseId).executeTakeFirst();
        if (!found) invalid([issue('not_allowed', ['source', 'barrierId'], { got: source.barrierId, allowed: '' })]);
      } else if (source.kind === 'zeven_b') {
        const note = await trx.selectFrom('seven_b_notes').select('bs').where('id', '=', source.noteId).where('case_id', '=', caseId).executeTakeFirst();
        if (!note) invalid([issue('not_allowed', ['source', 'noteId'], { got: source.noteId, allowed: '' })]);
        if (!(JSON.parse(note.bs) as string[]).includes(source.b)) invalid([issue('not_allowed', ['source', 'b'], { got: source.b, allowed: (JSON.parse(note.bs) as string[]).join(', ') })]);
      }
      let signal = body.signalId === undefined ? undefined : await findSignalRow(trx, user.organisationId, body.signalId);
      if (body.signalId !== undefined && !signal) invalid([issue('not_allowed', ['signalId'], { got: body.signalId, allowed: '' })]);
      if (!signal) signal = await insertSignal(trx, cipher, user.organisationId, body.newSignal as { text: string; lifeDomain: LifeDomain }, today, user.id);
      const tag = familyTag(cipher, signal.tag_key_enc, caseId);
      const already = await trx.selectFrom('signal_contributions').select('signal_id').where('signal_id', '=', signal.id).where('family_tag', '=', tag).executeTakeFirst();
      if (!already) {
        await trx.insertInto('signal_contributions')
          .values({ signal_id: signal.id, family_tag: tag, source_kind: source.kind, contributed_on: today })
          .onConflict((oc) => oc.columns(['signal_id', 'family_tag']).doNothing()).execute();
      }
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'signal.contribute', caseId });
      return { signalId: signal.id, counted: !already, created: body.signalId === undefined };
    });
    return reply.status(outcome.created ? 201 : 200).send(outcome);
  });

  /** The signals this family contributed to (for the case page and the family's own data). */
  app.get('/cases/:caseId/signal-contributions', { schema: { tags: ['signals'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    await findCase(db, user, caseId);
    const rows = await signalsOfCase(db, cipher, user.organisationId, caseId);
    const signals = await signalViews(db, cipher, rows, await smallCell(user.organisationId));
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'signal.case_list', caseId });
    return { signals };
  });

  /** The family takes its contribution back (its tag is removed; the signal stays for the others). */
  app.delete('/cases/:caseId/signal-contributions/:signalId', { schema: { tags: ['signals'] } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId, signalId } = parseInput(z.strictObject({ ...CaseParams.shape, ...SignalParams.shape }), request.params);
    await findCase(db, user, caseId);
    await db.transaction().execute(async (trx) => {
      const signal = await findSignalRow(trx, user.organisationId, signalId);
      if (!signal) throw new ApiError('not_found');
      const removed = await trx.deleteFrom('signal_contributions').where('signal_id', '=', signalId).where('family_tag', '=', familyTag(cipher, signal.tag_key_enc, caseId)).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw new ApiError('not_found');
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'signal.withdraw', caseId });
    });
    return reply.status(204).send();
  });
};
