import { z } from 'zod';
import { issue, type Issue } from '../format/issues.js';
import { IsoDateSchema, type DeepReadonly } from '../records/index.js';
import { BasicRightIdSchema, ScoreSchema } from './basic-rights.js';

/**
 * One right's score in a grondrechtenmeting: the joint score agreed with the family, with a note,
 * and optionally the family's and the worker's own first estimates before they agreed (the seed's
 * earlier practice, kept as an option, never instead of the joint score).
 */
export const RightScoreSchema = z.strictObject({
  rightId: BasicRightIdSchema,
  score: ScoreSchema,
  note: z.string().trim().min(1).max(2000).optional(),
  familyEstimate: ScoreSchema.optional(),
  workerEstimate: ScoreSchema.optional(),
});

/**
 * A measurement of one family on a date. `firstRightId` is the right the family chose to work on
 * first: recorded as the family said, never computed (it need not be the lowest score).
 */
export const RightsMeasurementInputSchema = z.strictObject({
  measuredOn: IsoDateSchema,
  scores: z.array(RightScoreSchema).min(1).max(30)
    .refine((list) => new Set(list.map((s) => s.rightId)).size === list.length, { error: 'each right once' }),
  firstRightId: BasicRightIdSchema.optional(),
});
export const RightsMeasurementSchema = RightsMeasurementInputSchema.extend({ id: z.string().min(1).max(64) });

export type RightScore = DeepReadonly<z.output<typeof RightScoreSchema>>;
export type RightsMeasurementInput = DeepReadonly<z.output<typeof RightsMeasurementInputSchema>>;
export type RightsMeasurement = DeepReadonly<z.output<typeof RightsMeasurementSchema>>;

/** [GM3] Every right a measurement names must be on the organisation's list: located issues otherwise. */
export function measurementIssues(input: RightsMeasurementInput, knownRightIds: readonly string[]): Issue[] {
  const known = new Set(knownRightIds);
  const allowed = knownRightIds.join(', ');
  const issues: Issue[] = [];
  input.scores.forEach((s, i) => {
    if (!known.has(s.rightId)) issues.push(issue('not_allowed', ['scores', i, 'rightId'], { got: s.rightId, allowed }));
  });
  if (input.firstRightId !== undefined && !input.scores.some((s) => s.rightId === input.firstRightId)) {
    issues.push(issue('not_allowed', ['firstRightId'], { got: input.firstRightId, allowed: input.scores.map((s) => s.rightId).join(', ') }));
  }
  return issues;
}

export interface ScorePoint {
  readonly measurementId: string;
  readonly date: string;
  readonly score: number;
}

/**
 * [GM4] The history of one right over a family's measurements, oldest first; a measurement that
 * did not score this right leaves no point (a gap, not a zero). Same date: list order.
 */
export function rightHistory(measurements: readonly RightsMeasurement[], rightId: string): ScorePoint[] {
  return measurements.map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.measuredOn === b.m.measuredOn ? a.i - b.i : a.m.measuredOn < b.m.measuredOn ? -1 : 1))
    .flatMap(({ m }) => {
      const found = m.scores.find((s) => s.rightId === rightId);
      return found ? [{ measurementId: m.id, date: m.measuredOn, score: found.score }] : [];
    });
}

/** The rights that appear in any measurement, in the order of the list given (unknown ones last). */
export function measuredRightIds(measurements: readonly RightsMeasurement[], listOrder: readonly string[]): string[] {
  const seen = new Set(measurements.flatMap((m) => m.scores.map((s) => s.rightId)));
  return [...listOrder.filter((id) => seen.has(id)), ...[...seen].filter((id) => !listOrder.includes(id))];
}
