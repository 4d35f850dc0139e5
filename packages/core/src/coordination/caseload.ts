/** MISSION's guide figure: at most about 16 families per case manager (seed 001). */
export const DEFAULT_CASELOAD_LIMIT = 16;

/** One case as the caseload needs it: who coordinates it (the owner when no coordinator is set). */
export interface CaseloadCase {
  readonly coordinatorId: string;
}

export interface CaseloadWorker {
  readonly id: string;
  readonly teamId: string | null;
}

export interface WorkerLoad {
  readonly workerId: string;
  readonly teamId: string | null;
  readonly families: number;
  readonly limit: number;
  /** families − limit when above the limit, else 0. */
  readonly over: number;
}

export interface TeamLoad {
  readonly teamId: string | null;
  readonly workers: number;
  readonly families: number;
  /** limit × workers: what the team carries at most. */
  readonly capacity: number;
  readonly over: number;
}

/**
 * CL1–CL3 (docs/coordination.md). CL1: a worker's caseload is the number of active families they
 * coordinate (every case not erased; one family counts once however many maps it has). CL2: a
 * worker is over when the number is above the limit (16 is allowed, 17 is over). CL3: a team's
 * load is the sum over its workers against limit × workers; a family coordinated by someone not
 * in the list of workers is not counted anywhere (not silently given to another). Workers keep
 * the order given; teams are in order of first appearance.
 */
export function caseload(workers: readonly CaseloadWorker[], cases: readonly CaseloadCase[], limit: number = DEFAULT_CASELOAD_LIMIT): { workers: readonly WorkerLoad[]; teams: readonly TeamLoad[] } {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.coordinatorId, (counts.get(c.coordinatorId) ?? 0) + 1);
  const perWorker = workers.map((w) => {
    const families = counts.get(w.id) ?? 0;
    return { workerId: w.id, teamId: w.teamId, families, limit, over: Math.max(0, families - limit) };
  });
  const teams = new Map<string | null, { workers: number; families: number }>();
  for (const w of perWorker) {
    const t = teams.get(w.teamId) ?? { workers: 0, families: 0 };
    teams.set(w.teamId, { workers: t.workers + 1, families: t.families + w.families });
  }
  return {
    workers: perWorker,
    teams: [...teams].map(([teamId, t]) => ({ teamId, workers: t.workers, families: t.families, capacity: t.workers * limit, over: Math.max(0, t.families - t.workers * limit) })),
  };
}
