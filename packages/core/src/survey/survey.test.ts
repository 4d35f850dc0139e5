import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../labels.js';
import {
  BRUSSELS_2018_RANGES, MEASURE_DEFINITIONS, MEASURE_NUMERATOR_TEXT, SURVEY_COLUMNS, SURVEY_CSV_ISSUE_CODES, SURVEY_CSV_MESSAGES,
  SURVEY_MEASURES, buildSurveyReport, compareGroups, countMeasure, describeComparison, describeSurveyCsvIssue, emptySurveyResponse,
  fisherExact2x2, independenceTest, parseSurveyCsv, serialiseSurveyCsv, surveyCodebook, surveyCodebookMarkdown, wilsonInterval,
  type SurveyResponse,
} from './index.js';

const HEADER = SURVEY_COLUMNS.join(',');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** One CSV line with the given cells set and every other column empty. */
function line(cells: Partial<Record<(typeof SURVEY_COLUMNS)[number], string | number>>): string {
  return SURVEY_COLUMNS.map((c) => (cells[c] === undefined ? '' : String(cells[c]))).join(',');
}
function issuesOf(input: string | Uint8Array) {
  const result = parseSurveyCsv(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}
function responses(input: string): readonly SurveyResponse[] {
  const result = parseSurveyCsv(input);
  if (!result.ok) throw new Error(result.issues.map((i) => describeSurveyCsvIssue(i, 'en')).join('\n'));
  return result.responses;
}
const r = (id: string, answers: Partial<SurveyResponse>): SurveyResponse => ({ ...emptySurveyResponse(id), ...answers });

describe('survey CSV (docs/survey.md SV1–SV9)', () => {
  it('[SV1] a file with every column reads, empty cells as not answered', () => {
    const list = responses(`${HEADER}\n${line({ respondent: 'a1', site: 'Hobo', date: '2026-03-01', beroep_buren: 'zelden', aantal_vrienden: 0, vertrouwen: 4 })}\n`);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ respondent: 'a1', site: 'Hobo', date: '2026-03-01', beroep_buren: 'zelden', aantal_vrienden: 0, vertrouwen: 4, beroep_gezin: null, leeftijd: null });
  });
  it('[SV2] columns may come in any order; an unknown, missing or doubled column is refused on line 1 with its column', () => {
    const reordered = [...SURVEY_COLUMNS].reverse();
    expect(responses(`${reordered.join(',')}\n${reordered.map((c) => (c === 'respondent' ? 'x' : '')).join(',')}\n`)[0]?.respondent).toBe('x');
    const wrong = issuesOf(`${HEADER.replace('beroep_gezin', 'beroep_huisgenoten')}\n`);
    expect(wrong).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'unknown_column', line: 1, column: SURVEY_COLUMNS.indexOf('beroep_gezin') + 1 }),
      expect.objectContaining({ code: 'missing_column', line: 1, column: null, field: 'beroep_gezin' }),
    ]));
    expect(issuesOf(`${HEADER},site\n`)).toEqual([expect.objectContaining({ code: 'duplicate_column', line: 1, column: SURVEY_COLUMNS.length + 1, field: 'site' })]);
  });
  it('[SV3] an unknown code, a bad number, a date that is no day are refused with line and column (the header is line 1)', () => {
    const text = `${HEADER}\n${line({ respondent: 'a', beroep_buren: 'altijd' })}\n${line({ respondent: 'b', aantal_vrienden: '3.5', vertrouwen: 6, date: '2026-02-30' })}\n`;
    const found = issuesOf(text);
    expect(found).toEqual([
      expect.objectContaining({ code: 'unknown_code', line: 2, column: SURVEY_COLUMNS.indexOf('beroep_buren') + 1, field: 'beroep_buren' }),
      expect.objectContaining({ code: 'bad_date', line: 3, column: 3, field: 'date' }),
      expect.objectContaining({ code: 'bad_integer', line: 3, column: SURVEY_COLUMNS.indexOf('aantal_vrienden') + 1 }),
      expect.objectContaining({ code: 'out_of_range', line: 3, column: SURVEY_COLUMNS.indexOf('vertrouwen') + 1, params: { got: 6, min: 1, max: 5 } }),
    ]);
    expect(describeSurveyCsvIssue(found[0]!, 'nl')).toBe('regel 2, kolom 4 (beroep_buren): "altijd" is geen bekende code; kies uit: nooit, zelden, soms, vaak');
  });
  it('[SV4] broken UTF-8 is refused with the line where it breaks', () => {
    const bytes = utf8(`${HEADER}\n${line({ respondent: 'a', site: 'Chez Nous' })}\n${line({ respondent: 'b', site: 'Caf' })}\n`);
    const text = new TextDecoder().decode(bytes);
    const at = text.indexOf('Caf') + 3;
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xe9, ...bytes.subarray(at)]);
    expect(issuesOf(broken)).toEqual([expect.objectContaining({ code: 'bad_encoding', line: 3, column: null })]);
  });
  it('[SV5] a respondent twice is refused on the second line, naming the first', () => {
    const found = issuesOf(`${HEADER}\n${line({ respondent: 'a' })}\n${line({ respondent: 'b' })}\n${line({ respondent: 'a' })}\n`);
    expect(found).toEqual([expect.objectContaining({ code: 'duplicate_respondent', line: 4, column: 1, params: { id: 'a', firstLine: 2 } })]);
  });
  it('[SV6] lines are lines of the file: a quoted line break moves the next line number on', () => {
    const found = issuesOf(`${HEADER}\n${line({ respondent: 'a', site: '"two\nlines"' })}\n${line({ respondent: 'b', geslacht: 'x' })}\n`);
    expect(found).toEqual([
      expect.objectContaining({ code: 'bad_text', line: 2, column: 2, field: 'site' }),
      expect.objectContaining({ code: 'unknown_code', line: 4, column: SURVEY_COLUMNS.indexOf('geslacht') + 1 }),
    ]);
  });
  it('[SV7] a missing respondent id or a line with too few fields is refused; nothing of the file is taken (all or nothing)', () => {
    const result = parseSurveyCsv(`${HEADER}\n${line({ respondent: 'ok' })}\n${line({ site: 'Hobo' })}\nx,y\n`);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.line])).toEqual([['required', 3], ['wrong_field_count', 4]]);
  });
  it('[SV8] every problem has a text in nl, fr and en', () => {
    for (const lang of LANGUAGES) for (const code of SURVEY_CSV_ISSUE_CODES) expect(SURVEY_CSV_MESSAGES[lang][code]({}).length).toBeGreaterThan(5);
  });
  it('[SV9] export then import gives the same records; a formula-looking site is protected and comes back', () => {
    const list = [
      r('1', { site: '=HYPERLINK("x")', date: '2026-01-31', beroep_familie: 'vaak', buren_voornaam: 12, leeftijd: 71, migratie: 'eerste_generatie' }),
      r('2', { site: 'De Markten, "oud"', vertrouwen: 1, inkomen: 'laag' }),
    ];
    const text = serialiseSurveyCsv(list, { bom: true });
    expect(text.split('\r\n')[1]).toContain("'=HYPERLINK");
    expect(responses(text)).toEqual(list);
  });
});

describe('measures (M1–M12)', () => {
  const list = [
    r('1', { beroep_buren: 'nooit', beroep_familie: 'soms', aantal_vrienden: 0, buren_voornaam: 2, familie_in_stad: 'nee', alleenstaand: 'ja', hulp_emotioneel: 'ja' }),
    r('2', { beroep_buren: 'zelden', beroep_familie: 'zelden', aantal_vrienden: 5, buren_voornaam: 3, familie_in_stad: 'ja', alleenstaand: 'nee', hulp_praktisch: 'nee' }),
    r('3', { beroep_buren: 'soms', beroep_familie: 'vaak', aantal_vrienden: 6, buren_voornaam: 0, hulp_praktisch: 'ja' }),
    r('4', { beroep_buren: 'vaak', beroep_vrienden: 'nooit', beroep_gezin: 'vaak' }),
  ];
  it('[M1] each measure counts over the respondents who answered its item', () => {
    const got = Object.fromEntries(SURVEY_MEASURES.map((m) => [m, countMeasure(list, m)]));
    expect(got).toEqual({
      zelden_nooit_buren: { n: 4, count: 2 },
      zelden_nooit_vrienden: { n: 1, count: 1 },
      zelden_nooit_familie: { n: 3, count: 1 },
      zelden_nooit_gezin: { n: 1, count: 0 },
      soms_familie: { n: 3, count: 1 },
      geen_vrienden: { n: 3, count: 1 },
      max5_vrienden: { n: 3, count: 2 },
      alleenstaand: { n: 2, count: 1 },
      max2_buren_voornaam: { n: 3, count: 2 },
      geen_familie_in_stad: { n: 2, count: 1 },
      hulp_emotioneel: { n: 1, count: 1 },
      hulp_praktisch: { n: 2, count: 1 },
    });
  });
  it('[M2] with suppression off, share = count / n and null when nobody answered', () => {
    const report = buildSurveyReport(list, { smallCell: 0 });
    expect(report.total.measures.max5_vrienden.share).toBeCloseTo(2 / 3, 12);
    expect(buildSurveyReport([r('x', {})], { smallCell: 0 }).total.measures.alleenstaand).toEqual({ n: 0, count: 0, share: null, ci95: null });
  });
  it('[M3] the codebook says what each measure counts, in line with the definitions', () => {
    for (const m of SURVEY_MEASURES) {
      for (const code of MEASURE_NUMERATOR_TEXT[m]) {
        const values = /^(\d+)\.\.(\d+)$/.exec(code);
        if (values) for (let v = Number(values[1]); v <= Number(values[2]); v++) expect(MEASURE_DEFINITIONS[m].counts(v)).toBe(true);
        else expect(MEASURE_DEFINITIONS[m].counts(/^\d+$/.test(code) ? Number(code) : code)).toBe(true);
      }
    }
  });
});

describe('Wilson interval (W1–W3)', () => {
  // Newcombe (1998), Statistics in Medicine 17:857-872, table I, method 3 (Wilson score without correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('[W1] %i / %i gives Newcombe\'s published interval', (count, n, low, high) => {
    const [l, h] = wilsonInterval(count, n) as [number, number];
    expect(l).toBeCloseTo(low, 4);
    expect(h).toBeCloseTo(high, 4);
  });
  it('[W1] 8 / 10 matches R (prop.test without correction, z = 1.959964)', () => {
    const [l, h] = wilsonInterval(8, 10) as [number, number];
    expect(l).toBeCloseTo(0.4901625, 6);
    expect(h).toBeCloseTo(0.9433178, 6);
  });
  it('[W2] null when n = 0; [W3] inside [0, 1] at 0 and at n', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(5, 5)?.[1]).toBe(1);
    expect(wilsonInterval(0, 5)?.[0]).toBe(0);
    expect(() => wilsonInterval(6, 5)).toThrow(RangeError);
  });
});

/**
 * The seed's five questionnaire sites with their sizes (seed 002, p. 6), filled with answers whose
 * counts are chosen by hand (inside the ranges the seed states) so every figure can be checked.
 */
const SEED_SITES = [
  { site: 'De Markten', size: 29, buren: 24, max2: 14, unansweredBuren: 0, somsFam: 15, geenFam: 15, praktisch: 3 },
  { site: 'Muntpunt', size: 33, buren: 28, max2: 15, unansweredBuren: 0, somsFam: 17, geenFam: 18, praktisch: 6 },
  { site: 'Chez Nous/Bij Ons', size: 46, buren: 40, max2: 25, unansweredBuren: 0, somsFam: 20, geenFam: 38, praktisch: 10 },
  { site: 'Hobo', size: 41, buren: 35, max2: 22, unansweredBuren: 3, somsFam: 18, geenFam: 34, praktisch: 8 },
  { site: 'ONE', size: 40, buren: 33, max2: 20, unansweredBuren: 0, somsFam: 22, geenFam: 25, praktisch: 12 },
] as const;

function seedCsv(): string {
  const lines = [HEADER];
  let id = 0;
  for (const s of SEED_SITES) {
    for (let i = 0; i < s.size; i++) {
      lines.push(line({
        respondent: `q${++id}`,
        site: s.site,
        date: '2018-03-15',
        beroep_buren: i < s.buren ? (i % 2 === 0 ? 'nooit' : 'zelden') : 'soms',
        buren_voornaam: i < s.unansweredBuren ? '' : i < s.unansweredBuren + s.max2 ? i % 3 : 3 + (i % 4),
        beroep_familie: i < s.somsFam ? 'soms' : i % 2 === 0 ? 'vaak' : 'nooit',
        familie_in_stad: i < s.geenFam ? 'nee' : 'ja',
        hulp_praktisch: i < s.praktisch ? 'ja' : 'nee',
      }));
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('the seed\'s five sites (29, 33, 46, 41, 40)', () => {
  const list = responses(seedCsv());
  const report = buildSurveyReport(list);
  const bySite = new Map(report.groups.map((g) => [g.group, g]));

  it('[R1] all 189 respondents are read, grouped by site in a fixed order', () => {
    expect(list).toHaveLength(189);
    expect(report.total.respondents).toBe(189);
    expect(report.groups.map((g) => [g.group, g.respondents])).toEqual([
      ['Chez Nous/Bij Ons', 46], ['De Markten', 29], ['Hobo', 41], ['Muntpunt', 33], ['ONE', 40],
    ]);
  });
  it('[R2] counts and shares per site equal the hand-computed ones', () => {
    for (const s of SEED_SITES) {
      const g = bySite.get(s.site);
      expect(g?.measures.zelden_nooit_buren).toMatchObject({ n: s.size, count: s.buren, share: s.buren / s.size });
      expect(g?.measures.max2_buren_voornaam).toMatchObject({ n: s.size - s.unansweredBuren, count: s.max2, share: s.max2 / (s.size - s.unansweredBuren) });
      expect(g?.measures.soms_familie).toMatchObject({ n: s.size, count: s.somsFam, share: s.somsFam / s.size });
      expect(g?.measures.geen_familie_in_stad).toMatchObject({ n: s.size, count: s.geenFam });
      expect(g?.measures.zelden_nooit_familie.count).toBe(Math.floor((s.size - s.somsFam) / 2) + ((s.size - s.somsFam) % 2 === 1 && s.somsFam % 2 === 0 ? 0 : (s.size - s.somsFam) % 2));
    }
    // Totals by hand: 24+28+40+35+33 = 160 of 189; 14+15+25+22+20 = 96 of 186 (3 at Hobo did not answer).
    expect(report.total.measures.zelden_nooit_buren).toMatchObject({ n: 189, count: 160, share: 160 / 189 });
    expect(report.total.measures.max2_buren_voornaam).toMatchObject({ n: 186, count: 96, share: 96 / 186 });
    expect(report.total.measures.soms_familie).toMatchObject({ n: 189, count: 92 });
    expect(report.total.measures.geen_familie_in_stad).toMatchObject({ n: 189, count: 130 });
    expect(report.total.measures.zelden_nooit_buren.ci95).toEqual(wilsonInterval(160, 189));
  });
  it('[R2] every site lies inside the seed\'s stated 2018 ranges for these four measures', () => {
    for (const g of report.groups) {
      for (const [m, [low, high]] of Object.entries(BRUSSELS_2018_RANGES) as [keyof typeof BRUSSELS_2018_RANGES, [number, number]][]) {
        const share = g.measures[m].share as number;
        expect(share).toBeGreaterThanOrEqual(low);
        expect(share).toBeLessThanOrEqual(high);
      }
    }
  });
  it('[SC1][SC4] 3 asking for practical help at De Markten is hidden, and so is the smallest other count (Muntpunt, 6), not the total', () => {
    expect(bySite.get('De Markten')?.measures.hulp_praktisch).toEqual({ n: 29, count: null, share: null, ci95: null });
    expect(bySite.get('Muntpunt')?.measures.hulp_praktisch).toEqual({ n: 33, count: null, share: null, ci95: null });
    expect(bySite.get('ONE')?.measures.hulp_praktisch.count).toBe(12);
    expect(report.total.measures.hulp_praktisch.count).toBe(39);
  });
  it('[R5] the report as JSON has exactly the agreed shape', () => {
    const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['by', 'smallCellThreshold', 'total', 'groups']);
    expect(json.by).toBe('site');
    expect(json.smallCellThreshold).toBe(5);
    for (const g of [report.total, ...report.groups]) {
      expect(Object.keys(g)).toEqual(['group', 'respondents', 'measures']);
      expect(Object.keys(g.measures)).toEqual([...SURVEY_MEASURES]);
      for (const cell of Object.values(g.measures)) expect(Object.keys(cell)).toEqual(['n', 'count', 'share', 'ci95']);
    }
  });
  it('[GC1] comparing sites on calling on neighbours: chi-square over 5 groups, the sentence stays "in this sample"', () => {
    const c = compareGroups(list, 'zelden_nooit_buren');
    expect(c.test?.method).toBe('chi_square');
    expect(c.test?.df).toBe(4);
    expect(describeComparison(c, 'en')).toMatch(/^In this sample, /);
    expect(describeComparison(c, 'en')).toMatch(/does not prove there is no difference/);
  });
});

describe('group comparisons (GC1–GC5)', () => {
  it('[GC2] Pearson chi-square without continuity correction matches R: X² = 6.667, p = 0.009823', () => {
    const t = independenceTest([[10, 20], [20, 10]]);
    expect(t.method).toBe('chi_square');
    expect(t.statistic).toBeCloseTo(6.666667, 5);
    expect(t.p).toBeCloseTo(0.009823, 6);
  });
  it('[GC2] a 3×2 table: X² by hand (expected 19 and 11 in every row) and, for 2 degrees of freedom, p = exp(-X²/2)', () => {
    const t = independenceTest([[12, 18], [20, 10], [25, 5]]);
    const byHand = 49 / 19 + 49 / 11 + 1 / 19 + 1 / 11 + 36 / 19 + 36 / 11;
    expect(t.df).toBe(2);
    expect(t.statistic).toBeCloseTo(byHand, 10);
    expect(t.p).toBeCloseTo(Math.exp(-byHand / 2), 10);
  });
  it('[GC4] a 2×2 table with a small expected count uses Fisher\'s exact test, two-sided as R', () => {
    expect(fisherExact2x2([3, 1], [1, 3])).toBeCloseTo(0.4857143, 6);
    expect(fisherExact2x2([8, 2], [1, 5])).toBeCloseTo(0.03496503, 6);
    expect(independenceTest([[8, 2], [1, 5]]).method).toBe('fisher_exact');
  });
  it('[GC3] no test when a cell of the comparison is hidden, nor when everyone answered alike', () => {
    const list = [...Array.from({ length: 30 }, (_, i) => r(`a${i}`, { site: 'A', hulp_praktisch: i < 2 ? 'ja' : 'nee' })), ...Array.from({ length: 30 }, (_, i) => r(`b${i}`, { site: 'B', hulp_praktisch: i < 12 ? 'ja' : 'nee' }))];
    expect(compareGroups(list, 'hulp_praktisch').withheld).toBe('small_cells');
    expect(compareGroups(list, 'hulp_praktisch', { smallCell: 0 }).test?.method).toBe('chi_square');
    const alike = list.map((x) => ({ ...x, hulp_emotioneel: 'ja' as const }));
    expect(compareGroups(alike, 'hulp_emotioneel').withheld).toBe('no_variation');
  });
  it('[GC5] a clear difference is worded as this sample only, never as a cause, in every language', () => {
    const list = [...Array.from({ length: 40 }, (_, i) => r(`a${i}`, { geeft_steun: 'vaak', beroep_buren: i < 10 ? 'nooit' : 'soms' })), ...Array.from({ length: 40 }, (_, i) => r(`b${i}`, { geeft_steun: 'nooit', beroep_buren: i < 32 ? 'nooit' : 'soms' }))];
    const c = compareGroups(list, 'zelden_nooit_buren', { by: 'geeft_steun' });
    expect(c.test?.p).toBeLessThan(0.001);
    expect(describeComparison(c, 'en')).toContain('In this sample');
    expect(describeComparison(c, 'en')).toContain('does not say why');
    expect(describeComparison(c, 'nl')).toContain('In deze steekproef');
    expect(describeComparison(c, 'fr')).toContain('Dans cet échantillon');
    for (const lang of LANGUAGES) expect(describeComparison(c, lang)).not.toMatch(/caus|oorzaak|because|omdat|parce que|prove that|bewijst dat/i);
  });
});

describe('codebook (CB1–CB2)', () => {
  it('[CB1] names every column once with its type and every code with labels in three languages', () => {
    const book = surveyCodebook();
    expect(book.columns.map((c) => c.name)).toEqual([...SURVEY_COLUMNS]);
    expect(book.columns.find((c) => c.name === 'vertrouwen')).toMatchObject({ type: 'integer', min: 1, max: 5 });
    for (const c of book.columns) for (const v of c.values ?? []) for (const lang of LANGUAGES) expect(v.label[lang]).not.toBe('');
  });
  it('[CB2] the readable page lists every column and how to read the file in R and SPSS', () => {
    const page = surveyCodebookMarkdown('nl');
    for (const c of SURVEY_COLUMNS) expect(page).toContain(`\`${c}\``);
    expect(page).toContain('read.csv');
    expect(page).toContain('VALUE LABELS beroep_buren');
  });
});
