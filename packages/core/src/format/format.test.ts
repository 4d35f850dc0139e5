import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALTER_KINDS, APPRAISALS, CHANNELS, DIRECTIONS, FORMAL_LEVELS, FORMAL_MODES, FREQUENCIES, REACHABILITIES, SECTORS_A,
  SECTORS_B, SNAPSHOT_KINDS, STATUSES, SUPPORT_FUNCTIONS, VALENCES,
} from '../vocabularies/index.js';
import { latestCurrentSnapshot } from '../snapshots.js';
import { CURRENT_MAP_FORMAT_VERSION, mapFormatJsonSchema, toMapDocument } from './document.js';
import { formatPath, previewValue, type Issue } from './issues.js';
import { jsonErrorOffset } from './json-position.js';
import { describeIssue } from '../messages/issue-messages.js';
import { migrateToCurrent, supportedVersions, type Migration } from './migrations.js';
import { parseMapDocument, parseMapDocumentText } from './parse.js';

// Tests of the rules F1–F19 of docs/map-format.md, one `describe` per rule.

type Json = Record<string, unknown>;

function doc(map: Json, extra: Json = {}): Json {
  return { format: 'netwerkkaart', version: 1, ...extra, map };
}

function personMap(snapshots: Json[], extra: Json = {}): Json {
  return { id: 'm1', ego: { kind: 'persoon', name: 'Ilse' }, ...extra, snapshots };
}

function snapshot(alters: Json[], ties: unknown[] = [], extra: Json = {}): Json {
  return { id: 's1', kind: 'is', date: '2026-03-01', alters, ties, ...extra };
}

const a = (id: string, extra: Json = {}): Json => ({ id, name: `Persoon ${id}`, ring: 1, ...extra });

function issuesOf(input: unknown): readonly Issue[] {
  const result = parseMapDocument(input);
  return result.ok ? result.warnings : result.issues;
}

function errorsAt(input: unknown): string[] {
  const result = parseMapDocument(input);
  if (result.ok) return [];
  return result.issues.filter((i) => i.severity === 'error').map((i) => `${formatPath(i.path)} ${i.code}`);
}

function parsedMap(input: unknown) {
  const result = parseMapDocument(input);
  if (!result.ok) throw new Error(`expected a valid document, got ${JSON.stringify(result.issues)}`);
  return result.value.map;
}

describe('[F1] the envelope', () => {
  it('[F1] accepts a document with format, version and map, and the optional exportedAt and generator', () => {
    const result = parseMapDocument(doc(personMap([]), { exportedAt: '2026-03-01T10:00:00+01:00', generator: 'test' }));
    expect(result.ok).toBe(true);
  });

  it('[F1] rejects what is not a JSON object at the root', () => {
    for (const input of [null, 42, 'netwerkkaart', [doc(personMap([]))]]) {
      expect(errorsAt(input)).toEqual(['(root) not_an_object']);
    }
  });

  it('[F1] rejects another format and names the field', () => {
    expect(errorsAt({ format: 'egonet', version: 1, map: personMap([]) })).toEqual(['format wrong_format']);
    expect(errorsAt({ version: 1, map: personMap([]) })).toEqual(['format wrong_format']);
  });

  it('[F1] requires the map', () => {
    expect(errorsAt({ format: 'netwerkkaart', version: 1 })).toEqual(['map required']);
  });

  it('[F1] checks exportedAt as a date-time with offset', () => {
    expect(errorsAt(doc(personMap([]), { exportedAt: 'gisteren' }))).toEqual(['exportedAt invalid']);
  });
});

describe('[F2] the version', () => {
  it('[F2] reads the current version', () => {
    expect(CURRENT_MAP_FORMAT_VERSION).toBe(1);
    expect(parseMapDocument(doc(personMap([]))).ok).toBe(true);
  });

  it('[F2] rejects a version it cannot read, a missing one and one that is not a whole number', () => {
    for (const version of [2, 0, 1.5, '1', null]) {
      const input = { format: 'netwerkkaart', version, map: personMap([]) };
      expect(errorsAt(input)).toEqual(['version unsupported_version']);
    }
    expect(errorsAt({ format: 'netwerkkaart', map: personMap([]) })).toEqual(['version required']);
  });
});

describe('[F3] ids', () => {
  it('[F3] accepts letters, digits, - and _ up to 64 characters', () => {
    const id = `A-z_9${'x'.repeat(59)}`;
    expect(id).toHaveLength(64);
    expect(parseMapDocument(doc(personMap([snapshot([a(id)])]))).ok).toBe(true);
  });

  it('[F3] rejects other characters, empty ids and ids over 64 characters, with the path', () => {
    for (const bad of ['met spatie', '', 'é', 'a/b', 'x'.repeat(65)]) {
      expect(errorsAt(doc(personMap([snapshot([a(bad)])])))).toEqual(['map.snapshots[0].alters[0].id bad_id']);
    }
    expect(errorsAt(doc({ ...personMap([]), id: 'kaart 1' }))).toEqual(['map.id bad_id']);
  });
});

describe('[F4] strict objects', () => {
  it('[F4] reports an unknown field as an error, at every level, and never drops it silently', () => {
    const input = doc(personMap([snapshot([a('x', { leeftijd: 40 })], [], { kleur: 'rood' })], { extra: true }), { comment: 'hi' });
    expect(errorsAt(input).sort()).toEqual([
      'comment unknown_field',
      'map.extra unknown_field',
      'map.snapshots[0].alters[0].leeftijd unknown_field',
      'map.snapshots[0].kleur unknown_field',
    ]);
  });

  it('[F4] names a wrong type and a value outside a vocabulary', () => {
    const input = doc(personMap([snapshot([a('x', { status: 'weg', ring: 'een' })])]));
    expect(errorsAt(input).sort()).toEqual([
      'map.snapshots[0].alters[0].ring wrong_type',
      'map.snapshots[0].alters[0].status not_allowed',
    ]);
  });
});

describe('[F5] unique ids', () => {
  it('[F5] rejects two snapshots with one id and two alters with one id in a snapshot', () => {
    const input = doc(personMap([snapshot([a('x'), a('x')]), snapshot([], [], { id: 's1' })]));
    expect(errorsAt(input)).toEqual(['map.snapshots[0].alters[1].id duplicate_id', 'map.snapshots[1].id duplicate_id']);
  });

  it('[F5] allows the same alter id in different snapshots (the same person)', () => {
    const input = doc(personMap([snapshot([a('x')]), snapshot([a('x')], [], { id: 's2' })]));
    expect(parseMapDocument(input).ok).toBe(true);
  });
});

describe('[F6] ring within the ring count', () => {
  it('[F6] accepts rings 1..ringCount and rejects the rest with the range in the message', () => {
    expect(parseMapDocument(doc(personMap([snapshot([a('x', { ring: 3 })])]))).ok).toBe(true);
    const result = parseMapDocument(doc(personMap([snapshot([a('x', { ring: 4 })])])));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ severity: 'error', path: ['map', 'snapshots', 0, 'alters', 0, 'ring'], code: 'ring_out_of_range', params: { max: 3, got: 4 } }]);
    expect(parseMapDocument(doc(personMap([snapshot([a('x', { ring: 5 })])], { ringCount: 5 }))).ok).toBe(true);
    expect(errorsAt(doc(personMap([snapshot([a('x', { ring: 0 })])])))).toEqual(['map.snapshots[0].alters[0].ring ring_out_of_range']);
  });

  it('[F6] keeps ringCount within 2..5', () => {
    expect(errorsAt(doc(personMap([], { ringCount: 6 })))).toEqual(['map.ringCount too_big']);
    expect(errorsAt(doc(personMap([], { ringCount: 1 })))).toEqual(['map.ringCount too_small']);
  });
});

describe('[F7] sector within the scheme', () => {
  it('[F7] accepts the sectors of the map scheme and null', () => {
    const alters = [...SECTORS_B.map((s, i) => a(`b${i}`, { sector: s })), a('n', { sector: null })];
    expect(parseMapDocument(doc(personMap([snapshot(alters)]))).ok).toBe(true);
    expect(parseMapDocument(doc(personMap([snapshot(SECTORS_A.map((s, i) => a(`a${i}`, { sector: s })))], { sectorScheme: 'A' }))).ok).toBe(true);
  });

  it('[F7] rejects a sector of the other scheme and an unknown sector', () => {
    expect(errorsAt(doc(personMap([snapshot([a('x', { sector: 'verwanten' })])])))).toEqual(['map.snapshots[0].alters[0].sector sector_not_in_scheme']);
    expect(errorsAt(doc(personMap([snapshot([a('x', { sector: 'familie' })])], { sectorScheme: 'A' })))).toEqual(['map.snapshots[0].alters[0].sector sector_not_in_scheme']);
    expect(errorsAt(doc(personMap([snapshot([a('x', { sector: 'buren' })])])))).toEqual(['map.snapshots[0].alters[0].sector sector_not_in_scheme']);
  });
});

describe('[F8] ties between existing, distinct alters', () => {
  it('[F8] rejects a tie to an alter that is not in the snapshot, naming the end', () => {
    expect(errorsAt(doc(personMap([snapshot([a('x')], [['x', 'y']])])))).toEqual(['map.snapshots[0].ties[0][1] unknown_alter']);
  });

  it('[F8] checks ties per snapshot: an alter of another snapshot does not count', () => {
    const input = doc(personMap([snapshot([a('x'), a('y')]), snapshot([a('x')], [['x', 'y']], { id: 's2' })]));
    expect(errorsAt(input)).toEqual(['map.snapshots[1].ties[0][1] unknown_alter']);
  });

  it('[F8] rejects a tie of an alter with itself', () => {
    expect(errorsAt(doc(personMap([snapshot([a('x')], [['x', 'x']])])))).toEqual(['map.snapshots[0].ties[0] self_tie']);
  });

  it('[F8] rejects a tie that is not a pair of ids', () => {
    expect(errorsAt(doc(personMap([snapshot([a('x'), a('y')], [['x']])])))).not.toEqual([]);
    expect(errorsAt(doc(personMap([snapshot([a('x'), a('y')], [['x', 'y', 'x']])])))).not.toEqual([]);
  });
});

describe('[F9] ties are undirected pairs, stored once, smaller id first', () => {
  it('[F9] rejects the same pair twice, in either order', () => {
    expect(errorsAt(doc(personMap([snapshot([a('x'), a('y')], [['x', 'y'], ['x', 'y']])])))).toEqual(['map.snapshots[0].ties[1] duplicate_tie']);
    expect(errorsAt(doc(personMap([snapshot([a('x'), a('y')], [['x', 'y'], ['y', 'x']])])))).toEqual(['map.snapshots[0].ties[1] duplicate_tie']);
  });

  it('[F9] turns a pair written larger id first round and reports it as a warning', () => {
    const result = parseMapDocument(doc(personMap([snapshot([a('x'), a('y')], [['y', 'x']])])));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map.snapshots[0]?.ties).toEqual([['x', 'y']]);
    expect(result.warnings).toEqual([{ severity: 'warning', path: ['map', 'snapshots', 0, 'ties', 0], code: 'tie_reordered', params: { a: 'x', b: 'y' } }]);
  });

  it('[F9] normalises the order of any set of ties and warns once per reversed tie (property)', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 2, maxLength: 6 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 20 }),
      (ids, picks) => {
        const seen = new Set<string>();
        const written: [string, string][] = [];
        let reversed = 0;
        for (const [i, j, flip] of picks) {
          const x = ids[i % ids.length] as string;
          const y = ids[j % ids.length] as string;
          if (x === y) continue;
          const [lo, hi] = x < y ? [x, y] : [y, x];
          if (seen.has(`${lo}|${hi}`)) continue;
          seen.add(`${lo}|${hi}`);
          written.push(flip ? [hi, lo] : [lo, hi]);
          if (flip) reversed++;
        }
        const result = parseMapDocument(doc(personMap([snapshot(ids.map((id) => a(id)), written)])));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const ties = result.value.map.snapshots[0]?.ties ?? [];
        expect(ties.every(([p, q]) => p < q)).toBe(true);
        expect(new Set(ties.map(([p, q]) => `${p}|${q}`))).toEqual(seen);
        expect(result.warnings.filter((w) => w.code === 'tie_reordered')).toHaveLength(reversed);
      },
    ));
  });
});

describe('[F10] formal follows the sector when left out', () => {
  it('[F10] makes hulpverlening and maatschappelijke_diensten formal, other sectors and none informal', () => {
    const b = parsedMap(doc(personMap([snapshot([
      a('h', { sector: 'hulpverlening' }), a('f', { sector: 'familie' }), a('n'), a('v', { sector: 'hulpverlening', formal: false }),
      a('w', { sector: 'samenleving', formal: true }),
    ])])));
    expect(b.snapshots[0]?.alters.map((x) => [x.id, x.formal])).toEqual([['h', true], ['f', false], ['n', false], ['v', false], ['w', true]]);
    const schemeA = parsedMap(doc(personMap([snapshot([a('d', { sector: 'maatschappelijke_diensten' }), a('r', { sector: 'verwanten' })])], { sectorScheme: 'A' })));
    expect(schemeA.snapshots[0]?.alters.map((x) => x.formal)).toEqual([true, false]);
  });
});

describe('[F11] defaults', () => {
  it('[F11] fills the fields that have a default', () => {
    const map = parsedMap(doc({ id: 'm', ego: { kind: 'huishouden', name: 'Gezin' }, snapshots: [{ id: 's', kind: 'is', date: '2026-01-01', alters: [a('x')] }] }));
    expect(map.sectorScheme).toBe('B');
    expect(map.ringCount).toBe(3);
    expect(map.ego).toEqual({ kind: 'huishouden', name: 'Gezin', members: [] });
    const s = map.snapshots[0];
    expect(s?.appraisal).toBeNull();
    expect(s?.ties).toEqual([]);
    expect(s?.alters[0]).toEqual({
      id: 'x', kind: 'persoon', name: 'Persoon x', sector: null, ring: 1, status: 'actief', support: {}, channels: [], formal: false,
      flags: { aanspreekfiguur: false, andereAchtergrond: false, toegangTotMiddelen: false, alleenDigitaal: false },
    });
    expect(parsedMap(doc({ id: 'm', ego: { kind: 'persoon', name: 'Ilse' } })).snapshots).toEqual([]);
  });

  it('[F11] trims names and rejects a name that is empty after trimming', () => {
    expect(parsedMap(doc(personMap([snapshot([a('x', { name: '  Rosa ' })])]))).snapshots[0]?.alters[0]?.name).toBe('Rosa');
    expect(errorsAt(doc(personMap([snapshot([a('x', { name: '   ' })])])))).toEqual(['map.snapshots[0].alters[0].name too_short']);
  });
});

describe('[F12] snapshots and stable alter ids', () => {
  it('[F12] requires a kind of was, is or wens and a real calendar date', () => {
    expect(errorsAt(doc(personMap([snapshot([], [], { kind: 'toen' })])))).toEqual(['map.snapshots[0].kind not_allowed']);
    for (const date of ['2026-02-30', '2026-13-01', '1-1-2026', '2025-02-29']) {
      expect(errorsAt(doc(personMap([snapshot([], [], { date })])))).toEqual(['map.snapshots[0].date bad_date']);
    }
    expect(parseMapDocument(doc(personMap([snapshot([], [], { date: '2024-02-29' })]))).ok).toBe(true);
  });

  it('[F12] takes the latest "is" snapshot as now (the later in the file on the same date)', () => {
    const map = parsedMap(doc(personMap([
      snapshot([], [], { id: 'old', date: '2025-01-01' }),
      snapshot([], [], { id: 'wish', kind: 'wens', date: '2027-01-01' }),
      snapshot([], [], { id: 'now1', date: '2026-01-01' }),
      snapshot([], [], { id: 'now2', date: '2026-01-01' }),
      snapshot([], [], { id: 'past', kind: 'was', date: '2026-06-01' }),
    ])));
    expect(latestCurrentSnapshot(map)?.id).toBe('now2');
  });
});

describe('[F13] appraisal', () => {
  it('[F13] stores versterkend, belastend or null as given, and nothing else', () => {
    for (const appraisal of APPRAISALS) {
      expect(parsedMap(doc(personMap([snapshot([], [], { appraisal })]))).snapshots[0]?.appraisal).toBe(appraisal);
    }
    expect(parsedMap(doc(personMap([snapshot([], [], { appraisal: null })]))).snapshots[0]?.appraisal).toBeNull();
    expect(errorsAt(doc(personMap([snapshot([], [], { appraisal: 'goed' })])))).toEqual(['map.snapshots[0].appraisal not_allowed']);
  });

  it('[F13] never computes an appraisal: a large supportive network without one stays null', () => {
    const alters = Array.from({ length: 10 }, (_, i) => a(`p${i}`, { valence: 'steunend', support: { emotioneel: 'ontvangt' } }));
    expect(parsedMap(doc(personMap([snapshot(alters)]))).snapshots[0]?.appraisal).toBeNull();
  });
});

describe('[F14] every problem at once, with its path', () => {
  it('[F14] reports schema and map-rule problems of one file together, in path order', () => {
    const input = doc(personMap([
      snapshot([a('x', { ring: 9 }), a('y', { sector: 'buren', status: 'weg' }), a('x')], [['x', 'z'], ['y', 'y']]),
    ]));
    expect(errorsAt(input)).toEqual([
      'map.snapshots[0].alters[0].ring ring_out_of_range',
      'map.snapshots[0].alters[1].status not_allowed',
      'map.snapshots[0].alters[1].sector sector_not_in_scheme',
      'map.snapshots[0].alters[2].id duplicate_id',
      'map.snapshots[0].ties[0][1] unknown_alter',
      'map.snapshots[0].ties[1] self_tie',
    ]);
  });

  it('[F14] gives line and column for text that is not JSON, accepts a byte order mark, and never throws', () => {
    const result = parseMapDocumentText('{\n  "format": "netwerkkaart",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.code).toBe('not_json');
      expect(result.issues[0]?.params.line).toBe(3);
    }
    expect(parseMapDocumentText(`\uFEFF${JSON.stringify(doc(personMap([])))}`).ok).toBe(true);
    fc.assert(fc.property(fc.string(), (text) => {
      expect(() => parseMapDocumentText(text)).not.toThrow();
    }));
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(() => parseMapDocument(doc(value as Json))).not.toThrow();
      expect(() => parseMapDocument(value)).not.toThrow();
    }));
  });
});

// A generator of valid maps: every field of the format, within every rule.
const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const nameArb = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
const dateArb = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function alterArb(id: string, ringCount: number, scheme: 'A' | 'B') {
  return fc.record({
    id: fc.constant(id),
    kind: optional(fc.constantFrom(...ALTER_KINDS)),
    name: nameArb,
    personId: optional(idArb),
    sector: optional(fc.constantFrom(null, ...(scheme === 'B' ? SECTORS_B : SECTORS_A))),
    role: optional(nameArb),
    formal: optional(fc.boolean()),
    formalMode: optional(fc.constantFrom(...FORMAL_MODES)),
    formalLevel: optional(fc.constantFrom(...FORMAL_LEVELS)),
    chosenByFamily: optional(fc.boolean()),
    ring: fc.integer({ min: 1, max: ringCount }),
    position: optional(fc.record({
      angle: fc.double({ min: 0, max: 359.9, noNaN: true }).map((x) => x + 0),
      distance: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
    })),
    status: optional(fc.constantFrom(...STATUSES)),
    support: optional(fc.dictionary(fc.constantFrom(...SUPPORT_FUNCTIONS), fc.constantFrom(...DIRECTIONS))),
    valence: optional(fc.constantFrom(...VALENCES)),
    frequency: optional(fc.constantFrom(...FREQUENCIES)),
    channels: optional(fc.subarray([...CHANNELS])),
    reachability: optional(fc.constantFrom(...REACHABILITIES)),
    since: optional(fc.integer({ min: 1900, max: 2100 })),
    origin: optional(nameArb),
    flags: optional(fc.record({
      aanspreekfiguur: fc.boolean(), andereAchtergrond: fc.boolean(), toegangTotMiddelen: fc.boolean(), alleenDigitaal: fc.boolean(),
    }, { requiredKeys: [] })),
    note: optional(fc.string({ maxLength: 40 })),
  }, { requiredKeys: ['id', 'name', 'ring'] });
}

function snapshotArb(id: string, ringCount: number, scheme: 'A' | 'B') {
  return fc.uniqueArray(idArb, { maxLength: 8 }).chain((ids) => fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom(...SNAPSHOT_KINDS),
    date: dateArb,
    label: optional(nameArb),
    appraisal: optional(fc.constantFrom(null, ...APPRAISALS)),
    alters: fc.tuple(...ids.map((alterId) => alterArb(alterId, ringCount, scheme))),
    ties: ids.length < 2 ? fc.constant([]) : fc.uniqueArray(
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([x, y]) => x < y),
      { selector: ([x, y]) => `${x}|${y}`, maxLength: 10 },
    ),
    note: optional(fc.string({ maxLength: 40 })),
  }, { requiredKeys: ['id', 'kind', 'date', 'alters', 'ties'] }));
}

const mapArb = fc.record({
  scheme: fc.constantFrom('A' as const, 'B' as const),
  ringCount: fc.integer({ min: 2, max: 5 }),
  snapshotIds: fc.uniqueArray(idArb, { maxLength: 4 }),
}).chain(({ scheme, ringCount, snapshotIds }) => fc.record({
  id: idArb,
  title: optional(nameArb),
  ego: fc.oneof(
    fc.record({ kind: fc.constant('persoon'), name: nameArb, personId: optional(idArb) }, { requiredKeys: ['kind', 'name'] }),
    fc.record({
      kind: fc.constant('huishouden'),
      name: nameArb,
      members: fc.array(fc.record({ personId: idArb, name: nameArb, role: optional(nameArb) }, { requiredKeys: ['personId', 'name'] }), { maxLength: 4 }),
    }),
  ),
  sectorScheme: fc.constant(scheme),
  ringCount: fc.constant(ringCount),
  snapshots: fc.tuple(...snapshotIds.map((id) => snapshotArb(id, ringCount, scheme))),
}));

/** Drops keys whose value is undefined, as JSON does, so generated input is what a file holds. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('[F15] round trip', () => {
  it('[F15] any generated valid map is accepted, and parse → JSON.stringify → parse gives it back unchanged (property)', () => {
    fc.assert(fc.property(mapArb, (generated) => {
      const first = parseMapDocument(asJson(doc(generated)));
      if (!first.ok) throw new Error(JSON.stringify(first.issues));
      expect(first.warnings).toEqual([]);
      const text = JSON.stringify(toMapDocument(first.value.map));
      const second = parseMapDocumentText(text);
      expect(second.ok).toBe(true);
      if (!second.ok) return;
      expect(second.value.map).toEqual(first.value.map);
      expect(second.warnings).toEqual([]);
      expect(JSON.stringify(toMapDocument(second.value.map))).toBe(text);
    }), { numRuns: 200 });
  });
});

describe('[F16] migrations', () => {
  it('[F16] applies the steps from an older version up to the current one, collecting their notes', () => {
    const step1: Migration = (d) => ({ document: { ...d, map: { ...(d.map as Json), title: 'van v1' } }, notes: [{ severity: 'warning', path: ['map', 'title'], code: 'invalid', params: {} }] });
    const step2: Migration = (d) => ({ document: { ...d, touched: true }, notes: [] });
    const migrations = { 1: step1, 2: step2 };
    expect(supportedVersions(migrations, 3)).toEqual([1, 2, 3]);
    const result = migrateToCurrent({ format: 'netwerkkaart', version: 1, map: { id: 'm' } }, migrations, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.document).toEqual({ format: 'netwerkkaart', version: 3, touched: true, map: { id: 'm', title: 'van v1' } });
    expect(result.notes.map((n) => n.code)).toEqual(['invalid']);
  });

  it('[F16] refuses a version without a chain of migrations to the current one', () => {
    expect(supportedVersions({ 2: (d) => ({ document: d, notes: [] }) }, 3)).toEqual([2, 3]);
    const result = migrateToCurrent({ format: 'netwerkkaart', version: 1, map: {} }, { 2: (d) => ({ document: d, notes: [] }) }, 3);
    expect(result.ok).toBe(false);
  });

  it('[F16] has no migrations yet: version 1 is the first version', () => {
    expect(supportedVersions()).toEqual([1]);
  });
});

describe('[F19] optional fields added within version 1', () => {
  // A file as the program wrote it before fixedArrangement existed (seed 004's need for stability).
  const before = doc(personMap([snapshot([a('oma', { sector: 'familie', support: { emotioneel: 'ontvangt' }, flags: { aanspreekfiguur: true } })])]));

  it('[F19] an older version-1 file without fixedArrangement still reads, means no arrangement, and is written back without it', () => {
    const map = parsedMap(before);
    const alter = map.snapshots[0]!.alters[0]!;
    expect(alter.fixedArrangement).toBeUndefined();
    const written = JSON.parse(JSON.stringify(toMapDocument(map))) as { version: number; map: { snapshots: { alters: Json[] }[] } };
    expect(written.version).toBe(1);
    expect('fixedArrangement' in written.map.snapshots[0]!.alters[0]!).toBe(false);
  });

  it('[F19] fixedArrangement takes afspraak, contract or lidmaatschap, round-trips, and anything else is refused at its path', () => {
    for (const value of ['afspraak', 'contract', 'lidmaatschap']) {
      const map = parsedMap(doc(personMap([snapshot([a('club', { fixedArrangement: value })])])));
      expect(map.snapshots[0]!.alters[0]!.fixedArrangement).toBe(value);
      expect(parsedMap(JSON.parse(JSON.stringify(toMapDocument(map))))).toEqual(map);
    }
    expect(errorsAt(doc(personMap([snapshot([a('club', { fixedArrangement: 'handdruk' })])])))).toEqual(['map.snapshots[0].alters[0].fixedArrangement not_allowed']);
  });

  it('[F19] the JSON Schema names fixedArrangement as optional with its three values', () => {
    const schema = JSON.stringify(mapFormatJsonSchema());
    expect(schema).toContain('"fixedArrangement":{"type":"string","enum":["afspraak","contract","lidmaatschap"]');
  });
});

describe('the committed JSON Schema', () => {
  it('docs/netwerkkaart-v1.schema.json is the one generated from the zod schema (node scripts/generate-schema.js)', () => {
    const committed = readFileSync(new URL(`../../../../docs/netwerkkaart-v${CURRENT_MAP_FORMAT_VERSION}.schema.json`, import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(mapFormatJsonSchema(), null, 2)}\n`);
  });
});

describe('docs/map-format.md', () => {
  const docs = readFileSync(new URL('../../../../docs/map-format.md', import.meta.url), 'utf8');

  it('has a test named after every rule it numbers, and numbers every rule tested here', () => {
    const documented = [...docs.matchAll(/\*\*(F\d+)\. /g)].map((m) => m[1]);
    expect(documented).toEqual(Array.from({ length: 19 }, (_, i) => `F${i + 1}`));
    const tested = new Set([...readFileSync(new URL(import.meta.url), 'utf8').matchAll(/it\('\[(F\d+)\]/g)].map((m) => m[1]));
    expect([...tested].sort()).toEqual([...documented].sort());
  });

  it('shows a full example that is a valid map without warnings', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(docs)?.[1] ?? '';
    const result = parseMapDocumentText(example);
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('issues', () => {
  it('reports warnings apart from errors: a valid file can carry warnings', () => {
    const found = issuesOf(doc(personMap([snapshot([a('x'), a('y')], [['y', 'x']])])));
    expect(found.map((i) => i.severity)).toEqual(['warning']);
  });
});

describe('[F17] names are visible, trustworthy text', () => {
  const nameErrors = (name: string) => errorsAt(doc(personMap([snapshot([a('x', { name })])])));

  it('[F17] refuses control characters, lone surrogates and bidi overrides or isolates in a name, naming the field', () => {
    for (const name of ['Jan\u0000', 'Jan\nPeeters', 'Ja\u0007n', 'Jan\u009b', 'Jan\ud800', '\udc00Jan', 'Jan\u202eetep', '\u202aJan', '\u2066Jan\u2069', 'Jan\u2068']) {
      expect(nameErrors(name)).toEqual(['map.snapshots[0].alters[0].name name_characters']);
    }
  });

  it('[F17] refuses a name made only of spaces, zero-width or other invisible characters', () => {
    for (const name of ['\u200b', '\u200b\u200c\u200d', '\u2060\ufeff\u200b', '\u00ad', '\u3164', ' \u200b ', '\u180e']) {
      expect(nameErrors(name)).toEqual(['map.snapshots[0].alters[0].name name_invisible']);
    }
  });

  it('[F17] keeps right-to-left names, combining marks and a zero-width joiner inside a real name', () => {
    for (const name of ['فاطمة الزهراء', 'יוסף כהן', 'Zoë', 'Zoe\u0308', 'Nguyễn Văn Anh', 'ศรีสุดา', 'Renée-Lou', 'क्‍ष']) {
      expect(nameErrors(name)).toEqual([]);
    }
  });

  it('[F17] applies to the ego, household members and alters alike, in a translated message without the name', () => {
    const bad = '\u202eadnaR';
    const household = { id: 'm', ego: { kind: 'huishouden', name: bad, members: [{ personId: 'p1', name: '\u200b' }] }, snapshots: [] };
    const result = parseMapDocument(doc(household));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual(['map.ego.name name_characters', 'map.ego.members[0].name name_invisible']);
    const [first] = result.issues;
    if (!first) throw new Error('an issue was expected');
    expect(describeIssue(first, 'nl')).toMatch(/^map\.ego\.name: deze naam bevat tekens die niet mogen/);
    expect(describeIssue(first, 'fr')).toMatch(/^map\.ego\.name: ce nom contient des caractères interdits/);
    expect(describeIssue(first, 'en')).toMatch(/^map\.ego\.name: this name contains characters that are not allowed/);
    for (const lang of ['nl', 'fr', 'en'] as const) expect(describeIssue(first, lang)).not.toContain('adnaR');
  });
});

describe('[F18] any value in any field gives problems, never a crash, in short messages', () => {
  const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const LANGS = ['nl', 'fr', 'en'] as const;
  /** The longest message the catalogue gives (a sector list is the longest part), with room to spare. */
  const MAX_MESSAGE = 400;

  function messagesOf(result: ReturnType<typeof parseMapDocument>): string[] {
    const found = result.ok ? result.warnings : result.issues;
    return found.flatMap((i) => LANGS.map((lang) => describeIssue(i, lang)));
  }

  it('[F18] a 5,000-deep array as the version or as a support direction is described by its kind, not printed', () => {
    const asVersion = parseMapDocumentText(`{"format":"netwerkkaart","version":${deepArray(5000)},"map":{}}`);
    expect(asVersion.ok).toBe(false);
    if (!asVersion.ok) expect(asVersion.issues.map((i) => `${formatPath(i.path)} ${i.code} ${String(i.params.got)}`)).toEqual(['version wrong_type array']);
    const base = JSON.stringify(doc(personMap([snapshot([a('x', { support: { praktisch: 'PLACEHOLDER' } })])])));
    const asDirection = parseMapDocumentText(base.replace('"PLACEHOLDER"', deepArray(5000)));
    expect(asDirection.ok).toBe(false);
    if (!asDirection.ok) expect(describeIssue(asDirection.issues[0] as Issue, 'en')).toBe('map.snapshots[0].alters[0].support.praktisch: wrong kind of value: expected string, got array');
  });

  it('[F18] a missing version says so; a wrong one is shown in at most 40 characters', () => {
    const missing = parseMapDocument({ format: 'netwerkkaart', map: personMap([]) });
    expect(missing.ok || describeIssue(missing.issues[0] as Issue, 'nl')).toBe('version: dit veld ontbreekt en is verplicht');
    const long = parseMapDocument({ format: 'netwerkkaart', version: 'x'.repeat(100_000), map: personMap([]) });
    expect(long.ok || long.issues[0]?.params.got).toBe(`${'x'.repeat(39)}…`);
    const list = parseMapDocument({ format: 'netwerkkaart', version: 1, map: personMap([snapshot([a('x', { status: 'y'.repeat(1000) })])]) });
    expect(list.ok || list.issues[0]?.params.got).toBe(`${'y'.repeat(39)}…`);
    expect(previewValue([1, 'twee', [3, [4]], { vijf: 5 }, null])).toBe('[1, "twee", […], {…}, null]');
    expect(previewValue({ a: { b: 1 }, c: 'x'.repeat(50) })).toBe(`{"a": {…}, "c": "${'x'.repeat(22)}…`);
    expect(previewValue('😀'.repeat(30))).toBe(`${'😀'.repeat(19)}…`);
  });

  it('[F18] an unknown field with a huge name is shown shortened, in the path too', () => {
    const key = 'k'.repeat(100_000);
    const messages = messagesOf(parseMapDocument({ ...doc(personMap([])), [key]: 1 }));
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m.length).toBeLessThan(MAX_MESSAGE);
  });

  // Fields of a valid map where a hostile value is put, as paths from the document's root.
  const FIELDS: readonly (readonly (string | number)[])[] = [
    ['format'], ['version'], ['exportedAt'], ['generator'], ['map'], ['map', 'id'], ['map', 'title'], ['map', 'ego'], ['map', 'ego', 'kind'],
    ['map', 'ego', 'name'], ['map', 'ego', 'members'], ['map', 'sectorScheme'], ['map', 'ringCount'], ['map', 'snapshots'], ['map', 'extra'],
    ['map', 'snapshots', 0], ...['id', 'kind', 'date', 'label', 'appraisal', 'alters', 'ties', 'note', 'extra'].map((f) => ['map', 'snapshots', 0, f]),
    ['map', 'snapshots', 0, 'alters', 0], ['map', 'snapshots', 0, 'ties', 0], ['map', 'snapshots', 0, 'ties', 0, 1],
    ...['id', 'kind', 'name', 'personId', 'sector', 'role', 'formal', 'formalMode', 'formalLevel', 'chosenByFamily', 'ring', 'position', 'status',
      'support', 'valence', 'frequency', 'channels', 'reachability', 'since', 'origin', 'flags', 'note', 'extra'].map((f) => ['map', 'snapshots', 0, 'alters', 0, f]),
    ['map', 'snapshots', 0, 'alters', 0, 'support', 'praktisch'], ['map', 'snapshots', 0, 'alters', 0, 'support', 'extra'],
    ['map', 'snapshots', 0, 'alters', 0, 'flags', 'aanspreekfiguur'], ['map', 'snapshots', 0, 'alters', 0, 'position', 'angle'],
    ['map', 'snapshots', 0, 'alters', 0, 'channels', 0],
  ];
  const PLACEHOLDER = '\u0000hostile\u0000';

  /** A valid document with the placeholder at `path`, as JSON text with the hostile value's text put in. */
  function documentText(path: readonly (string | number)[], valueText: string): string {
    const base = doc(personMap([snapshot([a('x', { support: { praktisch: 'ontvangt' }, flags: {}, position: { angle: 1, distance: 0.5 }, channels: ['telefoon'] }), a('y')], [['x', 'y']])])) as Record<string, unknown>;
    let at: Record<string | number, unknown> = base;
    for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
    at[path[path.length - 1] as string | number] = PLACEHOLDER;
    return JSON.stringify(base).replace(JSON.stringify(PLACEHOLDER), () => valueText);
  }

  const hostileText: fc.Arbitrary<string> = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.integer({ min: 1, max: 10_000 }).map(deepArray),
    fc.integer({ min: 1, max: 10_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
    fc.integer({ min: 1, max: 10_000 }).map((d) => `${'[{"k":'.repeat(d)}"x"${'}]'.repeat(d)}`),
    fc.integer({ min: 100_000, max: 2_000_000 }).map((n) => JSON.stringify('\u202ex'.repeat(n / 2))),
    fc.integer({ min: 1, max: 5000 }).map((n) => `{${Array.from({ length: n }, (_, i) => `"${'k'.repeat(i % 97)}${i}":${i}`).join(',')}}`),
  );

  it('[F18] any JSON value (nested up to 10,000 deep, strings of megabytes) in any field: a result, never a throw, messages under 400 characters (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...FIELDS), hostileText, (path, valueText) => {
      const text = documentText(path, valueText);
      let result: ReturnType<typeof parseMapDocumentText> | undefined;
      expect(() => { result = parseMapDocumentText(text); }).not.toThrow();
      if (!result) return;
      for (const m of messagesOf(result)) expect(m.length).toBeLessThan(MAX_MESSAGE);
      // The same value handed over already parsed (the server's path) gives the same problems.
      const again = parseMapDocument(JSON.parse(text));
      expect(again.ok ? again.warnings : again.issues).toEqual(result.ok ? result.warnings : result.issues);
    }), { numRuns: 150 });
  });

  it('[F14] gives the line and column of every kind of syntax error, also where Node 20 names no position', () => {
    const at = (text: string) => {
      const result = parseMapDocumentText(text);
      return result.ok ? null : `${String(result.issues[0]?.params.line)}:${String(result.issues[0]?.params.column)}`;
    };
    expect(at('{\n  "a": }')).toBe('2:8');
    expect(at('{\n  "a": 1,\n  "b": [1, 2,,]\n}')).toBe('3:14');
    expect(at('{\n  "a": 1')).toBe('2:9');
    expect(at('{"a": tru}')).toBe('1:10');
    expect(at('{"a": "x\ny"}')).toBe('1:9');
    expect(at('{"a": 01}')).toBe('1:8');
    expect(at('{"a": "\\q"}')).toBe('1:9');
    expect(at('{"a": 1} x')).toBe('1:10');
    expect(at('')).toBe('1:1');
    expect(at(`${deepArray(10_000)}]`)).toBe(`1:${20_001}`);
    expect(jsonErrorOffset('{"a": [1, {"b": null}], "c": -1.5e3}')).toBe(-1);
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(jsonErrorOffset(JSON.stringify(value, null, 1))).toBe(-1);
    }));
  });
});
