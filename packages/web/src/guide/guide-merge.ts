import type { GuideState } from './guide-state.js';

/**
 * Two versions of one map's guide, joined without losing anything (the server answered 409: a
 * colleague saved while this device kept progress offline, or two browsers of one worker). There
 * is no common ancestor to compare with, so the rule is "keep everything either side has":
 *
 * - who was put on the map in a step and who was named for a question: the union (the server's
 *   people first, then the ones only this device named);
 * - a note or a written answer: when one side is empty or already holds the other's text, the
 *   fuller one; when both wrote something different, both, the server's text first (it was saved
 *   first, by the colleague), then this device's, with a line between them. A social worker
 *   reading it back expects to find both conversations' words, in the order they reached the
 *   file, and can tidy them up afterwards; the line is made of dashes only, so it reads the same
 *   in every language;
 * - the step and the status: this device's (the worker holding it is at that point of the
 *   conversation now), unless this device never started the guide.
 */
export const MERGE_SEPARATOR = '\n\n— — —\n\n';

export function mergeText(server: string | undefined, device: string | undefined): string | undefined {
  if (server === undefined || server.trim() === '') return device === undefined || device.trim() === '' ? server ?? device : device;
  if (device === undefined || device.trim() === '') return server;
  if (server.includes(device)) return server;
  if (device.includes(server)) return device;
  return `${server}${MERGE_SEPARATOR}${device}`;
}

export function mergeIds<T extends string>(server: readonly T[] | undefined, device: readonly T[] | undefined): T[] {
  return [...new Set([...(server ?? []), ...(device ?? [])])];
}

function mergeRecords<K extends string, V>(server: Readonly<Partial<Record<K, V>>>, device: Readonly<Partial<Record<K, V>>>, join: (a: V | undefined, b: V | undefined) => V | undefined): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  const keys = new Set([...Object.keys(server), ...Object.keys(device)] as K[]);
  for (const key of keys) {
    const value = join(server[key], device[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The server's guide and this device's in one: see the rules above. */
export function mergeGuides(server: GuideState, device: GuideState): GuideState {
  const position = device.status === 'not_started' ? server : device;
  return {
    version: 1,
    status: position.status,
    step: position.step,
    notes: mergeRecords(server.notes, device.notes, mergeText),
    added: mergeRecords(server.added, device.added, mergeIds),
    answers: mergeRecords(server.answers, device.answers, mergeIds),
    replies: mergeRecords(server.replies, device.replies, mergeText),
  };
}
