import { availableParallelism } from 'node:os';

/** `auto` starts one worker per core, at most this many (each keeps its own caches and connections). */
export const MAX_AUTO_WORKERS = 4;

export function autoWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_AUTO_WORKERS));
}
