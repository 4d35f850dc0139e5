import { z } from 'zod';

/**
 * Identifiers are short opaque strings (letters, digits, '-' and '_'), branded per kind so that an
 * alter id can never be passed where a snapshot id is expected.
 */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A branded id schema; every kind of record id in the core is made with this one factory. */
export function idSchema<B extends string>(_brand: B) {
  return z.string().regex(ID_PATTERN, { error: 'id' }).brand<B>();
}

export const AlterIdSchema = idSchema('AlterId');
export const SnapshotIdSchema = idSchema('SnapshotId');
export const MapIdSchema = idSchema('MapId');
export const PersonIdSchema = idSchema('PersonId');
export const CaseIdSchema = idSchema('CaseId');

export type AlterId = z.output<typeof AlterIdSchema>;
export type SnapshotId = z.output<typeof SnapshotIdSchema>;
export type MapId = z.output<typeof MapIdSchema>;
export type PersonId = z.output<typeof PersonIdSchema>;
export type CaseId = z.output<typeof CaseIdSchema>;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Brands a string known to be a valid id (in code that built it, e.g. tests and generators). */
export const alterId = (value: string): AlterId => AlterIdSchema.parse(value);
export const snapshotId = (value: string): SnapshotId => SnapshotIdSchema.parse(value);
export const mapId = (value: string): MapId => MapIdSchema.parse(value);
export const personId = (value: string): PersonId => PersonIdSchema.parse(value);
export const caseId = (value: string): CaseId => CaseIdSchema.parse(value);

/** ISO calendar date, YYYY-MM-DD, checked to be a real day. */
export const IsoDateSchema = z.string().refine(isIsoDate, { error: 'date' });

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends readonly [infer A, infer B]
    ? readonly [DeepReadonly<A>, DeepReadonly<B>]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
