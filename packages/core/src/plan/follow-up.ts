import type { AlterId, Snapshot } from '../records/index.js';
import type { AlterStatus, SupportFunction } from '../vocabularies/index.js';
import { analyseSnapshot, DEFAULT_INDICATOR_SETTINGS, type Indicators, type IndicatorSettings, type MapShape } from '../indicators/index.js';
import type { Action } from './action.js';
import type { NetworkPlan } from './network-plan.js';

/**
 * How the network changed around a plan action between two snapshots (issue 5, item 7): data for
 * the case view ("de ondergesneeuwde tante is weer actief"; "praktische hulp komt nu ook van de
 * buurvrouw").
 */
export type LinkedChange =
  | { readonly kind: 'gap_closed'; readonly action: Action; readonly function: SupportFunction; readonly informalProviders: readonly AlterId[] }
  | { readonly kind: 'wished_realised' | 'reactivated' | 'restored'; readonly action: Action; readonly alterId: AlterId };

/**
 * PL9: an action linked to a gap has its gap closed in a later snapshot when that snapshot covers
 * the function informally (coverage `informeel`, CV1 of docs/indicators.md).
 */
export function isLinkedGapClosed(action: Action, later: Pick<Indicators, 'coverage'>): boolean {
  return action.link?.kind === 'gat' && later.coverage[action.link.function] === 'informeel';
}

function statusIn(snapshot: Snapshot, id: AlterId): AlterStatus | null {
  return snapshot.alters.find((a) => a.id === id)?.status ?? null;
}

/**
 * PL10–PL12: an action linked to a person (link `persoon` or `gewenst`) whose status became
 * `actief`: from `gewenst` the wished-for person is realised (PL10), from `ondergesneeuwd` the
 * dormant person is reactivated (PL11), from `verbroken` a lost contact is restored (PL12).
 */
export function linkedPersonChange(action: Action, before: Snapshot, after: Snapshot): 'wished_realised' | 'reactivated' | 'restored' | null {
  const link = action.link;
  if (link === null || link.kind === 'gat') return null;
  if (statusIn(after, link.alterId) !== 'actief') return null;
  switch (statusIn(before, link.alterId)) {
    case 'gewenst': return 'wished_realised';
    case 'ondergesneeuwd': return 'reactivated';
    case 'verbroken': return 'restored';
    default: return null;
  }
}

/**
 * PL13: the plan actions linked to a change between `before` and `after`, in plan order, whatever
 * the action's status (a change may come before the action is marked done). A gap counts as closed
 * here only when it was not covered informally before (PL9 on `after`, and not already so on
 * `before`), so the list shows what changed.
 */
export function planFollowUp(
  plan: NetworkPlan,
  before: Snapshot,
  after: Snapshot,
  map: MapShape,
  settings: IndicatorSettings = DEFAULT_INDICATOR_SETTINGS,
): readonly LinkedChange[] {
  const needsIndicators = plan.actions.some((a) => a.link?.kind === 'gat');
  const from = needsIndicators ? analyseSnapshot(before, map, settings) : null;
  const to = needsIndicators ? analyseSnapshot(after, map, settings) : null;
  const out: LinkedChange[] = [];
  for (const action of plan.actions) {
    const link = action.link;
    if (link === null) continue;
    if (link.kind === 'gat') {
      if (from && to && isLinkedGapClosed(action, to) && from.coverage[link.function] !== 'informeel') {
        out.push({ kind: 'gap_closed', action, function: link.function, informalProviders: to.providers[link.function]?.informal ?? [] });
      }
      continue;
    }
    const change = linkedPersonChange(action, before, after);
    if (change) out.push({ kind: change, action, alterId: link.alterId });
  }
  return out;
}
