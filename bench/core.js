// Core benchmark: how many maps per second the indicator engine analyses on one core.
// Each measurement runs in its own fresh Node process, several times: the speed of optimised code
// differs from one process to the next (how V8 happened to optimise it), so the table gives the
// median over processes and the slowest and fastest process, not one process's luck.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyseSnapshot, compareSnapshots } from '@netwerkkracht/core';
import { createRandom, generateMap } from './generate-maps.js';

const MAPS = 2_000;
const ROUNDS = 7;
const PROCESSES = Number(process.env.BENCH_CORE_PROCESSES ?? 5);
const CHILD_FLAG = '--measure-in-this-process';

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
  const runs = [];
  for (let i = 0; i < PROCESSES; i++) {
    const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), CHILD_FLAG], { encoding: 'utf8' });
    runs.push(JSON.parse(out));
  }
  const { alters, ties } = runs[0];
  const analyse = runs.map((r) => median(r.analyse));
  const compare = runs.map((r) => median(r.compare));
  const row = (name, values, target) => [
    name, fmt(median(values)), fmt(Math.min(...values)), fmt(Math.max(...values)), values.map(fmt).join(' '),
    target ? fmt(target) : '', target ? (median(values) / target).toFixed(2) : '',
  ];
  return {
    title: `Core: indicator engine (${MAPS} generated maps, avg ${alters.toFixed(1)} alters, ${ties.toFixed(1)} ties, all functions used; one core; ${PROCESSES} fresh processes)`,
    columns: ['operation', 'maps/s (median)', 'slowest process', 'fastest process', 'per process (median of 7 rounds each)', 'target', 'ratio to target'],
    rows: [row('analyseSnapshot', analyse, 50_000), row('compareSnapshots', compare, 0)],
    notes: [`heap per analysis result: ${(median(runs.map((r) => r.heapPerResult)) / 1024).toFixed(1)} KiB; process RSS after a run: ${(median(runs.map((r) => r.rss)) / 1024 / 1024).toFixed(0)} MiB`],
  };
}

/** One process's measurement: rounds of whole passes over the maps, after a warm-up. */
function measureHere() {
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
  return { alters, ties, analyse, compare, heapPerResult, rss };
}

if (process.argv.includes(CHILD_FLAG)) process.stdout.write(JSON.stringify(measureHere()));

function fmt(n) {
  return Math.round(n).toLocaleString('en-US');
}
