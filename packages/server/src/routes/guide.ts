import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { findMap } from '../access/case-access.js';
import { caseCipherFrom } from '../crypto/case-keys.js';
import { openApiSchema } from '../http/openapi.js';
import { ApiError } from '../http/errors.js';
import { expectedVersion, idParams, userOf } from '../http/route-helpers.js';
import { parseInput } from '../http/validate.js';
import { auditInTransaction } from '../store/audit.js';
import { nowIso } from '../store/ids.js';
import { requireRegistrationConsent } from '../store/map-write.js';

const MapParams = idParams('mapId');
const CONTEXT = 'guide_states.state';
/** Two texts of 4,000 characters and the merge's separator, with room to spare. */
export const GUIDE_STORED_TEXT_MAX = 8_100;

/** A step or question code of the guide (the web app's ids: `familie`, `moeilijk`...). */
const Code = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'code' });
const PersonId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'id' });
/**
 * A worker types at most 4,000 characters in a note or answer (the web app's field); a merge of
 * two devices' different texts keeps both with a separator (web guide/guide-merge.ts), so what is
 * stored may be about twice that.
 */
const Text = z.string().max(GUIDE_STORED_TEXT_MAX);
/** At most 60 entries per record: the guide has about twenty steps and questions. */
const codeRecord = <T extends z.ZodType>(value: T) =>
  z.record(Code, value).refine((r) => Object.keys(r).length <= 60, { error: 'too_many' });

/**
 * Where a conversation with the guide stands (the web app's `GuideState`): the step, notes per
 * step, who was put on the map in which step, who was named for each question, the written
 * replies. Names are never in it (people are ids of the map); the notes are personal, so the
 * whole state is encrypted with the case key.
 */
export const GuideStateSchema = z.strictObject({
  version: z.literal(1),
  status: z.enum(['not_started', 'active', 'paused', 'finished']),
  step: z.number().int().min(0).max(100),
  notes: codeRecord(Text),
  added: codeRecord(z.array(PersonId).max(300)),
  answers: codeRecord(z.array(PersonId).max(300)),
  replies: codeRecord(Text),
});
const GuideBody = z.strictObject({ state: GuideStateSchema });

/**
 * The conversation guide's progress and notes of a map, kept with the case (issue 14) so they come
 * back in another browser. One state per map with a version, like maps and plans: a save carries
 * If-Match with the version it is based on (0 when none was stored; 428 without it), and a stale
 * one gets 409 with the state stored now, so a device that kept progress offline merges it with a
 * colleague's instead of overwriting it (web: guide/guide-merge.ts). Reading and saving are
 * audited; a map without a saved guide answers `state: null` (an expected empty state, not an error).
 */
export const guideRoutes: FastifyPluginAsync = async (app) => {
  const { db, cipher, readAudit } = app.ctx;

  app.get('/maps/:mapId/guide', { schema: { tags: ['guide'] } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId } = parseInput(MapParams, request.params);
    const { caseId, caseKey } = await findMap(db, user, mapId);
    const row = await db.selectFrom('guide_states').select(['state_enc', 'version', 'updated_at']).where('map_id', '=', mapId).executeTakeFirst();
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'guide.read', caseId, target: mapId });
    if (!row) {
      void reply.header('etag', '"0"');
      return { version: 0, updatedAt: null, state: null };
    }
    void reply.header('etag', `"${row.version}"`);
    const state: unknown = JSON.parse(caseCipherFrom(cipher, caseKey).decrypt(row.state_enc, CONTEXT));
    return { version: row.version, updatedAt: row.updated_at, state };
  });

  app.put('/maps/:mapId/guide', { schema: { tags: ['guide'], body: openApiSchema(GuideBody) } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId } = parseInput(MapParams, request.params);
    const { caseId, caseKey } = await findMap(db, user, mapId);
    const expected = expectedVersion(request);
    const { state } = parseInput(GuideBody, request.body);
    const caseCipher = caseCipherFrom(cipher, caseKey);
    const stored = caseCipher.encrypt(JSON.stringify(state), CONTEXT);
    const now = nowIso();
    const outcome = await db.transaction().execute(async (trx) => {
      await requireRegistrationConsent(trx, caseId);
      // Only a save based on the version stored now goes through (0: none stored yet). One
      // statement each, so two saves based on the same version cannot both win.
      const saved = expected === 0
        ? await trx.insertInto('guide_states').values({ map_id: mapId, state_enc: stored, version: 1, updated_at: now })
          .onConflict((oc) => oc.column('map_id').doNothing()).returning('version').executeTakeFirst()
        : await trx.updateTable('guide_states').set({ state_enc: stored, version: sql<number>`version + 1`, updated_at: now })
          .where('map_id', '=', mapId).where('version', '=', expected).returning('version').executeTakeFirst();
      if (!saved) {
        const current = await trx.selectFrom('guide_states').select(['state_enc', 'version', 'updated_at']).where('map_id', '=', mapId).executeTakeFirst();
        return { stale: true as const, current };
      }
      await auditInTransaction(trx, { organisationId: user.organisationId, userId: user.id, action: 'guide.update', caseId, target: mapId });
      return { stale: false as const, version: saved.version };
    });
    if (outcome.stale) {
      // Stale: the answer carries what is stored now, so the client can merge without losing
      // anything and send again with that version. Handing it out is a read, audited as one.
      const { current } = outcome;
      await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'guide.read', caseId, target: mapId });
      const currentState: unknown = current ? JSON.parse(caseCipher.decrypt(current.state_enc, CONTEXT)) : null;
      throw new ApiError('stale_version', {
        currentVersion: current?.version ?? 0,
        current: { version: current?.version ?? 0, updatedAt: current?.updated_at ?? null, state: currentState },
      });
    }
    void reply.header('etag', `"${outcome.version}"`);
    return { version: outcome.version, updatedAt: now, state };
  });
};
