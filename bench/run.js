// `npm run bench [-- NAME...]`: runs the benchmarks and prints a table per benchmark.
// Timings are reported, never judged: a benchmark does not pass or fail.
import os from 'node:os';

const BENCHMARKS = {
  core: () => import('./core.js'),
  api: () => import('./api.js'),
  ui: () => import('./ui.js'),
  report: () => import('./report.js'),
  login: () => import('./login.js'),
  documents: () => import('./documents.js'),
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(BENCHMARKS);
const unknown = names.filter((n) => !BENCHMARKS[n]);
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}

console.log(`# Netwerkkracht benchmarks, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);

for (const name of names) {
  const module = await BENCHMARKS[name]();
  const result = await module.run();
  printTable(result);
}

function printTable({ title, columns, rows, notes = [] }) {
  console.log(`## ${title}\n`);
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
  for (const note of notes) console.log(`\n${note}`);
  console.log('');
}
