import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SURVEY_COLUMNS, SURVEY_MEASURES, parseSurveyCsv, wilsonInterval } from '@netwerkkracht/core';
import { folderWith, run } from './test-support.js';

const HEADER = SURVEY_COLUMNS.join(',');
function line(cells: Partial<Record<(typeof SURVEY_COLUMNS)[number], string | number>>): string {
  return SURVEY_COLUMNS.map((c) => (cells[c] === undefined ? '' : String(cells[c]))).join(',');
}

/** The seed's five sites (29, 33, 46, 41, 40); at each, `buren` rarely or never call on neighbours and `praktisch` asked for practical help. */
const SITES = [
  { site: 'De Markten', size: 29, buren: 24, praktisch: 3, inkomen: 'midden' },
  { site: 'Muntpunt', size: 33, buren: 28, praktisch: 6, inkomen: 'midden' },
  { site: 'Chez Nous/Bij Ons', size: 46, buren: 40, praktisch: 10, inkomen: 'laag' },
  { site: 'Hobo', size: 41, buren: 35, praktisch: 8, inkomen: 'laag' },
  { site: 'ONE', size: 40, buren: 33, praktisch: 12, inkomen: 'laag' },
];
function seedCsv(): string {
  let id = 0;
  const rows = SITES.flatMap((s) => Array.from({ length: s.size }, (_, i) => line({
    respondent: `q${++id}`, site: s.site, beroep_buren: i < s.buren ? 'zelden' : 'vaak', hulp_praktisch: i < s.praktisch ? 'ja' : 'nee', inkomen: s.inkomen,
  })));
  return `${[HEADER, ...rows].join('\n')}\n`;
}

/** A user error: exit 2, nothing on stdout, exactly one line on stderr, no stack. */
function expectUserError(result: { code: number; out: string; err: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  expect(result.out).toBe('');
  expect(result.err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(result.err).toMatch(/^netwerkkracht: /);
  expect(result.err).toMatch(pattern);
  expect(result.err).not.toMatch(/\n\s+at /);
}

describe('netwerkkracht survey report', () => {
  const cwd = folderWith({ 'seed.csv': seedCsv() });

  it('[R5] --json prints one object of the agreed shape with the hand-computed counts and shares of the five sites', async () => {
    const result = await run(['survey', 'report', 'seed.csv', '--json'], { cwd });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(Object.keys(report)).toEqual(['by', 'smallCellThreshold', 'total', 'groups']);
    expect(report.by).toBe('site');
    expect(report.smallCellThreshold).toBe(5);
    expect(report.total.respondents).toBe(189);
    expect(report.groups.map((g: { group: string; respondents: number }) => [g.group, g.respondents])).toEqual([
      ['Chez Nous/Bij Ons', 46], ['De Markten', 29], ['Hobo', 41], ['Muntpunt', 33], ['ONE', 40],
    ]);
    const hobo = report.groups[2];
    expect(Object.keys(hobo.measures)).toEqual([...SURVEY_MEASURES]);
    expect(hobo.measures.zelden_nooit_buren).toEqual({ n: 41, count: 35, share: 35 / 41, ci95: [...wilsonInterval(35, 41)!] });
    // 160 of 189 rarely or never call on neighbours: 24 + 28 + 40 + 35 + 33.
    expect(report.total.measures.zelden_nooit_buren).toMatchObject({ n: 189, count: 160, share: 160 / 189 });
    // Nobody answered family: n = 0, so share and interval are null (and 0 is hidden below 5).
    expect(report.total.measures.soms_familie).toEqual({ n: null, count: null, share: null, ci95: null });
    // 3 at De Markten is hidden, and the smallest other count with it (Muntpunt, 6); the total 39 stays.
    expect(report.groups[1].measures.hulp_praktisch).toEqual({ n: 29, count: null, share: null, ci95: null });
    expect(report.groups[3].measures.hulp_praktisch).toEqual({ n: 33, count: null, share: null, ci95: null });
    expect(report.total.measures.hulp_praktisch.count).toBe(39);
  });
  it('[SC7] --small-cell 0 shows every number; --by inkomen groups by income', async () => {
    const open = JSON.parse((await run(['survey', 'report', 'seed.csv', '--json', '--small-cell', '0'], { cwd })).out);
    expect(open.smallCellThreshold).toBe(0);
    expect(open.groups[1].measures.hulp_praktisch.count).toBe(3);
    const byIncome = JSON.parse((await run(['survey', 'report', 'seed.csv', '--json', '--by', 'inkomen'], { cwd })).out);
    expect(byIncome.groups.map((g: { group: string; respondents: number }) => [g.group, g.respondents])).toEqual([['laag', 127], ['midden', 62]]);
  });
  it('the readable table marks hidden numbers and explains them, in the chosen language', async () => {
    const en = await run(['survey', 'report', 'seed.csv', '--lang', 'en'], { cwd });
    expect(en.code).toBe(0);
    expect(en.out).toContain('rarely or never calls on neighbours');
    expect(en.out).toContain('fewer than 5');
    expect(en.out).toContain('Brussels 2018: 80 % to 90 %');
    const fr = await run(['survey', 'report', 'seed.csv', '--lang', 'fr'], { cwd });
    expect(fr.out).toContain('moins de 5');
  });
  it('a wrong --by, --small-cell or subcommand is one translated line, exit 2', async () => {
    expectUserError(await run(['survey', 'report', 'seed.csv', '--by', 'leeftijd'], { cwd }), /--by leeftijd kan niet/);
    expectUserError(await run(['survey', 'report', 'seed.csv', '--small-cell', 'vijf', '--lang', 'en'], { cwd }), /--small-cell vijf is not a whole number/);
    expectUserError(await run(['survey', 'rapport', 'seed.csv'], { cwd }), /onbekende opdracht "survey rapport"/);
  });
});

describe('netwerkkracht survey on a bad file', () => {
  const good = seedCsv();
  const cwd = folderWith({
    'code.csv': good.replace('q7,De Markten,,zelden', 'q7,De Markten,,altijd'),
    'dup.csv': `${good}${line({ respondent: 'q3', site: 'Hobo' })}\n`,
    'columns.csv': good.replace('beroep_gezin', 'gezin'),
    'latin1.csv': Buffer.concat([Buffer.from(`${HEADER}\n${line({ respondent: 'a', site: 'Caf' })}`.slice(0, -SURVEY_COLUMNS.length + 2)), Buffer.from([0xe9]), Buffer.from(`${','.repeat(SURVEY_COLUMNS.length - 2)}\n`)]),
  });
  it('[SV3] an unknown code: exit 2, one line with line and column, no stack', async () => {
    expectUserError(await run(['survey', 'report', 'code.csv'], { cwd }), /code\.csv: regel 8, kolom 4 \(beroep_buren\): "altijd" is geen bekende code/);
  });
  it('[SV5] a duplicate respondent names both lines', async () => {
    expectUserError(await run(['survey', 'report', 'dup.csv', '--lang', 'en'], { cwd }), /line 191, column 1 \(respondent\): respondent "q3" is already on line 4/);
  });
  it('[SV2] wrong columns are refused on line 1 and the rest counted', async () => {
    expectUserError(await run(['survey', 'report', 'columns.csv', '--lang', 'en'], { cwd }), /line 1, column 7: unknown column "gezin".*\(and 1 more problem; survey check shows them all\)/);
  });
  it('[SV4] broken UTF-8 is refused with its line', async () => {
    expectUserError(await run(['survey', 'report', 'latin1.csv', '--lang', 'en'], { cwd }), /latin1\.csv: line 2: the file is not valid UTF-8/);
  });
  it('[SV7] survey check lists every problem and exits 2; on a good file it says how many respondents', async () => {
    const result = await run(['survey', 'check', 'columns.csv', '--json'], { cwd });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out).issues.map((i: { code: string }) => i.code)).toEqual(['unknown_column', 'missing_column']);
    const ok = await run(['survey', 'check', 'seed.csv'], { cwd: folderWith({ 'seed.csv': good }) });
    expect([ok.code, ok.out]).toEqual([0, 'geldig: 189 respondenten\n']);
  });
});

describe('netwerkkracht survey compare, export and codebook', () => {
  const cwd = folderWith({ 'seed.csv': seedCsv() });
  it('[GC1][GC5] compare gives the test and a sentence that stays inside the sample', async () => {
    const result = await run(['survey', 'compare', 'seed.csv', '--measure', 'zelden_nooit_buren', '--by', 'inkomen', '--json', '--lang', 'en'], { cwd });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.test.method).toBe('chi_square');
    expect(json.test.df).toBe(1);
    expect(json.sentence).toMatch(/^In this sample/);
    expectUserError(await run(['survey', 'compare', 'seed.csv'], { cwd }), /geef een maat op met --measure/);
  });
  it('[SV9] export writes the file in the fixed column order; it reads back the same', async () => {
    const result = await run(['survey', 'export', 'seed.csv', '--out', 'clean.csv'], { cwd });
    expect(result.code).toBe(0);
    const written = readFileSync(join(cwd, 'clean.csv'), 'utf8');
    const again = parseSurveyCsv(written);
    const original = parseSurveyCsv(seedCsv());
    expect(again.ok && original.ok && again.responses).toEqual(original.ok && original.responses);
  });
  it('[CB1][CB2] codebook: JSON for scripts, a readable page otherwise', async () => {
    const json = JSON.parse((await run(['survey', 'codebook', '--json'])).out);
    expect(json.columns.map((c: { name: string }) => c.name)).toEqual([...SURVEY_COLUMNS]);
    expect((await run(['survey', 'codebook', '--lang', 'fr'])).out).toContain('# Livre de codes');
  });
});
