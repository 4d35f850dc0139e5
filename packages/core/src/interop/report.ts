import type { Issue } from '../format/issues.js';

/** The foreign formats Netwerkkracht reads and writes (docs/interop.md). */
export const INTEROP_FORMATS = ['easynwk', 'nc-graphml', 'nc-csv', 'egor'] as const;
export type InteropFormat = (typeof INTEROP_FORMATS)[number];

/**
 * A problem that stops an import, with the place in the file: `line`/`column` for CSV and XML,
 * `path` (JSON path) for JSON. `file` names which file of a set (egos, alters, aaties).
 */
export type InteropProblemCode =
  | 'not_json'
  | 'not_xml'
  | 'xml_doctype'
  | 'xml_too_big'
  | 'xml_too_deep'
  | 'xml_too_many_elements'
  | 'not_graphml'
  | 'not_recognised'
  | 'wrong_type'
  | 'not_allowed'
  | 'required'
  | 'bad_date'
  | 'duplicate_id'
  | 'unknown_ego'
  | 'unknown_alter'
  | 'missing_column'
  | 'csv_syntax'
  | 'wrong_field_count'
  | 'bad_encoding'
  | 'bad_mapping'
  | 'too_many'
  | 'invalid_map'
  | 'zip_broken'
  | 'zip_too_big'
  | 'zip_too_many_entries'
  | 'zip_bad_name'
  | 'zip_link'
  | 'zip_crc'
  | 'zip_encrypted'
  | 'zip_empty';

export interface InteropProblem {
  readonly code: InteropProblemCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export function problem(code: InteropProblemCode, where: Omit<InteropProblem, 'code' | 'params'>, params: InteropProblem['params'] = {}): InteropProblem {
  return { code, ...where, params };
}

/** What happened to one source field: taken over as is, interpreted (a rule chose), or dropped. */
export type FieldOutcome = 'mapped' | 'interpreted' | 'dropped';

export interface FieldReport {
  readonly source: string;
  /** Our field it went to; null when dropped. */
  readonly target: string | null;
  readonly outcome: FieldOutcome;
  /** A code saying which rule interpreted it (docs/interop.md), or why it was dropped. */
  readonly rule: string | null;
  readonly count: number;
}

/** People the worker should look at after an import: pets, the deceased, people outside the rings. */
export type NotableKind = 'non_human' | 'deceased' | 'outside_horizon' | 'not_placed';

export interface NotablePerson {
  readonly kind: NotableKind;
  readonly mapId: string;
  readonly snapshotId: string;
  readonly alterId: string;
  readonly name: string;
}

export interface ImportReport {
  readonly format: InteropFormat;
  readonly maps: number;
  readonly snapshots: number;
  readonly alters: number;
  readonly ties: number;
  readonly fields: readonly FieldReport[];
  readonly people: readonly NotablePerson[];
  /** Repairs the map parser made (e.g. a tie turned round), with their paths. */
  readonly warnings: readonly Issue[];
}

/** Counts per (source field, target, outcome, rule), in the order first seen. */
export class ReportBuilder {
  private readonly counts = new Map<string, { source: string; target: string | null; outcome: FieldOutcome; rule: string | null; count: number }>();
  readonly people: NotablePerson[] = [];

  private add(source: string, target: string | null, outcome: FieldOutcome, rule: string | null, count: number): void {
    if (count <= 0) return;
    const key = `${outcome}\u0000${source}\u0000${target ?? ''}\u0000${rule ?? ''}`;
    const found = this.counts.get(key);
    if (found) found.count += count;
    else this.counts.set(key, { source, target, outcome, rule, count });
  }

  mapped(source: string, target: string, count = 1): void {
    this.add(source, target, 'mapped', null, count);
  }

  interpreted(source: string, target: string, rule: string, count = 1): void {
    this.add(source, target, 'interpreted', rule, count);
  }

  dropped(source: string, rule: string | null = null, count = 1): void {
    this.add(source, null, 'dropped', rule, count);
  }

  notable(person: NotablePerson): void {
    this.people.push(person);
  }

  fields(): FieldReport[] {
    return [...this.counts.values()].map((f) => ({ ...f }));
  }
}
