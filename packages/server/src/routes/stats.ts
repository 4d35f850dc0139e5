import { buildOrganisationReport, type QuarterCounts } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { requireRole, userOf } from '../http/route-helpers.js';

/**
 * Anonymised aggregates for research and policy (domain.md section 8): the organisation report
 * only. It reads the organisation's summary counts (store/summary-rows.ts, summary-store.ts) and
 * hides small cells with the secondary suppression of docs/organisation-report.md (OR1-OR8), so
 * there is one suppressed path to the figures. The older `GET /api/stats`, which read every map's
 * rows and hid small cells one by one, was removed on 2026-12-03 (docs/operations.md section 10).
 */
export const statsRoutes: FastifyPluginAsync = async (app) => {
  const { db, settings, readAudit } = app.ctx;

  /**
   * The organisation report (docs/organisation-report.md): per quarter, the maps' size bands,
   * Machielse quadrants, dependence on professionals, reciprocity, coverage per support function and
   * people per sector, with small cells and what would give them away hidden. One read of the
   * organisation's counts per quarter (kept up to date by every map write): no map, no alter is read.
   */
  app.get('/organisation', { schema: { tags: ['stats'] } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['onderzoeker', 'beheerder']);
    const org = user.organisationId;
    const byQuarter = new Map<string, { maps: number; counts: Record<string, Record<string, number>> }>();
    const rows = await db.selectFrom('organisation_report_counts').select(['quarter', 'kind', 'category', 'n']).where('organisation_id', '=', org).execute();
    for (const r of rows) {
      let entry = byQuarter.get(r.quarter);
      if (!entry) byQuarter.set(r.quarter, (entry = { maps: 0, counts: {} }));
      if (r.kind === 'maps') entry.maps = Number(r.n);
      else (entry.counts[r.kind] ??= {})[r.category] = Number(r.n);
    }
    for (const [quarter, entry] of byQuarter) if (entry.maps === 0) byQuarter.delete(quarter);
    const input: QuarterCounts[] = [...byQuarter].map(([quarter, v]) => ({ quarter, maps: v.maps, counts: v.counts }));
    await readAudit.record({ organisationId: org, userId: user.id, action: 'stats.organisation' });
    return buildOrganisationReport(input, settings.smallCellThreshold);
  });
};
