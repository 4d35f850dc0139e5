import { CHANNELS, DIRECTIONS, SECTORS_B, SUPPORT_FUNCTIONS } from '@netwerkkracht/core';

/**
 * A netwerkkaart document at the size limits a family map may have: `people` people in each of
 * `snapshots` snapshots, every one with a name, role, origin, note, position, two support functions
 * and a channel (about 11 MB of JSON for 300 × 100), and two ties per person. Used by
 * documents/large-documents.test.ts and by the benchmark bench/documents.js (from dist/), so both
 * send the same map.
 */
export function bigDocument(people: number, snapshots: number): Record<string, unknown> {
  const list = [];
  for (let s = 0; s < snapshots; s++) {
    const alters = [];
    for (let i = 0; i < people; i++) {
      alters.push({
        id: `a${i}`, name: `Persoon nummer ${i}`, sector: SECTORS_B[i % SECTORS_B.length], role: 'buurvrouw', ring: 1 + (i % 3),
        position: { angle: (i * 7) % 360, distance: 0.5 },
        support: {
          [SUPPORT_FUNCTIONS[i % SUPPORT_FUNCTIONS.length] as string]: DIRECTIONS[i % DIRECTIONS.length],
          [SUPPORT_FUNCTIONS[(i + 2) % SUPPORT_FUNCTIONS.length] as string]: DIRECTIONS[(i + 1) % DIRECTIONS.length],
        },
        channels: [CHANNELS[0]], origin: 'de school van de kinderen',
        note: 'Een korte notitie over deze persoon, hoe het contact loopt en wat er afgesproken is.',
      });
    }
    const ties = [];
    for (let i = 0; i + 2 < people; i++) ties.push([`a${i}`, `a${i + 1}`], [`a${i}`, `a${i + 2}`].sort());
    list.push({ id: `s${s}`, kind: s === snapshots - 1 ? 'is' : 'was', date: `${2010 + Math.floor(s / 12)}-${String(1 + (s % 12)).padStart(2, '0')}-01`, alters, ties });
  }
  return { format: 'netwerkkaart', version: 1, map: { id: 'groot', ego: { kind: 'persoon', name: 'Ilse' }, snapshots: list } };
}
