// Seeded generator of realistic netwerkkaart maps for benchmarks and demo data: the same seed always
// gives the same maps. Built through the core's own builder, so every map is valid.
import { buildMap, createSeededRandom, DIRECTIONS, FREQUENCIES, SECTORS_B, STATUSES, SUPPORT_FUNCTIONS, VALENCES } from '@netwerkkracht/core';

/** The core's seeded generator: the same seed always gives the same maps. */
export const createRandom = createSeededRandom;

/**
 * One map with one `is` snapshot: on average `alters` alters (±5) and `ties` alter–alter ties, and
 * across its alters every support function used at least once.
 */
export function generateMap(random, { alters = 15, ties = 20, id = 'map' } = {}) {
  const count = Math.max(2, random.int(alters - 5, alters + 5));
  const list = [];
  for (let i = 0; i < count; i++) {
    const support = {};
    const functions = random.int(0, 3);
    for (let f = 0; f < functions; f++) support[random.pick(SUPPORT_FUNCTIONS)] = random.pick(DIRECTIONS);
    list.push({
      id: `a${i}`,
      name: `Persoon ${i}`,
      sector: random.next() < 0.9 ? random.pick(SECTORS_B) : null,
      ring: random.int(1, 3),
      status: random.next() < 0.8 ? 'actief' : random.pick(STATUSES),
      support,
      valence: random.pick(VALENCES),
      frequency: random.pick(FREQUENCIES),
      flags: { andereAchtergrond: random.next() < 0.2, toegangTotMiddelen: random.next() < 0.1 },
    });
  }
  // Every function used at least once, received from someone.
  SUPPORT_FUNCTIONS.forEach((f, i) => {
    const alter = list[i % list.length];
    alter.support[f] = alter.support[f] ?? 'ontvangt';
  });
  const maxTies = (count * (count - 1)) / 2;
  const wanted = Math.min(maxTies, Math.max(0, random.int(ties - 6, ties + 6)));
  const seen = new Set();
  const tieList = [];
  while (tieList.length < wanted) {
    const a = random.int(0, count - 1);
    const b = random.int(0, count - 1);
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tieList.push([`a${Math.min(a, b)}`, `a${Math.max(a, b)}`]);
  }
  return buildMap({
    id,
    ego: { kind: 'persoon', name: 'Ego' },
    snapshots: [{ id: 's1', kind: 'is', date: '2026-01-01', alters: list, ties: tieList }],
  });
}
