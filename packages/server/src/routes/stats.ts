import { SECTORS_A, SECTORS_B, SUPPORT_FUNCTIONS, buildOrganisationReport, type Coverage, type QuarterCounts, type SupportFunction } from '@netwerkkracht/core';
import type { FastifyPluginAsync } from 'fastify';
import { requireRole, userOf } from '../http/route-helpers.js';

const SIZE_BANDS = [['0-4', 0, 4], ['5-9', 5, 9], ['10-14', 10, 14], ['15+', 15, Infinity]] as const;

/**
 * Anonymised aggregates for research and policy (domain.md section 8), from clear categorical
 * columns only: no name is decrypted. Over the current ("is", latest date) snapshot of each map.
 * Any count below the small-cell threshold is given as null, so no cell can point at a family.
 */
export const statsRoutes: FastifyPluginAsync = async (app) => {
  const { db, settings, readAudit } = app.ctx;

  app.get('/', { schema: { tags: ['stats'] } }, async (request) => {
    const user = userOf(request);
    requireRole(user, ['onderzoeker', 'beheerder']);
    const threshold = settings.smallCellThreshold;
    const cell = (n: number): number | null => (n >= threshold ? n : null);

    const caseCount = await db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_id', '=', user.organisationId).executeTakeFirstOrThrow();
    const snapshots = await db.selectFrom('snapshots').innerJoin('maps', 'maps.id', 'snapshots.map_id').innerJoin('cases', 'cases.id', 'maps.case_id')
      .select(['snapshots.map_id', 'snapshots.id', 'snapshots.date', 'snapshots.seq'])
      .where('cases.organisation_id', '=', user.organisationId).where('snapshots.kind', '=', 'is').execute();
    const current = new Map<string, { id: string; date: string; seq: number }>();
    for (const s of snapshots) {
      const best = current.get(s.map_id);
      if (!best || s.date > best.date || (s.date === best.date && s.seq > best.seq)) current.set(s.map_id, { id: s.id, date: s.date, seq: s.seq });
    }
    const isCurrent = (mapId: string, snapshotId: string) => current.get(mapId)?.id === snapshotId;

    const alters = await db.selectFrom('alters').innerJoin('maps', 'maps.id', 'alters.map_id').innerJoin('cases', 'cases.id', 'maps.case_id')
      .select(['alters.map_id', 'alters.snapshot_id', 'alters.id', 'alters.sector', 'alters.formal'])
      .where('cases.organisation_id', '=', user.organisationId).where('alters.status', '=', 'actief').execute();
    const support = await db.selectFrom('alter_support').innerJoin('maps', 'maps.id', 'alter_support.map_id').innerJoin('cases', 'cases.id', 'maps.case_id')
      .select(['alter_support.map_id', 'alter_support.snapshot_id', 'alter_support.alter_id', 'alter_support.function'])
      .where('cases.organisation_id', '=', user.organisationId).where('alter_support.direction', 'in', ['ontvangt', 'wederzijds']).execute();

    const sizeOf = new Map<string, number>();
    const bySector = new Map<string, number>();
    const formalOf = new Map<string, boolean>();
    for (const a of alters) {
      if (!isCurrent(a.map_id, a.snapshot_id)) continue;
      sizeOf.set(a.map_id, (sizeOf.get(a.map_id) ?? 0) + 1);
      bySector.set(a.sector ?? 'none', (bySector.get(a.sector ?? 'none') ?? 0) + 1);
      formalOf.set(`${a.map_id}/${a.id}`, a.formal === 1);
    }
    // Coverage per function per map (domain.md §5.6): informal provider, else formal, else none.
    const best = new Map<string, Coverage>();
    for (const s of support) {
      if (!isCurrent(s.map_id, s.snapshot_id)) continue;
      const formal = formalOf.get(`${s.map_id}/${s.alter_id}`);
      if (formal === undefined) continue;
      const key = `${s.map_id}/${s.function}`;
      if (!formal) best.set(key, 'informeel');
      else if (best.get(key) !== 'informeel') best.set(key, 'alleen_formeel');
    }
    const coverage = Object.fromEntries(SUPPORT_FUNCTIONS.map((f: SupportFunction) => {
      const counts: Record<Coverage, number> = { informeel: 0, alleen_formeel: 0, geen: 0 };
      for (const mapId of current.keys()) counts[best.get(`${mapId}/${f}`) ?? 'geen'] += 1;
      return [f, { informeel: cell(counts.informeel), alleen_formeel: cell(counts.alleen_formeel), geen: cell(counts.geen) }];
    }));
    const sizes = Object.fromEntries(SIZE_BANDS.map(([band, lo, hi]) => [
      band, cell([...current.keys()].filter((m) => { const n = sizeOf.get(m) ?? 0; return n >= lo && n <= hi; }).length),
    ]));
    const sectors = Object.fromEntries([...new Set([...SECTORS_B, ...SECTORS_A]), 'none'].map((code) => [code, cell(bySector.get(code) ?? 0)]));

    await readAudit.record({ organisationId: user.organisationId, userId: user.id, action: 'stats.read' });
    return {
      smallCellThreshold: threshold,
      cases: cell(Number(caseCount.n)),
      mapsWithCurrentSnapshot: cell(current.size),
      networkSize: sizes,
      activeAltersBySector: sectors,
      coverage,
    };
  });

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
