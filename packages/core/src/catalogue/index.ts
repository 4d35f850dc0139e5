import { INITIATIVES } from './initiatives.js';
import type { Initiative, MethodFunctionCode, SupportFunctionCode, WorkingModelCode } from './types.js';

export * from './types.js';
export * from './working-models.js';
export * from './method-functions.js';
export { INITIATIVES, MODEL_OF_TABLE } from './initiatives.js';

/** The initiatives that put a working model into practice, in catalogue order (never ranked). */
export function initiativesForModel(code: WorkingModelCode, initiatives: readonly Initiative[] = INITIATIVES): readonly Initiative[] {
  return initiatives.filter((initiative) => initiative.models.includes(code));
}

/**
 * The initiatives that mainly offer a support function, for suggesting routes for a gap on the map
 * (a function without an informal provider). A suggestion only: the person chooses.
 */
export function initiativesForFunction(
  supportFunction: SupportFunctionCode,
  initiatives: readonly Initiative[] = INITIATIVES,
): readonly Initiative[] {
  return initiatives.filter((initiative) => initiative.supportFunctions.includes(supportFunction));
}

/** The initiatives that serve a method function (educatief, psychosociaal, ...). */
export function initiativesForMethodFunction(
  code: MethodFunctionCode,
  initiatives: readonly Initiative[] = INITIATIVES,
): readonly Initiative[] {
  return initiatives.filter((initiative) => initiative.functions.includes(code));
}

/** The initiative with this id, or undefined. */
export function initiativeById(id: string, initiatives: readonly Initiative[] = INITIATIVES): Initiative | undefined {
  return initiatives.find((initiative) => initiative.id === id);
}
