import { z } from 'zod';
import { AlterIdSchema, IsoDateSchema, type DeepReadonly } from '../../records/index.js';
import { ActionIdSchema, type ActionId } from '../../plan/plan-ids.js';
import type { Action } from '../../plan/action.js';
import type { NetworkPlan } from '../../plan/network-plan.js';
import { BARRIER_CODES } from './barrier-vocabulary.js';

export const BarrierIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'id' }).brand<'BarrierId'>();
export type BarrierId = z.output<typeof BarrierIdSchema>;

/**
 * Whose barrier it is: the family, someone of the network (an alter), or the worker
 * (handelingsverlegenheid lives on the professional's side too, seed 004).
 */
export const BarrierHolderSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('gezin') }),
  z.strictObject({ kind: z.literal('netwerklid'), alterId: AlterIdSchema }),
  z.strictObject({ kind: z.literal('begeleider') }),
]);

export const BarrierNoteSchema = z.strictObject({
  date: IsoDateSchema,
  text: z.string().trim().min(1).max(4000),
});

export const BARRIER_STATUSES = ['speelt', 'verminderd', 'weg'] as const;
export type BarrierStatus = (typeof BARRIER_STATUSES)[number];

/** A barrier noted in a case, with notes over time and the plan actions that address it. */
export const BarrierRecordSchema = z.strictObject({
  id: BarrierIdSchema,
  code: z.enum(BARRIER_CODES),
  holder: BarrierHolderSchema.default({ kind: 'gezin' }),
  status: z.enum(BARRIER_STATUSES).default('speelt'),
  notedOn: IsoDateSchema,
  notes: z.array(BarrierNoteSchema).max(200).default([]),
  actionIds: z.array(ActionIdSchema).max(100).default([]),
});

export type BarrierHolder = DeepReadonly<z.output<typeof BarrierHolderSchema>>;
export type BarrierNote = DeepReadonly<z.output<typeof BarrierNoteSchema>>;
export type BarrierRecord = DeepReadonly<z.output<typeof BarrierRecordSchema>>;

export interface BarrierWithActions {
  readonly barrier: BarrierRecord;
  readonly actions: readonly Action[];
  /** Action ids the plan does not (or no longer) have. */
  readonly missingActionIds: readonly ActionId[];
}

/**
 * B2: each barrier with the plan actions that address it, in the order the barrier lists them;
 * ids the plan lacks are reported, never silently dropped.
 */
export function barriersWithActions(barriers: readonly BarrierRecord[], plan: NetworkPlan): readonly BarrierWithActions[] {
  const byId = new Map<string, Action>(plan.actions.map((a) => [a.id, a]));
  return barriers.map((barrier) => {
    const actions: Action[] = [];
    const missingActionIds: ActionId[] = [];
    for (const id of barrier.actionIds) {
      const action = byId.get(id);
      if (action) actions.push(action);
      else missingActionIds.push(id);
    }
    return { barrier, actions, missingActionIds };
  });
}

/**
 * B3: barriers that still play (status not `weg`) and that no open action addresses: a prompt to
 * talk about them, not a task list.
 */
export function unaddressedBarriers(barriers: readonly BarrierRecord[], plan: NetworkPlan): readonly BarrierRecord[] {
  const open = new Set<string>(plan.actions.filter((a) => a.status === 'open' || a.status === 'bezig').map((a) => a.id));
  return barriers.filter((b) => b.status !== 'weg' && !b.actionIds.some((id) => open.has(id)));
}
