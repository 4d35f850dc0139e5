import {
  ALTER_FLAGS, SUPPORT_FUNCTIONS, type Alter, type AlterFlag, type Ego, type NetworkMap, type Snapshot,
  type SupportDirection, type SupportFunction, type Tie,
} from '@netwerkkracht/core';
import type { Insertable, Selectable } from 'kysely';
import type { AltersTable, AlterSupportTable, MapsTable, SnapshotsTable, TiesTable } from '../db/schema.js';
import type { CaseCipher } from '../crypto/field-cipher.js';

/**
 * Conversion between the core records and table rows. Personal text (names, roles, notes, origin,
 * labels, the ego) is encrypted; codes, rings, flags and dates stay clear. Reading builds the
 * records with the same keys the core parser gives, so `toMapDocument` of a stored map equals the
 * imported document exactly.
 */
const FLAG_COLUMNS = {
  aanspreekfiguur: 'flag_aanspreekfiguur',
  andereAchtergrond: 'flag_andere_achtergrond',
  toegangTotMiddelen: 'flag_toegang_tot_middelen',
  alleenDigitaal: 'flag_alleen_digitaal',
} as const satisfies Record<AlterFlag, keyof AltersTable>;

const enc = (cipher: CaseCipher, value: string | undefined, context: string): string | null =>
  value === undefined ? null : cipher.encrypt(value, context);
/**
 * A null cipher reads a map without its personal text: names become '' and free text is left out.
 * Analysis, comparison and statistics need only the categorical columns, so they never decrypt.
 */
const dec = (cipher: CaseCipher | null, value: string | null, context: string): string | undefined =>
  value === null || cipher === null ? undefined : cipher.decrypt(value, context);
const bit = (value: boolean): number => (value ? 1 : 0);

export function alterRow(cipher: CaseCipher, mapId: string, snapshotId: string, seq: number, alter: Alter): Insertable<AltersTable> {
  return {
    map_id: mapId,
    snapshot_id: snapshotId,
    id: alter.id,
    seq,
    kind: alter.kind,
    name_enc: cipher.encrypt(alter.name, 'alters.name'),
    person_id: alter.personId ?? null,
    sector: alter.sector,
    role_enc: enc(cipher, alter.role, 'alters.role'),
    formal: bit(alter.formal),
    formal_mode: alter.formalMode ?? null,
    formal_level: alter.formalLevel ?? null,
    chosen_by_family: alter.chosenByFamily === undefined ? null : bit(alter.chosenByFamily),
    ring: alter.ring,
    position_angle: alter.position?.angle ?? null,
    position_distance: alter.position?.distance ?? null,
    status: alter.status,
    valence: alter.valence ?? null,
    frequency: alter.frequency ?? null,
    channels: alter.channels.join(','),
    reachability: alter.reachability ?? null,
    since: alter.since ?? null,
    origin_enc: enc(cipher, alter.origin, 'alters.origin'),
    flag_aanspreekfiguur: bit(alter.flags.aanspreekfiguur),
    flag_andere_achtergrond: bit(alter.flags.andereAchtergrond),
    flag_toegang_tot_middelen: bit(alter.flags.toegangTotMiddelen),
    flag_alleen_digitaal: bit(alter.flags.alleenDigitaal),
    note_enc: enc(cipher, alter.note, 'alters.note'),
    fixed_arrangement: alter.fixedArrangement ?? null,
  };
}

export function supportRows(mapId: string, snapshotId: string, alter: Alter): Insertable<AlterSupportTable>[] {
  return SUPPORT_FUNCTIONS.flatMap((f) => {
    const direction = alter.support[f];
    return direction ? [{ map_id: mapId, snapshot_id: snapshotId, alter_id: alter.id, function: f, direction }] : [];
  });
}

/** Builds an alter from its row; `support` holds the rows of alter_support for this alter. */
export function alterFromRow(cipher: CaseCipher | null, row: Selectable<AltersTable>, support: readonly Selectable<AlterSupportTable>[]): Alter {
  const supportRecord: Partial<Record<SupportFunction, SupportDirection>> = {};
  const byFunction = new Map(support.map((s) => [s.function, s.direction]));
  for (const f of SUPPORT_FUNCTIONS) {
    const direction = byFunction.get(f);
    if (direction) supportRecord[f] = direction as SupportDirection;
  }
  const flags = Object.fromEntries(ALTER_FLAGS.map((f) => [f, row[FLAG_COLUMNS[f]] === 1])) as Record<AlterFlag, boolean>;
  const role = dec(cipher, row.role_enc, 'alters.role');
  const origin = dec(cipher, row.origin_enc, 'alters.origin');
  const note = dec(cipher, row.note_enc, 'alters.note');
  const alter: Record<string, unknown> = {
    id: row.id,
    kind: row.kind,
    name: dec(cipher, row.name_enc, 'alters.name') ?? '',
    ...(row.person_id !== null ? { personId: row.person_id } : {}),
    sector: row.sector,
    ...(role !== undefined ? { role } : {}),
    formal: row.formal === 1,
    ...(row.formal_mode !== null ? { formalMode: row.formal_mode } : {}),
    ...(row.formal_level !== null ? { formalLevel: row.formal_level } : {}),
    ...(row.chosen_by_family !== null ? { chosenByFamily: row.chosen_by_family === 1 } : {}),
    ring: row.ring,
    ...(row.position_angle !== null && row.position_distance !== null ? { position: { angle: row.position_angle, distance: row.position_distance } } : {}),
    status: row.status,
    support: supportRecord,
    ...(row.valence !== null ? { valence: row.valence } : {}),
    ...(row.frequency !== null ? { frequency: row.frequency } : {}),
    channels: row.channels === '' ? [] : row.channels.split(','),
    ...(row.reachability !== null ? { reachability: row.reachability } : {}),
    ...(row.since !== null ? { since: row.since } : {}),
    ...(origin !== undefined ? { origin } : {}),
    flags,
    ...(row.fixed_arrangement !== null ? { fixedArrangement: row.fixed_arrangement } : {}),
    ...(note !== undefined ? { note } : {}),
  };
  return alter as unknown as Alter;
}

export function snapshotRow(cipher: CaseCipher, mapId: string, seq: number, snapshot: Omit<Snapshot, 'alters' | 'ties'>): Insertable<SnapshotsTable> {
  return {
    map_id: mapId,
    id: snapshot.id,
    seq,
    kind: snapshot.kind,
    date: snapshot.date,
    label_enc: enc(cipher, snapshot.label, 'snapshots.label'),
    appraisal: snapshot.appraisal,
    note_enc: enc(cipher, snapshot.note, 'snapshots.note'),
  };
}

export function snapshotFromRow(cipher: CaseCipher | null, row: Selectable<SnapshotsTable>, alters: readonly Alter[], ties: readonly Tie[]): Snapshot {
  const label = dec(cipher, row.label_enc, 'snapshots.label');
  const note = dec(cipher, row.note_enc, 'snapshots.note');
  return {
    id: row.id,
    kind: row.kind,
    date: row.date,
    ...(label !== undefined ? { label } : {}),
    appraisal: row.appraisal,
    alters,
    ties,
    ...(note !== undefined ? { note } : {}),
  } as Snapshot;
}

export function tieRows(mapId: string, snapshotId: string, ties: readonly Tie[], firstSeq = 0): Insertable<TiesTable>[] {
  return ties.map(([a, b], i) => ({ map_id: mapId, snapshot_id: snapshotId, seq: firstSeq + i, a: a < b ? a : b, b: a < b ? b : a }));
}

export interface MapHeader {
  readonly title?: string | undefined;
  readonly ego: Ego;
  readonly sectorScheme: NetworkMap['sectorScheme'];
  readonly ringCount: number;
}

export function mapHeaderColumns(cipher: CaseCipher, header: MapHeader): Pick<Insertable<MapsTable>, 'title_enc' | 'ego_kind' | 'ego_enc' | 'sector_scheme' | 'ring_count'> {
  return {
    title_enc: enc(cipher, header.title, 'maps.title'),
    ego_kind: header.ego.kind,
    ego_enc: cipher.encrypt(JSON.stringify(header.ego), 'maps.ego'),
    sector_scheme: header.sectorScheme,
    ring_count: header.ringCount,
  };
}

export function mapHeaderFromRow(cipher: CaseCipher | null, row: Selectable<MapsTable>): MapHeader {
  const title = dec(cipher, row.title_enc, 'maps.title');
  const ego = dec(cipher, row.ego_enc, 'maps.ego');
  return {
    ...(title !== undefined ? { title } : {}),
    ego: ego === undefined ? ({ kind: row.ego_kind, name: '' } as Ego) : (JSON.parse(ego) as Ego),
    sectorScheme: row.sector_scheme as NetworkMap['sectorScheme'],
    ringCount: row.ring_count,
  };
}
