import fc from 'fast-check';
import {
  ALTER_KINDS, CHANNELS, DIRECTIONS, FIXED_ARRANGEMENTS, FORMAL_LEVELS, FORMAL_MODES, FREQUENCIES, REACHABILITIES, SECTORS_A, SECTORS_B, STATUSES,
  SUPPORT_FUNCTIONS, VALENCES,
} from '../vocabularies/index.js';
import type { AlterInput, NetworkMapInput } from '../records/index.js';

/**
 * fast-check arbitraries for valid netwerkkaart input: used by the property tests of the indicators,
 * the comparison and the map format. Test-only (excluded from the build).
 */

/**
 * Every optional field of the format is generated (present or absent), so round trips through the
 * exports (GraphML, egor) notice a field they leave out. Texts include the characters XML and CSV
 * must escape (`<`, `&`, `"`, `;`, `,`, quotes, a leading `=`).
 */
const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0).map((s) => s.trim());
const name = text(20);
// Not "": an empty note and no note are the same cell in a CSV file and the same missing <data>.
// Line breaks (also CR LF, which XML readers turn into LF unless written as a reference) and tabs.
const note = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\r', '\t', '<', '&', '"', ';', ',', '=', 'é', '€'), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
);
const personId = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const support = fc.dictionary(fc.constantFrom(...SUPPORT_FUNCTIONS), fc.constantFrom(...DIRECTIONS), { maxKeys: SUPPORT_FUNCTIONS.length });

function alterArbitrary(id: string, scheme: 'A' | 'B', ringCount: number): fc.Arbitrary<AlterInput> {
  const sectors = scheme === 'B' ? SECTORS_B : SECTORS_A;
  return fc.record(
    {
      id: fc.constant(id),
      kind: fc.constantFrom(...ALTER_KINDS),
      name,
      personId,
      sector: fc.option(fc.constantFrom(...sectors), { nil: null }),
      role: text(30),
      formal: fc.option(fc.boolean(), { nil: undefined }),
      formalMode: fc.constantFrom(...FORMAL_MODES),
      formalLevel: fc.option(fc.constantFrom(...FORMAL_LEVELS), { nil: undefined }),
      chosenByFamily: fc.boolean(),
      ring: fc.integer({ min: 1, max: ringCount }),
      position: fc.option(fc.record({ angle: fc.double({ min: 0, max: 359.99, noNaN: true }), distance: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: undefined }),
      status: fc.constantFrom(...STATUSES, 'actief', 'actief'),
      support,
      valence: fc.option(fc.constantFrom(...VALENCES), { nil: undefined }),
      frequency: fc.option(fc.constantFrom(...FREQUENCIES), { nil: undefined }),
      channels: fc.uniqueArray(fc.constantFrom(...CHANNELS), { maxLength: CHANNELS.length }),
      reachability: fc.constantFrom(...REACHABILITIES),
      since: fc.integer({ min: 1900, max: 2100 }),
      origin: text(30),
      flags: fc.record({ aanspreekfiguur: fc.boolean(), andereAchtergrond: fc.boolean(), toegangTotMiddelen: fc.boolean(), alleenDigitaal: fc.boolean() }),
      fixedArrangement: fc.option(fc.constantFrom(...FIXED_ARRANGEMENTS), { nil: undefined }),
      note,
    },
    { requiredKeys: ['id', 'name', 'ring'] },
  ) as fc.Arbitrary<AlterInput>;
}

export interface SnapshotParts {
  readonly alters: AlterInput[];
  readonly ties: [string, string][];
}

function snapshotParts(ids: readonly string[], scheme: 'A' | 'B', ringCount: number): fc.Arbitrary<SnapshotParts> {
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] as string, ids[j] as string]);
  return fc.record({
    alters: fc.tuple(...ids.map((id) => alterArbitrary(id, scheme, ringCount))).map((list) => [...list]),
    ties: pairs.length === 0 ? fc.constant([] as [string, string][]) : fc.subarray(pairs),
  });
}

/** A valid map with one to three snapshots over a shared pool of alter ids (so they can be compared). */
export const mapInputArbitrary: fc.Arbitrary<NetworkMapInput> = fc
  .record({
    scheme: fc.constantFrom('A' as const, 'B' as const),
    ringCount: fc.integer({ min: 2, max: 5 }),
    poolSize: fc.integer({ min: 0, max: 14 }),
    snapshotCount: fc.integer({ min: 1, max: 3 }),
    household: fc.boolean(),
    title: optional(text(40)),
    egoPersonId: optional(personId),
    members: fc.uniqueArray(fc.record({ personId, name, role: text(20) }, { requiredKeys: ['personId', 'name'] }), { maxLength: 4, selector: (m) => m.personId }),
    labels: fc.array(optional(text(30)), { minLength: 3, maxLength: 3 }),
    notes: fc.array(optional(note), { minLength: 3, maxLength: 3 }),
  })
  .chain(({ scheme, ringCount, poolSize, snapshotCount, household, title, egoPersonId, members, labels, notes }) => {
    const pool = Array.from({ length: poolSize }, (_, i) => `a${i}`);
    const snapshot = fc.subarray(pool).chain((ids) => snapshotParts(ids, scheme, ringCount));
    return fc.tuple(
      fc.array(snapshot, { minLength: snapshotCount, maxLength: snapshotCount }),
      fc.array(fc.constantFrom('was' as const, 'is' as const, 'wens' as const), { minLength: snapshotCount, maxLength: snapshotCount }),
      fc.array(fc.option(fc.constantFrom('versterkend' as const, 'belastend' as const), { nil: null }), { minLength: snapshotCount, maxLength: snapshotCount }),
    ).map(([parts, kinds, appraisals]): NetworkMapInput => ({
      id: 'map',
      ...(title === undefined ? {} : { title }),
      ego: household ? { kind: 'huishouden', name: 'Gezin', members } : { kind: 'persoon', name: 'Ego', ...(egoPersonId === undefined ? {} : { personId: egoPersonId }) },
      sectorScheme: scheme,
      ringCount,
      snapshots: parts.map((p, i) => ({
        id: `s${i}`,
        kind: kinds[i] ?? 'is',
        date: `2026-0${i + 1}-15`,
        appraisal: appraisals[i] ?? null,
        ...(labels[i] === undefined ? {} : { label: labels[i] }),
        alters: p.alters,
        ties: p.ties,
        ...(notes[i] === undefined ? {} : { note: notes[i] }),
      })),
    }));
  });
