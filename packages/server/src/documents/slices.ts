import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work on the event loop (decrypting a map of 30,000 people, building its JSON) is cut into
 * slices: after SLICE_MS of work the loop gets a turn, so other requests are answered in between.
 * A slicer is made per job; `maybeYield()` is cheap to call after every item.
 */
export const SLICE_MS = 8;

export interface Slicer {
  /** Gives the event loop a turn when the current slice has run for its time. */
  maybeYield(): Promise<void> | undefined;
}

export function createSlicer(sliceMs = SLICE_MS): Slicer {
  let start = performance.now();
  return {
    maybeYield() {
      if (performance.now() - start < sliceMs) return undefined;
      return nextTurn().then(() => { start = performance.now(); });
    },
  };
}

/** `items.map(work)` in slices. */
export async function mapInSlices<T, R>(items: readonly T[], work: (item: T, index: number) => R, slicer: Slicer = createSlicer()): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = work(items[i] as T, i);
    const pause = slicer.maybeYield();
    if (pause) await pause;
  }
  return out;
}
