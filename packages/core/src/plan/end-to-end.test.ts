import { describe, expect, it } from 'vitest';
import { buildMap } from '../builders.js';
import type { NetworkMap, Snapshot } from '../records/index.js';
import { SuggestionChoiceSchema, acceptSuggestion, findSuggestion, suggestStrengthening } from '../strengthening/index.js';
import { addReviewNote, createNetworkPlan, planAttention, planFollowUp, setActionStatus, type NetworkPlan } from './index.js';

function must<T>(result: { ok: true; plan: T } | { ok: false; refusal: string }): T {
  if (!result.ok) throw new Error(result.refusal);
  return result.plan;
}

describe('from a gap to a follow-up', () => {
  it('[E1] a gap is suggested, accepted into the plan, done, and the next snapshot shows it closed', () => {
    // A mother with no practical help from her own circle; her dormant sister Kim.
    const first = {
      id: 'januari', kind: 'is' as const, date: '2026-01-15',
      alters: [
        { id: 'els', name: 'Els', sector: 'hulpverlening' as const, ring: 1, support: { praktisch: 'ontvangt' as const, emotioneel: 'ontvangt' as const } },
        { id: 'kim', name: 'Kim', sector: 'familie' as const, ring: 3, status: 'ondergesneeuwd' as const },
      ],
    };
    const start: NetworkMap = buildMap({ id: 'm', ego: { kind: 'persoon', name: 'Jessica' }, snapshots: [first] });
    const before = start.snapshots[0] as Snapshot;
    const suggestions = suggestStrengthening({ snapshot: before, map: start, region: 'Hasselt' });
    const gap = findSuggestion(suggestions, 'S2-praktisch');
    expect(gap?.reason.code).toBe('gap_formal_only');

    let plan: NetworkPlan = createNetworkPlan({ id: 'plan', caseId: 'gezin', mapId: 'm' });
    plan = must(acceptSuggestion(plan, gap!, SuggestionChoiceSchema.parse({
      suggestionId: gap!.id, what: 'Kim vragen of ze op zaterdag kan helpen', owner: { kind: 'persoon' }, kind: 'doen', due: '2026-02-15',
    }), { actionId: 'kim-vragen' }));
    expect(planAttention(plan, '2026-02-20').map((i) => i.kind)).toEqual(['overdue']);

    plan = must(addReviewNote(plan, 'kim-vragen', { date: '2026-02-22', text: 'Kim komt elke zaterdag', by: 'gezin' }));
    plan = must(setActionStatus(plan, 'kim-vragen', 'gedaan', '2026-02-22'));
    expect(planAttention(plan, '2026-03-01')).toEqual([]);
    expect(plan.actions[0]).toMatchObject({ status: 'gedaan', doneOn: '2026-02-22', reviews: [{ text: 'Kim komt elke zaterdag' }] });

    const next: NetworkMap = buildMap({
      id: 'm', ego: { kind: 'persoon', name: 'Jessica' },
      snapshots: [first, {
        id: 'april', kind: 'is', date: '2026-04-15',
        alters: [
          { id: 'els', name: 'Els', sector: 'hulpverlening', ring: 1, support: { emotioneel: 'ontvangt' } },
          { id: 'kim', name: 'Kim', sector: 'familie', ring: 2, status: 'actief', support: { praktisch: 'ontvangt' } },
        ],
      }],
    });
    const changes = planFollowUp(plan, next.snapshots[0] as Snapshot, next.snapshots[1] as Snapshot, next);
    expect(changes).toEqual([expect.objectContaining({ kind: 'gap_closed', function: 'praktisch', informalProviders: ['kim'] })]);
    expect(findSuggestion(suggestStrengthening({ snapshot: next.snapshots[1] as Snapshot, map: next }), 'S2-praktisch')).toBeUndefined();
  });
});
