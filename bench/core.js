// Core benchmark: how many maps per second the indicator engine analyses on one core.
import { analyseSnapshot, compareSnapshots } from '@netwerkkracht/core';
import { createRandom, generateMap } from './generate-maps.js';

const MAPS = 2_000;
const ROUNDS = 7;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(maps, fn) {
  // Warm up the JIT, then time whole passes over all maps.
  for (let i = 0; i < 3; i++) for (const map of maps) fn(map);
  const perSecond = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (const map of maps) fn(map);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    perSecond.push(maps.length / seconds);
  }
  return perSecond;
}

export async function run() {
  const random = createRandom(20261122);
  const maps = Array.from({ length: MAPS }, (_, i) => generateMap(random, { id: `m${i}` }));
  const alters = maps.reduce((sum, m) => sum + m.snapshots[0].alters.length, 0) / MAPS;
  const ties = maps.reduce((sum, m) => sum + m.snapshots[0].ties.length, 0) / MAPS;

  const analyse = measure(maps, (map) => analyseSnapshot(map.snapshots[0], map));
  const compare = measure(maps, (map) => compareSnapshots(map, map.snapshots[0], map.snapshots[0]));

  // Memory: what the results of one pass keep alive, per map.
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const results = maps.map((map) => analyseSnapshot(map.snapshots[0], map));
  const heapPerResult = (process.memoryUsage().heapUsed - heapBefore) / results.length;
  const rss = process.memoryUsage().rss;
  return {
    title: `Core: indicator engine (${MAPS} generated maps, avg ${alters.toFixed(1)} alters, ${ties.toFixed(1)} ties, all functions used; one core)`,
    columns: ['operation', 'maps/s (median)', 'min', 'max', 'target', 'ratio to target'],
    rows: [
      ['analyseSnapshot', fmt(median(analyse)), fmt(Math.min(...analyse)), fmt(Math.max(...analyse)), '50,000', (median(analyse) / 50_000).toFixed(2)],
      ['compareSnapshots', fmt(median(compare)), fmt(Math.min(...compare)), fmt(Math.max(...compare)), '', ''],
    ],
    notes: [`heap per analysis result: ${(heapPerResult / 1024).toFixed(1)} KiB; process RSS after the run: ${(rss / 1024 / 1024).toFixed(0)} MiB`],
  };
}

function fmt(n) {
  return Math.round(n).toLocaleString('en-US');
}
