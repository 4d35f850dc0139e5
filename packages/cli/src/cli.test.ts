import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_NAMES, parseMapDocumentText } from '@netwerkkracht/core';
import type { Command } from './commands/index.js';
import { COMMANDS } from './commands/index.js';
import { UserError } from './errors.js';
import { folderWith, REPO_ROOT, run } from './test-support.js';

const MOTHER = 'examples/moeder-en-verzorgende.json';
const UNCLE = 'examples/gezin-oom-weer-actief.json';
const WISH = 'examples/gewenste-band-gerealiseerd.json';

function map(alters: unknown[], extra: Record<string, unknown> = {}, snapshotExtra: Record<string, unknown> = {}) {
  return {
    format: 'netwerkkaart', version: 1,
    map: { id: 'm', ego: { kind: 'persoon', name: 'Ilse' }, ...extra, snapshots: [{ id: 'nu', kind: 'is', date: '2026-01-01', alters, ties: [], ...snapshotExtra }] },
  };
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

describe('examples/', () => {
  const files = readdirSync(join(REPO_ROOT, 'examples')).filter((f) => f.endsWith('.json'));

  it('holds at least three example maps', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s is a valid map without warnings, and validate says OK', async (file) => {
    const parsed = parseMapDocumentText(readFileSync(join(REPO_ROOT, 'examples', file), 'utf8'));
    expect(parsed.ok && parsed.warnings).toEqual([]);
    const result = await run(['validate', `examples/${file}`]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^OK: /);
  });

  it('are clearly fictitious', () => {
    for (const file of files) expect(readFileSync(join(REPO_ROOT, 'examples', file), 'utf8')).toMatch(/fictief/);
  });
});

describe('netwerkkracht analyse', () => {
  it('reads the latest "is" snapshot in plain Dutch by default, strengths first', async () => {
    const { code, out, err } = await run(['analyse', MOTHER]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Netwerkkaart: Voorbeeld \(fictief\): Ilse en haar verzorgende\nVersie: nu/);
    const headings = out.split('\n').filter((l) => l && !l.startsWith(' ') && !/^(Netwerkkaart|Versie):/.test(l));
    expect(headings[0]).toBe('Wat je netwerk al geeft');
    expect(out).toContain('Hoe gaat het met Greet?');
    expect(out).not.toMatch(/undefined|NaN/);
  });

  it('prints one JSON object whose keys are exactly the indicator names', async () => {
    const { code, out } = await run(['analyse', MOTHER, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([...INDICATOR_NAMES]);
    expect(json.keyPersons).toEqual(['greet']);
    expect(json.size).toBe(7);
  });

  it('takes --snapshot ID', async () => {
    const was = JSON.parse((await run(['analyse', UNCLE, '--snapshot', '2025-10', '--json'])).out) as Record<string, unknown>;
    const now = JSON.parse((await run(['analyse', UNCLE, '--json'])).out) as Record<string, unknown>;
    expect(was.dormantCount).toBe(1);
    expect(now.dormantCount).toBe(0);
  });

  it('speaks French and English with --lang, and follows NETWERKKRACHT_LANG', async () => {
    expect((await run(['analyse', MOTHER, '--lang', 'fr'])).out).toContain('Ce que votre réseau apporte déjà');
    expect((await run(['analyse', MOTHER], { env: { NETWERKKRACHT_LANG: 'en' } })).out).toContain('What your network already gives');
    expect((await run(['--lang', 'en', 'analyse', MOTHER], { env: { NETWERKKRACHT_LANG: 'fr' } })).out).toContain('What your network already gives');
  });

  it('answers --help without reading a file', async () => {
    const { code, out } = await run(['analyse', '--help', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: netwerkkracht analyse FILE/);
    expect(out).toContain('--snapshot ID');
  });
});

describe('user errors: exit 2 and one translated line naming the place', () => {
  const bad = folderWith({
    'not-json.json': '{ "format": "netwerkkaart", ',
    'version.json': { ...map([]), version: 9 },
    'sector.json': map([{ id: 'x', name: 'X', ring: 1, sector: 'buren' }]),
    'tie.json': map([{ id: 'x', name: 'X', ring: 1 }], {}, { ties: [['x', 'y']] }),
    'ring.json': map([{ id: 'x', name: 'X', ring: 7 }]),
    'many.json': map([{ id: 'x', name: 'X', ring: 7 }, { id: 'y', name: 'Y', ring: 9 }]),
    'no-now.json': { format: 'netwerkkaart', version: 1, map: { id: 'm', ego: { kind: 'persoon', name: 'I' } } },
    'latin1.json': Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
  });
  mkdirSync(join(bad, 'folder.json'));

  it.each([
    [['analyse', 'missing.json'], /het bestand "missing\.json" bestaat niet/],
    [['analyse', 'folder.json'], /"folder\.json" is geen gewoon bestand/],
    [['analyse', 'latin1.json'], /geen UTF-8-tekst/],
    [['analyse', 'not-json.json'], /geen geldige JSON \(regel 1, kolom/],
    [['analyse', 'version.json'], /^netwerkkracht: version: versie 9 kan dit programma niet lezen/],
    [['analyse', 'sector.json'], /map\.snapshots\[0\]\.alters\[0\]\.sector: sector "buren" hoort niet bij indeling B/],
    [['analyse', 'tie.json'], /map\.snapshots\[0\]\.ties\[0\]\[1\]: verwijst naar "y"/],
    [['analyse', 'ring.json'], /map\.snapshots\[0\]\.alters\[0\]\.ring: cirkel moet tussen 1 en 3 liggen, kreeg 7/],
    [['analyse', 'many.json'], /alters\[0\]\.ring: .* \(en nog 1 probleem; netwerkkracht validate many\.json toont ze allemaal\)/],
    [['analyse', 'no-now.json'], /map\.snapshots: deze kaart heeft nog geen versie "hoe het nu is"/],
    [['analyse', '../../examples/nope.json', '--lang', 'en'], /the file "\.\.\/\.\.\/examples\/nope\.json" does not exist/],
    [['analyse'], /geef een kaartbestand op/],
    [['analyse', 'a.json', 'b.json'], /onverwacht argument "b\.json"/],
    [['analyse', 'ring.json', '--frobnicate'], /onbekende optie --frobnicate/],
    [['analyse', 'ring.json', '--snapshot'], /de optie --snapshot heeft een waarde nodig/],
    [['analyse', 'ring.json', '--json=ja'], /de optie --json neemt geen waarde/],
    [['analyse', 'ring.json', '--lang', 'de'], /onbekende taal "de"; kies nl, fr of en/],
    [['compare', 'ring.json', '--to', 'nu'], /de optie --from is verplicht/],
    [['frobnicate'], /onbekende opdracht "frobnicate"/],
    [['constructor'], /onbekende opdracht "constructor"/],
    [['--frobnicate'], /onbekende optie --frobnicate/],
    [['help', 'frobnicate'], /onbekende opdracht/],
  ])('%j', async (args, pattern) => {
    expectUserError(await run(args, { cwd: bad }), pattern);
  });

  it('names an unknown snapshot id with the JSON path and the option', async () => {
    expectUserError(await run(['analyse', MOTHER, '--snapshot', 'gisteren']), /^netwerkkracht: map\.snapshots: er is geen versie met id "gisteren" \(--snapshot\)/);
    expectUserError(await run(['compare', UNCLE, '--from', '2025-10', '--to', 'later', '--lang', 'fr']), /map\.snapshots: il n’y a pas de version avec l’identifiant "later" \(--to\)/);
  });

  it('translates errors into the language of --lang or NETWERKKRACHT_LANG', async () => {
    expectUserError(await run(['analyse', 'missing.json', '--lang', 'fr'], { cwd: bad }), /le fichier « missing\.json » n’existe pas/);
    expectUserError(await run(['analyse', 'missing.json'], { cwd: bad, env: { NETWERKKRACHT_LANG: 'en' } }), /the file "missing\.json" does not exist/);
    expectUserError(await run(['frobnicate', '--lang=en']), /unknown command "frobnicate"/);
  });

  it('never lets control characters from the input reach the terminal', async () => {
    // Names refuse control characters (F17); a title may still carry them and is printed.
    const dir = folderWith({ 'evil.json': map([{ id: 'x', name: 'Rosa', ring: 1, support: { emotioneel: 'ontvangt' } }], { title: 'Kaart\u001b[2J\u001b]0;pwned\u0007' }) });
    const { code, out } = await run(['analyse', 'evil.json'], { cwd: dir });
    expect(code).toBe(0);
    expect(out.includes('\u001b') || out.includes('\u0007')).toBe(false);
    expect(out).toContain('Kaart\uFFFD[2J');
    expectUserError(await run(['analyse', 'x\u001b[31m.json'], { cwd: dir }), /"x\uFFFD\[31m\.json"/);
  });

  it('escapes C1 and bidi controls in JSON output, keeping the same JSON value', async () => {
    const sector = 'buren\u009b2J\u202e';
    const dir = folderWith({ 'evil.json': map([{ id: 'x', name: 'X', ring: 1, sector }]) });
    const { code, out } = await run(['validate', 'evil.json', '--json'], { cwd: dir });
    expect(code).toBe(2);
    expect(out.includes('\u009b') || out.includes('\u202e')).toBe(false);
    expect(out).toContain('\\u009b');
    const json = JSON.parse(out) as { issues: { params: { got: string } }[] };
    expect(json.issues[0]?.params.got).toBe(sector);
  });
});

describe('hostile map files', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const file = (version: string, direction: string) =>
    `{"format":"netwerkkaart","version":${version},"map":{"id":"m","ego":{"kind":"persoon","name":"Ilse"},"snapshots":[{"id":"nu","kind":"is","date":"2026-01-01","alters":[{"id":"x","name":"X","ring":1,"support":{"praktisch":${direction}}}]}]}}`;
  const dir = folderWith({
    'deep-version.json': file(deep(5000), '"ontvangt"'),
    'deep-support.json': file('1', deep(5000)),
    'no-version.json': { format: 'netwerkkaart', map: { id: 'm', ego: { kind: 'persoon', name: 'Ilse' } } },
    'syntax.json': '{\n  "format": "netwerkkaart",\n  "version": }\n',
  });

  it('a 10 KB file with a 5,000-deep array as the version or a support direction: exit 2 and one translated line, for analyse and validate', async () => {
    expect(Buffer.byteLength(file(deep(5000), '"ontvangt"'))).toBeGreaterThan(10_000);
    expectUserError(await run(['analyse', 'deep-version.json'], { cwd: dir }), /^netwerkkracht: version: verkeerd soort waarde: verwacht number, kreeg array\n$/);
    expectUserError(await run(['analyse', 'deep-support.json', '--lang', 'en'], { cwd: dir }), /^netwerkkracht: map\.snapshots\[0\]\.alters\[0\]\.support\.praktisch: wrong kind of value: expected string, got array\n$/);
    for (const name of ['deep-version.json', 'deep-support.json']) {
      const { code, out, err } = await run(['validate', name], { cwd: dir });
      expect(code).toBe(2);
      expect(out).toMatch(/^fout: .*verkeerd soort waarde: verwacht (number|string), kreeg array\n$/);
      expect(err.split('\n').filter(Boolean)).toHaveLength(1);
      expect(`${out}${err}`).not.toMatch(/Maximum call stack|\n\s+at /);
      const json = await run(['validate', name, '--json'], { cwd: dir });
      expect(json.code).toBe(2);
      expect(JSON.parse(json.out)).toMatchObject({ valid: false });
    }
  });

  it('a missing version says so, and a syntax error gives its line and column', async () => {
    expectUserError(await run(['analyse', 'no-version.json'], { cwd: dir }), /^netwerkkracht: version: dit veld ontbreekt en is verplicht\n$/);
    expectUserError(await run(['analyse', 'syntax.json', '--lang', 'fr'], { cwd: dir }), /ce n’est pas du JSON valide \(ligne 3, colonne 14\)/);
    const validated = await run(['validate', 'syntax.json'], { cwd: dir });
    expect(validated.code).toBe(2);
    expect(validated.out).toBe('fout: (root): dit is geen geldige JSON (regel 3, kolom 14)\n');
  });
});

describe('netwerkkracht validate', () => {
  it('reports every problem with its JSON path, warnings too, and exits 2', async () => {
    const dir = folderWith({
      'bad.json': map([{ id: 'x', name: 'X', ring: 7, sector: 'buren' }, { id: 'y', name: 'Y', ring: 1, leeftijd: 3 }], {}, { ties: [['y', 'x'], ['x', 'z']] }),
    });
    const { code, out, err } = await run(['validate', 'bad.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(out.split('\n').filter(Boolean)).toEqual([
      'fout: map.snapshots[0].alters[0].ring: cirkel moet tussen 1 en 3 liggen, kreeg 7',
      'fout: map.snapshots[0].alters[0].sector: sector "buren" hoort niet bij indeling B; kies uit: familie, vrienden_kennissen, samenleving, hulpverlening',
      'fout: map.snapshots[0].alters[1].leeftijd: onbekend veld "leeftijd"',
      'fout: map.snapshots[0].ties[1][1]: verwijst naar "z", maar die persoon staat niet op deze kaart',
      'waarschuwing: map.snapshots[0].ties[0]: band omgedraaid naar ["x", "y"] (kleinste id eerst)',
    ]);
    expect(err).toBe('netwerkkracht: geen geldige netwerkkaart: 4 fouten, 1 waarschuwing\n');
  });

  it('shows warnings of a valid file and exits 0 with a short OK and counts', async () => {
    const dir = folderWith({ 'ok.json': map([{ id: 'x', name: 'X', ring: 1 }, { id: 'y', name: 'Y', ring: 2 }], {}, { ties: [['y', 'x']] }) });
    const { code, out, err } = await run(['validate', 'ok.json', '--lang', 'en'], { cwd: dir });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe([
      'warning: map.snapshots[0].ties[0]: tie turned round to ["x", "y"] (smaller id first)',
      'OK: valid network map (format version 1): 1 snapshot, 2 people, 1 tie, 1 warning.',
      '',
    ].join('\n'));
  });

  it('gives the result as JSON with --json', async () => {
    const dir = folderWith({ 'bad.json': map([{ id: 'x', name: 'X', ring: 7 }]) });
    const { code, out } = await run(['validate', 'bad.json', '--json'], { cwd: dir });
    expect(code).toBe(2);
    const json = JSON.parse(out) as { valid: boolean; issues: { code: string; path: unknown[]; message: string }[] };
    expect(json.valid).toBe(false);
    expect(json.issues.map((i) => i.code)).toEqual(['ring_out_of_range']);
    expect(json.issues[0]?.path).toEqual(['map', 'snapshots', 0, 'alters', 0, 'ring']);
  });
});

describe('netwerkkracht compare', () => {
  it('lists who came, who was reactivated, who moved, whose support changed, and key deltas', async () => {
    const { code, out } = await run(['compare', UNCLE, '--from', '2025-10', '--to', '2026-04']);
    expect(code).toBe(0);
    expect(out).toContain('Vergelijking: 2025-10 — Bij de start van de begeleiding (Hoe het was, 2025-10-02) → 2026-04');
    expect(out).toContain('Nieuw op de kaart: Voetbalclub van Adam en Fatma.');
    expect(out).toContain('Weer opgepikt (het contact was stilgevallen): Oom Karim.');
    expect(out).toContain('Oom Karim staat nu dichterbij: van cirkel 3 naar cirkel 2.');
    expect(out).toContain('Ellen staat nu verder weg: van cirkel 1 naar cirkel 2.');
    expect(out).toMatch(/Ellen — weg: .*materiële steun/);
    expect(out).toContain('Deel van de steun van hulpverleners: 75 % → 27 %');
  });

  it('names a wished-for tie that was realised', async () => {
    const { out } = await run(['compare', WISH, '--from', 'start', '--to', 'later', '--lang', 'en']);
    expect(out).toContain('A wish came true: there is now contact with Hilde (Domo-vrijwilliger).');
  });

  it('gives the core comparison as JSON', async () => {
    const { code, out } = await run(['compare', UNCLE, '--from', '2025-10', '--to', '2026-04', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { reactivated: string[]; added: string[]; delta: Record<string, unknown> };
    expect(json.reactivated).toEqual(['oom-karim']);
    expect(json.added).toEqual(['voetbal', 'fatma']);
    expect(json.delta.size).toBe(3);
  });
});

describe('help, version and faults of the program', () => {
  it('lists every registered command in the tool help, in the chosen language', async () => {
    const { code, out } = await run(['--help', '--lang', 'fr']);
    expect(code).toBe(0);
    // A long summary wraps onto the next line, indented: compare with the whitespace made single.
    const flat = out.replace(/\s+/g, ' ');
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(out).toContain(`  ${name}`);
      expect(flat).toContain(command.summary.fr);
    }
    expect((await run(['help', 'compare'])).out).toMatch(/^Gebruik: netwerkkracht compare FILE --from ID --to ID/);
  });

  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, out: `netwerkkracht ${pkg.version}\n`, err: '' });
  });

  it('prints the help on stderr and exits 2 without a command', async () => {
    const { code, out, err } = await run([]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('analyse');
  });

  it('runs a command added to the registry, and turns an unexpected error into exit 1 with a stack only in debug mode', async () => {
    const broken: Command = {
      summary: { nl: 'stuk', fr: 'cassé', en: 'broken' }, usage: 'broken', description: { nl: '', fr: '', en: '' }, options: [],
      run: () => Promise.reject(new TypeError('boem')),
    };
    const polite: Command = { ...broken, run: () => Promise.reject(new UserError('zo niet')) };
    const commands = { ...COMMANDS, broken, polite };
    const plain = await run(['broken'], { commands });
    expect(plain.code).toBe(1);
    expect(plain.err).toBe('netwerkkracht: interne fout: boem\nZet NETWERKKRACHT_DEBUG=1 om de details te zien.\n');
    const debug = await run(['broken'], { commands, env: { NETWERKKRACHT_DEBUG: '1' } });
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(/TypeError: boem\n\s+at /);
    expectUserError(await run(['polite'], { commands }), /^netwerkkracht: zo niet\n$/);
  });
});
