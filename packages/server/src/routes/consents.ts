import { IsoDateSchema } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { canManageCase, findCase, findCaseWithCipher } from '../access/case-access.js';
import { wipeErasedPages } from '../db/wipe.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { eraseCase, hasActiveConsent, readConsents } from '../store/case-store.js';
import { newId, nowIso } from '../store/ids.js';

/**
 * Consent of the family, per scope: `registratie` (the network may be recorded at all) and
 * `delen` (the case may be shared with the named partners). Withdrawing the registration consent
 * erases the case; withdrawing the last sharing consent ends every share.
 */
export const ConsentBody = z.discriminatedUnion('scope', [
  z.strictObject({
    scope: z.literal('registratie'),
    givenBy: z.string().trim().min(1).max(120),
    givenOn: IsoDateSchema,
  }),
  z.strictObject({
    scope: z.literal('delen'),
    givenBy: z.string().trim().min(1).max(120),
    givenOn: IsoDateSchema,
    partners: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
  }),
]);
const CaseParams = idParams('caseId');
const ConsentParams = idParams('caseId', 'consentId');

export const consentRoutes: FastifyPluginAsync = async (app) => {
  const { db, cipher, readAudit } = app.ctx;

  app.get('/cases/:caseId/consents', { schema: { tags: ['consent'] } }, async (request) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const consents = await readConsents(db, caseCipher, caseId);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'consent.read', caseId });
    return { consents };
  });

  app.post('/cases/:caseId/consents', { schema: { tags: ['consent'], body: openApiSchema(ConsentBody) } }, async (request, reply) => {
    const user = userOf(request);
    const { caseId } = parseInput(CaseParams, request.params);
    const { cipher: caseCipher } = await findCaseWithCipher(db, cipher, user, caseId);
    const body = parseInput(ConsentBody, request.body);
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('consents').values({
        id,
        case_id: caseId,
        scope: body.scope,
        given_by_enc: caseCipher.encrypt(body.givenBy, 'consents.given_by'),
        given_on: body.givenOn,
        partners_enc: body.scope === 'delen' ? caseCipher.encrypt(JSON.stringify(body.partners), 'consents.partners') : null,
        recorded_by: user.id,
        recorded_at: nowIso(),
        withdrawn_at: null,
      }).execute();
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'consent.record', caseId, target: id });
    });
    return reply.status(201).send({ id, ...body });
  });

  app.post('/cases/:caseId/consents/:consentId/withdraw', { schema: { tags: ['consent'] } }, async (request) => {
    const user = userOf(request);
    const { caseId, consentId } = parseInput(ConsentParams, request.params);
    const row = await findCase(db, user, caseId);
    // Consent is the family's, recorded by the worker who manages the case: a colleague the case
    // is only shared with cannot take it back for them (not even the sharing that lets them in).
    if (!canManageCase(user, row)) throw new ApiError('forbidden');
    const outcome = await db.transaction().execute(async (trx) => {
      const consent = await trx.selectFrom('consents').select(['id', 'scope', 'withdrawn_at'])
        .where('id', '=', consentId).where('case_id', '=', caseId).executeTakeFirst();
      if (!consent) throw new ApiError('not_found');
      if (consent.withdrawn_at === null) {
        await trx.updateTable('consents').set({ withdrawn_at: nowIso() }).where('id', '=', consentId).execute();
      }
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'consent.withdraw', caseId, target: consentId });
      if (consent.scope === 'registratie' && !(await hasActiveConsent(trx, caseId, 'registratie'))) {
        // The family no longer allows their network to be recorded: nothing of it may stay.
        await eraseCase(trx, caseId, { organisationId: user.organisationId, userId: user.id, reason: 'consent_withdrawn' });
        return { withdrawn: true, erased: true };
      }
      if (consent.scope === 'delen' && !(await hasActiveConsent(trx, caseId, 'delen'))) {
        await trx.deleteFrom('case_shares').where('case_id', '=', caseId).execute();
      }
      return { withdrawn: true, erased: false };
    });
    if (outcome.erased) await wipeErasedPages(db, request.log);
    return outcome;
  });
};
