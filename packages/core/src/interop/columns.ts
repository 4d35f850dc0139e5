import { isId } from '../records/ids.js';
import type { AlterFlag } from '../vocabularies/index.js';

/** Column / attribute names of our alter flags in the CSV and GraphML exports (snake case, ASCII). */
export const FLAG_COLUMNS: Readonly<Record<AlterFlag, string>> = {
  aanspreekfiguur: 'flag_aanspreekfiguur',
  andereAchtergrond: 'flag_andere_achtergrond',
  toegangTotMiddelen: 'flag_toegang_tot_middelen',
  alleenDigitaal: 'flag_alleen_digitaal',
};

/**
 * A foreign id as one of ours (F3): kept when it already is one; else its characters outside
 * `A-Z a-z 0-9 - _` become `_` behind `prefix` (so "12 b" → "a12_b"); `fallback` when nothing is left.
 */
export function foreignId(prefix: string, value: string | undefined, fallback: string): string {
  if (value !== undefined && isId(value)) return value;
  const cleaned = String(value ?? '').replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60);
  return cleaned === '' ? fallback : `${prefix}${cleaned}`;
}

/** A mapping table's entry for a value from a file: only the table's own keys (a cell "constructor" finds nothing). */
export function tableEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
