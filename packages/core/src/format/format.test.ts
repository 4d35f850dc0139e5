import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALTER_KINDS, APPRAISALS, CHANNELS, DIRECTIONS, FORMAL_LEVELS, FORMAL_MODES, FREQUENCIES, REACHABILITIES, SECTORS_A,
  SECTORS_B, SNAPSHOT_KINDS, STATUSES, SUPPORT_FUNCTIONS, VALENCES,
} from '../vocabularies/index.js';
import { latestCurrentSnapshot } from '../snapshots.js';
import { CURRENT_MAP_FORMAT_VERSION, mapFormatJsonSchema, toMapDocument } from './document.js';
import { formatPath, type Issue } from './issues.js';
import { migrateToCurrent, supportedVersions, type Migration } from './migrations.js';
import { parseMapDocument, parseMapDocumentText } from './parse.js';

// Tests of the rules F1–F17 of docs/map-format.md, one `describe` per rule.

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
    for (const version of [2, 0, 1.5, '1', null, undefined]) {
      const input = { format: 'netwerkkaart', version, map: personMap([]) };
      expect(errorsAt(input)).toEqual(['version unsupported_version']);
    }
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

describe('[F17] optional fields added within version 1', () => {
  // A file as the program wrote it before fixedArrangement existed (seed 004's need for stability).
  const before = doc(personMap([snapshot([a('oma', { sector: 'familie', support: { emotioneel: 'ontvangt' }, flags: { aanspreekfiguur: true } })])]));

  it('[F17] an older version-1 file without fixedArrangement still reads, means no arrangement, and is written back without it', () => {
    const map = parsedMap(before);
    const alter = map.snapshots[0]!.alters[0]!;
    expect(alter.fixedArrangement).toBeUndefined();
    const written = JSON.parse(JSON.stringify(toMapDocument(map))) as { version: number; map: { snapshots: { alters: Json[] }[] } };
    expect(written.version).toBe(1);
    expect('fixedArrangement' in written.map.snapshots[0]!.alters[0]!).toBe(false);
  });

  it('[F17] fixedArrangement takes afspraak, contract or lidmaatschap, round-trips, and anything else is refused at its path', () => {
    for (const value of ['afspraak', 'contract', 'lidmaatschap']) {
      const map = parsedMap(doc(personMap([snapshot([a('club', { fixedArrangement: value })])])));
      expect(map.snapshots[0]!.alters[0]!.fixedArrangement).toBe(value);
      expect(parsedMap(JSON.parse(JSON.stringify(toMapDocument(map))))).toEqual(map);
    }
    expect(errorsAt(doc(personMap([snapshot([a('club', { fixedArrangement: 'handdruk' })])])))).toEqual(['map.snapshots[0].alters[0].fixedArrangement not_allowed']);
  });

  it('[F17] the JSON Schema names fixedArrangement as optional with its three values', () => {
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
    expect(documented).toEqual(Array.from({ length: 17 }, (_, i) => `F${i + 1}`));
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
