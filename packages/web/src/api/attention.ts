import { api } from './client.js';

/**
 * The worker's attention list (`GET /me/attention`, and the plan's `attention`): overdue actions
 * and promised help that did not come. Read with a small reader of its own so the case list, the
 * first page, does not load the plan's schemas.
 */
export type AttentionKind = 'overdue' | 'fallback_due' | 'fallback_missing' | 'deadline_missing';

export interface AttentionEntry {
  readonly caseId: string;
  readonly caseName: string | null;
  readonly action: { readonly id: string; readonly what: string; readonly fallback: string | null };
  readonly kind: AttentionKind;
  readonly since: string;
  readonly daysLate: number;
}

const KINDS: readonly string[] = ['overdue', 'fallback_due', 'fallback_missing', 'deadline_missing'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(what: string): never {
  throw new Error(`unexpected answer: ${what}`);
}

export function readAttentionItems(items: unknown): readonly AttentionEntry[] {
  if (!Array.isArray(items)) fail('attention');
  return items.map((item): AttentionEntry => {
    if (!isRecord(item) || typeof item.caseId !== 'string' || typeof item.since !== 'string' || !isRecord(item.action)) fail('attention item');
    const { action } = item;
    if (typeof action.id !== 'string' || typeof action.what !== 'string') fail('attention action');
    const kind = typeof item.kind === 'string' && KINDS.includes(item.kind) ? (item.kind as AttentionKind) : fail('attention kind');
    const fallback = isRecord(action.promise) && typeof action.promise.fallback === 'string' ? action.promise.fallback : null;
    return {
      caseId: item.caseId, caseName: typeof item.caseName === 'string' ? item.caseName : null,
      action: { id: action.id, what: action.what, fallback }, kind, since: item.since,
      daysLate: typeof item.daysLate === 'number' ? item.daysLate : 0,
    };
  });
}

/** A casusoverleg warning of a case (CC1, CC2 in docs/coordination.md), from the same answer. */
export interface CoordinationWarning {
  readonly caseId: string;
  readonly caseName: string | null;
  readonly kind: 'casusoverleg_ontbreekt' | 'casusoverleg_zonder_ouders';
  readonly since: string;
}

const WARNINGS: readonly string[] = ['casusoverleg_ontbreekt', 'casusoverleg_zonder_ouders'];

export function readCoordinationWarnings(items: unknown): readonly CoordinationWarning[] {
  // A server from before issue 12 sends none.
  if (items === undefined) return [];
  if (!Array.isArray(items)) fail('coordination');
  return items.map((item): CoordinationWarning => {
    if (!isRecord(item) || typeof item.caseId !== 'string' || typeof item.since !== 'string') fail('coordination item');
    const kind = typeof item.kind === 'string' && WARNINGS.includes(item.kind) ? (item.kind as CoordinationWarning['kind']) : fail('coordination kind');
    return { caseId: item.caseId, caseName: typeof item.caseName === 'string' ? item.caseName : null, kind, since: item.since };
  });
}

export const attention = {
  mine: () => api.get('/me/attention', (body) => ({
    items: readAttentionItems(isRecord(body) ? body.items : null),
    coordination: readCoordinationWarnings(isRecord(body) ? body.coordination : null),
  })),
};
