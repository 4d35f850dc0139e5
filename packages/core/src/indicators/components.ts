import type { AlterId } from '../records/index.js';
import type { AnalysisContext } from './context.js';

export interface ComponentIndicators {
  /** Each component as the ids of its alters, in map order; components ordered by their first alter. */
  readonly components: readonly (readonly AlterId[])[];
  readonly isolates: readonly AlterId[];
}

/**
 * Components and isolates (domain.md §5.14; G1–G2).
 * - `components`: the connected components of the graph of A* and the alter–alter ties among
 *   them, without the ego (who would connect everything). An alter with no tie is a component of
 *   its own, so the number of components is `components.length` and the sizes sum to n (G1).
 * - `isolates`: active alters with no tie to another active alter: known only through the ego (G2).
 * Source: seed 004 (clusters in het netwerk; mensen die elkaar niet kennen).
 */
export function components(ctx: AnalysisContext): ComponentIndicators {
  const n = ctx.active.length;
  // Plain loops, not Array.from with a callback: this runs for every map analysed.
  const parent: number[] = [];
  const degree: number[] = [];
  for (let i = 0; i < n; i++) {
    parent.push(i);
    degree.push(0);
  }
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const [i, j] of ctx.activeTies) {
    degree[i] = (degree[i] ?? 0) + 1;
    degree[j] = (degree[j] ?? 0) + 1;
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
  const byRoot = new Map<number, AlterId[]>();
  const isolates: AlterId[] = [];
  for (let i = 0; i < n; i++) {
    const id = (ctx.active[i] as (typeof ctx.active)[number]).id;
    const root = find(i);
    const group = byRoot.get(root);
    if (group) group.push(id);
    else byRoot.set(root, [id]);
    if (degree[i] === 0) isolates.push(id);
  }
  return { components: [...byRoot.values()], isolates };
}
