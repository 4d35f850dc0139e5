import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKING_MODEL_CODES } from '../../catalogue/types.js';
import { LANGUAGES } from '../../labels.js';
import { LIFE_DOMAINS, SUPPORT_FUNCTIONS } from '../../vocabularies/index.js';
import {
  COST_CODES, CSV_ISSUE_CODES, CSV_ISSUE_MESSAGES, LOCAL_SERVICE_CSV_COLUMNS, LocalServiceSchema, MAX_CSV_ISSUES, describeCsvIssue,
  exportLocalServicesCsv, firstInvalidUtf8, importLocalServicesCsv, parseCsv, protectFromFormula, searchLocalServices,
  unprotectFromFormula, type LocalService, type LocalServiceInput,
} from './index.js';

const HEADER = LOCAL_SERVICE_CSV_COLUMNS.join(',');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const service = (input: Partial<LocalServiceInput> & { id: string }): LocalService =>
  LocalServiceSchema.parse({ name: 'Dienst', region: 'Hasselt', ...input }) as LocalService;

function issuesOf(input: string | Uint8Array) {
  const result = importLocalServicesCsv(input);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.issues;
}

describe('CSV reading (RFC 4180)', () => {
  it('[K7] quoted fields keep commas, doubled quotes and line breaks, and lines are counted through them', () => {
    const r = parseCsv('a,"b, c","say ""hi"""\r\n"multi\nline",x,y\n\nlast,,\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records.map((rec) => [rec.line, rec.fields.map((f) => f.value)])).toEqual([
      [1, ['a', 'b, c', 'say "hi"']],
      [2, ['multi\nline', 'x', 'y']],
      [5, ['last', '', '']],
    ]);
  });
  it('[K7] malformed quoting is refused with its line and column', () => {
    expect(parseCsv('a,b\nc,d"e\n')).toEqual({ ok: false, code: 'stray_quote', line: 2, column: 2 });
    expect(parseCsv('a,"b"c\n')).toEqual({ ok: false, code: 'text_after_quote', line: 1, column: 2 });
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({ ok: false, code: 'unclosed_quote', line: 2, column: 2 });
  });
});

describe('sociale kaart CSV import', () => {
  const row = (cells: Partial<Record<(typeof LOCAL_SERVICE_CSV_COLUMNS)[number], string>>): string =>
    LOCAL_SERVICE_CSV_COLUMNS.map((c) => cells[c] ?? '').join(',');

  it('[K8] a good file imports every record, with codes, lists and ja/nee', () => {
    const text = [
      HEADER,
      row({ id: 'babbel', naam: 'Babbelcafé De Linde', regio: 'Hasselt', kosten: 'gratis', steunfuncties: 'gezelschap|erbij_horen', levensdomeinen: 'welbevinden', werkmodellen: 'netwerk_via_regio_of_locatie', online: 'nee' }),
      row({ naam: '"Huis van het Kind, Genk"', regio: 'Genk', doelgroep: 'Ouders met jonge kinderen', online: 'ja' }),
    ].join('\r\n');
    const r = importLocalServicesCsv(utf8(text));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records.map((s) => [s.id, s.name, s.cost, s.supportFunctions, s.online, s.line])).toEqual([
      ['babbel', 'Babbelcafé De Linde', 'gratis', ['gezelschap', 'erbij_horen'], false, 2],
      [null, 'Huis van het Kind, Genk', 'onbekend', [], true, 3],
    ]);
  });

  it('[K9] wrong or missing columns are refused, naming them', () => {
    const issues = issuesOf('id,naam,regio,prijs,naam\nx,y,z,1,2\n');
    expect(issues.filter((i) => i.code === 'unknown_column').map((i) => [i.line, i.column, i.params['name']])).toEqual([[1, 4, 'prijs']]);
    expect(issues.filter((i) => i.code === 'duplicate_column').map((i) => [i.line, i.column])).toEqual([[1, 5]]);
    expect(issues.filter((i) => i.code === 'missing_column').map((i) => i.field)).toEqual(['organisatie', 'contact', 'kosten', 'toegankelijkheid', 'doelgroep', 'steunfuncties', 'levensdomeinen', 'werkmodellen', 'online']);
    expect(describeCsvIssue(issues[0]!, 'nl')).toMatch(/^regel 1, kolom 4: onbekende kolom "prijs"/);
    expect(issuesOf('')).toEqual([expect.objectContaining({ code: 'empty_file', line: 1 })]);
  });

  it('[K10] unknown codes are refused with line and column, and nothing is half-imported', () => {
    const text = [
      HEADER,
      row({ naam: 'Goed', regio: 'Hasselt' }),
      row({ naam: 'Fout', regio: 'Hasselt', kosten: 'duur', steunfuncties: 'gezelschap|knuffels', levensdomeinen: 'sport', werkmodellen: 'buddy' }),
    ].join('\n');
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, i.line, i.column, i.field, i.params['got']])).toEqual([
      ['unknown_code', 3, 6, 'kosten', 'duur'],
      ['unknown_code', 3, 9, 'steunfuncties', 'knuffels'],
      ['unknown_code', 3, 10, 'levensdomeinen', 'sport'],
      ['unknown_code', 3, 11, 'werkmodellen', 'buddy'],
    ]);
    expect(describeCsvIssue(issues[0]!, 'fr')).toBe(`ligne 3, colonne 6 (kosten): "duur" n’est pas un code connu ; choisissez parmi : ${COST_CODES.join(', ')}`);
    expect('records' in importLocalServicesCsv(text)).toBe(false);
  });

  it('[K11] bad values are refused: required fields, ids, yes/no, length, duplicates, field count', () => {
    const long = 'x'.repeat(201);
    const text = [
      HEADER,
      row({ id: 'a', naam: '', regio: 'Hasselt' }),
      row({ id: 'b c', naam: 'X', regio: 'Hasselt', online: 'misschien' }),
      row({ id: 'a', naam: long, regio: 'Hasselt', steunfuncties: 'zorg|zorg' }),
      'te,weinig,velden',
    ].join('\n');
    expect(issuesOf(text).map((i) => [i.code, i.line, i.column])).toEqual([
      ['required', 2, 2],
      ['bad_id', 3, 1],
      ['bad_boolean', 3, 12],
      ['too_long', 4, 2],
      ['duplicate_value', 4, 9],
      ['duplicate_id', 4, 1],
      ['wrong_field_count', 5, null],
    ]);
  });

  it('[K6] broken UTF-8 is refused with the line and position where it breaks', () => {
    const good = utf8(`${HEADER}\n${row({ naam: 'Café', regio: 'Gent' })}\n`);
    const bytes = new Uint8Array([...good, ...utf8(row({ naam: 'Caf', regio: 'Gent' }).slice(0, 4)), 0xe9, 0x0a]);
    expect(issuesOf(bytes)).toEqual([expect.objectContaining({ code: 'bad_encoding', line: 3, params: { position: 5 } })]);
    expect(describeCsvIssue(issuesOf(bytes)[0]!, 'en')).toBe('line 3: the file is not valid UTF-8 text from character 5; save it as "CSV UTF-8"');
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8(utf8('Ça va — très 😀'))).toBe(-1);
  });

  it('[K6] a byte-order mark and semicolon-separated files (as spreadsheets write them) are read', () => {
    const text = `\uFEFF${LOCAL_SERVICE_CSV_COLUMNS.join(';')}\r\n;"Buurthuis; De Kring";;Sint-Niklaas;;gratis;;;;;;ja\r\n`;
    const r = importLocalServicesCsv(utf8(text));
    expect(r.ok && r.records.map((s) => [s.name, s.region, s.online])).toEqual([['Buurthuis; De Kring', 'Sint-Niklaas', true]]);
  });

  it('[K7] rows with only empty fields (empty spreadsheet rows) are skipped', () => {
    const r = importLocalServicesCsv(`${HEADER}\n${row({ naam: 'X', regio: 'Gent' })}\n,,,,,,,,,,,\n  ,\n`);
    expect(r.ok && r.records.map((s) => s.name)).toEqual(['X']);
  });

  it('[K12] at most a hundred problems are listed, then how many more', () => {
    const lines = [HEADER, ...Array.from({ length: 120 }, () => row({ naam: 'X', regio: 'Gent', kosten: 'duur' }))];
    const issues = issuesOf(lines.join('\n'));
    expect(issues).toHaveLength(MAX_CSV_ISSUES + 1);
    expect(issues.at(-1)).toMatchObject({ code: 'more_issues', params: { count: 20 } });
  });

  it('every CSV issue code has a message in every language', () => {
    for (const lang of LANGUAGES) for (const code of CSV_ISSUE_CODES) {
      expect(CSV_ISSUE_MESSAGES[lang][code]({ name: 'x', allowed: 'a', got: 'b', expected: 1, max: 2, id: 'i', firstLine: 2, count: 3, position: 4 }).length).toBeGreaterThan(5);
    }
  });
});

describe('sociale kaart CSV export', () => {
  it('[K14] the export has the fixed header and CRLF lines; spreadsheet formulas are defused', () => {
    const csv = exportLocalServicesCsv([service({ id: 's1', name: '=HYPERLINK("x")', contact: '+32 11 22 33 44', supportFunctions: ['zorg', 'praktisch'] })]);
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(HEADER);
    expect(line).toBe('s1,"\'=HYPERLINK(""x"")",,Hasselt,\'+32 11 22 33 44,onbekend,,,zorg|praktisch,,,nee');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(exportLocalServicesCsv([], { bom: true })).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('[K13] formula protection round-trips every value and leaves other apostrophes alone', () => {
    for (const v of ["'t Stad", '=1+1', "'=1", "''", '-', '@x', 'gewoon']) expect(unprotectFromFormula(protectFromFormula(v))).toBe(v);
    expect(unprotectFromFormula("'t Stad")).toBe("'t Stad");
  });

  it('[K15] export then import gives back the same services', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const arbitraryService = fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/) as fc.Arbitrary<string>,
      name: text.filter((s) => s.trim() !== ''),
      organisation: text,
      region: text.filter((s) => s.trim() !== ''),
      contact: fc.oneof(text, fc.constantFrom('=cmd|x', '+32 11', '"a","b"', 'l1\r\nl2', "'=x", '-1')),
      cost: fc.constantFrom(...COST_CODES),
      accessibility: text,
      targetGroup: text,
      supportFunctions: fc.uniqueArray(fc.constantFrom(...SUPPORT_FUNCTIONS)),
      domains: fc.uniqueArray(fc.constantFrom(...LIFE_DOMAINS)),
      models: fc.uniqueArray(fc.constantFrom(...WORKING_MODEL_CODES)),
      online: fc.boolean(),
    }).map((input) => LocalServiceSchema.parse(input) as LocalService);
    fc.assert(fc.property(fc.uniqueArray(arbitraryService, { selector: (s) => s.id, maxLength: 8 }), fc.boolean(), (services, bom) => {
      const csv = exportLocalServicesCsv(services, { bom });
      const back = importLocalServicesCsv(utf8(csv));
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      expect(back.records.map(({ line: _line, ...rest }) => rest)).toEqual(services);
    }), { numRuns: 300 });
  });
});

describe('sociale kaart search', () => {
  const services = [
    service({ id: 'a', name: 'Babbelcafé', region: 'Sint-Niklaas', targetGroup: 'Ouders en grootouders', domains: ['welbevinden'], supportFunctions: ['gezelschap'], models: ['netwerk_via_regio_of_locatie'] }),
    service({ id: 'b', name: 'Chatlijn', region: 'Vlaanderen', online: true, supportFunctions: ['emotioneel'] }),
    service({ id: 'c', name: 'Huiswerkklas', region: 'Gent', targetGroup: 'Kinderen van de lagere school', domains: ['onderwijs'] }),
  ];
  it('[K1] region folds case, accents and dashes and keeps online services', () => {
    expect(searchLocalServices(services, { region: 'sint niklaas' }).map((s) => s.id)).toEqual(['a', 'b']);
    expect(searchLocalServices(services, { region: 'Niklaas' }).map((s) => s.id)).toEqual(['a', 'b']);
    expect(searchLocalServices(services, { region: 'Gen' }).map((s) => s.id)).toEqual(['b']);
  });
  it('[K2][K3][K4] target group, domain, model, function and free text filter together', () => {
    expect(searchLocalServices(services, { targetGroup: 'ouders' }).map((s) => s.id)).toEqual(['a']);
    expect(searchLocalServices(services, { domain: 'onderwijs' }).map((s) => s.id)).toEqual(['c']);
    expect(searchLocalServices(services, { model: 'netwerk_via_regio_of_locatie', supportFunction: 'gezelschap' }).map((s) => s.id)).toEqual(['a']);
    expect(searchLocalServices(services, { supportFunction: 'emotioneel', region: 'Gent' }).map((s) => s.id)).toEqual(['b']);
    expect(searchLocalServices(services, { text: 'babbelcafe' }).map((s) => s.id)).toEqual(['a']);
    expect(searchLocalServices(services, {})).toHaveLength(3);
  });
});
