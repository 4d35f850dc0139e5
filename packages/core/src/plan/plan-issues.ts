import type { PathSegment } from '../format/issues.js';

/**
 * Problems a plan can have against its map and itself (PC1–PC6 of docs/plan-rules.md). Same shape
 * as the map format's issues (path, stable code, params) so one error display serves both; the
 * texts are in plan-messages.ts.
 */
export const PLAN_ISSUE_CODES = ['wrong_map', 'unknown_alter', 'not_wished', 'duplicate_id', 'unknown_goal', 'conference_before_agreement', 'conference_without_agreement'] as const;
export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[number];

export interface PlanIssue {
  readonly severity: 'error';
  readonly path: readonly PathSegment[];
  readonly code: PlanIssueCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export function planIssue(code: PlanIssueCode, path: readonly PathSegment[], params: PlanIssue['params'] = {}): PlanIssue {
  return { severity: 'error', path, code, params };
}
