import {
  acceptSuggestion, describeSuggestionReason, findSuggestion, issue, planIssue, suggestStrengthening, SuggestionChoiceSchema,
  type AcceptRefusal, type Issue, type Language, type NetworkMap, type Suggestion,
} from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import { findMap } from '../access/case-access.js';
import type { AuthUser } from '../auth/sessions.js';
import { caseCipherFrom } from '../crypto/case-keys.js';
import type { CaseCipher } from '../crypto/field-cipher.js';
import type { Database, MapsTable } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { openApiSchema } from '../http/openapi.js';
import { idParams, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { newId } from '../store/ids.js';
import { listLocalServices } from '../store/local-service-store.js';
import { readMap } from '../store/map-store.js';
import { organisationIndicatorSettings } from '../store/organisation-settings.js';
import { planInvalid, writePlan } from '../store/plan-write.js';

const SnapshotParams = idParams('mapId', 'snapshotId');
const RegionQuery = z.strictObject({ region: z.string().trim().max(120).optional() });
type Db = Kysely<Database> | Transaction<Database>;

/**
 * The suggestions of one snapshot, computed by the core with the organisation's indicator settings
 * and sociale kaart. The same function serves the list and the acceptance, so an accepted id is
 * always one the server itself would show for that snapshot and region.
 */
async function suggestionsFor(db: Db, cipher: CaseCipher | null, user: AuthUser, mapRow: Selectable<MapsTable>, snapshotId: string, region: string | undefined): Promise<{ map: NetworkMap; suggestions: readonly Suggestion[] }> {
  const map = await readMap(db, cipher, mapRow, [snapshotId]);
  const snapshot = map.snapshots.find((s) => s.id === snapshotId);
  if (!snapshot) throw new ApiError('not_found');
  const [settings, localServices] = await Promise.all([organisationIndicatorSettings(db as Kysely<Database>, user.organisationId), listLocalServices(db, user.organisationId)]);
  return { map, suggestions: suggestStrengthening({ snapshot, map, settings, localServices, ...(region ? { region } : {}) }) };
}

/** A choice the suggestion did not offer, named on the field that holds it (SA4). */
function refusalIssue(refusal: AcceptRefusal, suggestion: Suggestion, choice: z.output<typeof SuggestionChoiceSchema>, lang: Language): Issue {
  switch (refusal) {
    case 'model_not_offered': return issue('not_allowed', ['model'], { got: choice.model ?? '', allowed: suggestion.models.join(', ') });
    case 'initiative_not_offered': return issue('not_allowed', ['initiativeId'], { got: choice.initiativeId ?? '', allowed: suggestion.initiatives.join(', ') });
    case 'local_service_not_offered': return issue('not_allowed', ['localServiceId'], { got: choice.localServiceId ?? '', allowed: suggestion.localServices.join(', ') });
    case 'person_not_in_suggestion': return issue('not_allowed', ['alterId'], { got: choice.alterId ?? '', allowed: suggestion.alterIds.join(', ') });
    case 'unknown_goal': return planInvalid([planIssue('unknown_goal', ['goalId'], { id: choice.goalId ?? '' })], lang);
    // The id was looked up and the action id is new: reaching these is a bug.
    case 'wrong_suggestion':
    case 'duplicate_action_id':
      throw new Error(`acceptSuggestion refused a looked-up suggestion: ${refusal}`);
  }
}

/**
 * Suggestions to strengthen a network (docs/plan-rules.md §3) and accepting one into the case's
 * plan. The family chooses: options are listed without a score, each suggestion with its reason.
 */
export const suggestionRoutes: FastifyPluginAsync = async (app) => {
  const { ctx } = app;
  const { db, cipher, readAudit } = ctx;

  app.get('/maps/:mapId/snapshots/:snapshotId/suggestions', { schema: { tags: ['suggestions'], querystring: openApiSchema(RegionQuery) } }, async (request) => {
    const user = userOf(request);
    const { mapId, snapshotId } = parseInput(SnapshotParams, request.params);
    const { region } = parseInput(RegionQuery, request.query);
    const { map: row, caseId, caseKey } = await findMap(db, user, mapId);
    // The reasons name people ("Tante Rita draagt veel"): this read decrypts names.
    const { suggestions } = await suggestionsFor(db, caseCipherFrom(cipher, caseKey), user, row, snapshotId, region);
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'suggestions.read', caseId, target: `${mapId}/${snapshotId}` });
    const offered = new Set(suggestions.flatMap((s) => s.localServices as readonly string[]));
    const localServices = (await listLocalServices(db, user.organisationId)).filter((s) => offered.has(s.id));
    return {
      snapshotId,
      suggestions: suggestions.map((s) => ({ ...s, reasonText: describeSuggestionReason(s.reason, request.lang) })),
      localServices,
    };
  });

  /**
   * SA1–SA4: the family's choice becomes an action of the case's plan. The suggestions are computed
   * again here and the id looked up (`findSuggestion`): a client cannot make one up or widen what
   * was offered. If-Match carries the plan's version.
   */
  app.post('/maps/:mapId/snapshots/:snapshotId/suggestions/accept', { schema: { tags: ['suggestions'], querystring: openApiSchema(RegionQuery), body: openApiSchema(SuggestionChoiceSchema) } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId, snapshotId } = parseInput(SnapshotParams, request.params);
    const { region } = parseInput(RegionQuery, request.query);
    const choice = parseInput(SuggestionChoiceSchema, request.body);
    const { caseId } = await findMap(db, user, mapId);
    const { version, result } = await writePlan(ctx, request, reply, caseId, 'plan.suggestion.accept', async ({ trx, plan }) => {
      if (plan.mapId !== mapId) planInvalid([planIssue('wrong_map', ['mapId'], { expected: plan.mapId, got: mapId })], request.lang);
      const mapRow = await trx.selectFrom('maps').selectAll().where('id', '=', mapId).executeTakeFirstOrThrow();
      // Suggestion ids are made of rule, function and alter ids: no name is needed to find one.
      const { suggestions } = await suggestionsFor(trx, null, user, mapRow, snapshotId, region);
      const suggestion = findSuggestion(suggestions, choice.suggestionId);
      if (!suggestion) invalid([issue('not_allowed', ['suggestionId'], { got: choice.suggestionId, allowed: suggestions.map((s) => s.id).join(', ') })]);
      const accepted = acceptSuggestion(plan, suggestion, choice, { actionId: newId() });
      if (!accepted.ok) invalid([refusalIssue(accepted.refusal, suggestion, choice, request.lang)]);
      return { plan: accepted.plan, result: accepted.action };
    });
    return reply.status(201).send({ version, action: result });
  });
};
