import { analyseSnapshot, compareSnapshots } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findMapWithContent } from '../access/case-access.js';
import { ApiError } from '../http/errors.js';
import { idParams, IdParam, userOf } from '../http/route-helpers.js';
import { invalid, parseInput } from '../http/validate.js';
import { organisationIndicatorSettings } from '../store/organisation-settings.js';

const SnapshotParams = idParams('mapId', 'snapshotId');
const MapParams = idParams('mapId');
const CompareQuery = z.strictObject({ from: IdParam, to: IdParam });

/** The indicators of a snapshot and the comparison of two, computed by the core on demand. */
export const analysisRoutes: FastifyPluginAsync = async (app) => {
  const { db, readAudit } = app.ctx;

  app.get('/maps/:mapId/snapshots/:snapshotId/analysis', { schema: { tags: ['analysis'] } }, async (request, reply) => {
    const user = userOf(request);
    const { mapId, snapshotId } = parseInput(SnapshotParams, request.params);
    // The indicators use categorical fields only: no personal text is decrypted for them.
    const { map, row, caseId } = await findMapWithContent(db, user, mapId, null, [snapshotId]);
    const snapshot = map.snapshots.find((s) => s.id === snapshotId);
    if (!snapshot) throw new ApiError('not_found');
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'analysis.read', caseId, target: `${mapId}/${snapshotId}` });
    void reply.header('etag', `"${row.version}"`);
    const settings = await organisationIndicatorSettings(db, user.organisationId);
    return { version: row.version, snapshotId, indicators: analyseSnapshot(snapshot, map, settings) };
  });

  app.get('/maps/:mapId/compare', { schema: { tags: ['analysis'], querystring: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } }, required: ['from', 'to'] } } }, async (request) => {
    const user = userOf(request);
    const { mapId } = parseInput(MapParams, request.params);
    const query = parseInput(CompareQuery, request.query);
    const { map, row, caseId } = await findMapWithContent(db, user, mapId, null, [query.from, query.to]);
    const from = map.snapshots.find((s) => s.id === query.from);
    const to = map.snapshots.find((s) => s.id === query.to);
    if (!from || !to) {
      invalid([
        ...(from ? [] : [{ severity: 'error' as const, path: ['from'], code: 'unknown_snapshot' as const, params: { id: query.from } }]),
        ...(to ? [] : [{ severity: 'error' as const, path: ['to'], code: 'unknown_snapshot' as const, params: { id: query.to } }]),
      ]);
    }
    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'analysis.compare', caseId, target: mapId });
    const settings = await organisationIndicatorSettings(db, user.organisationId);
    return { version: row.version, comparison: compareSnapshots(map, from, to, settings) };
  });
};
