import type { NetworkMap, NetworkPlan } from '@netwerkkracht/core';
import type { ApiResult } from '../api/api-error.js';
import type { PlanBody } from '../api/plan-endpoints.js';
import type { PlanChange } from '../offline/plan-changes.js';

/** What PlanSection hands its panels (a leaf module, so the panels never import PlanSection back). */
export interface PlanContext {
  readonly caseId: string;
  readonly version: number;
  readonly plan: NetworkPlan;
  readonly map: NetworkMap;
  /** Runs one change against the plan's version; on success the plan is read again (online only). */
  readonly change: (step: (version: number) => Promise<ApiResult<unknown>>) => Promise<boolean>;
  /**
   * One of the plan API's changes; for a case taken on a visit, without a connection it waits on
   * the device (offline/plan-queue.ts) and the plan shows it at once.
   */
  readonly apply: (change: PlanChange) => Promise<boolean>;
  /** Saves the whole plan (starting question, goals, Eigen Kracht); offline as `apply`. */
  readonly save: (next: PlanBody) => Promise<boolean>;
  readonly busy: boolean;
}
