import { WORKING_MODEL_CODES, type Initiative, type WorkingModelCode } from '../../catalogue/types.js';
import type { SupportFunction } from '../../vocabularies/index.js';
import type { LocalService } from '../sociale-kaart/local-service.js';
import { initiativeServesRegion, placeNamesRegion } from '../sociale-kaart/region-match.js';

/**
 * Which options a rule offers (docs/plan-rules.md, SO1–SO4):
 * - `models`: the working models, put back in catalogue order.
 * - `functions`: the support functions an option should give; empty means any.
 * - `initiatives: false` for rules about one known person, where the step is to contact them.
 */
export interface RuleOptions {
  readonly models: readonly WorkingModelCode[];
  readonly functions: readonly SupportFunction[];
  readonly initiatives: boolean;
}

/** SO1: models in the order of seed 003 (an order of listing, never of merit), without repeats. */
export function inCatalogueOrder(models: Iterable<WorkingModelCode>): WorkingModelCode[] {
  const wanted = new Set(models);
  return WORKING_MODEL_CODES.filter((code) => wanted.has(code));
}

/** SO2: for a function-gap rule, the models of every catalogue initiative that gives the function. */
export function modelsGiving(fn: SupportFunction, initiatives: readonly Initiative[]): WorkingModelCode[] {
  return inCatalogueOrder(initiatives.filter((i) => i.supportFunctions.includes(fn)).flatMap((i) => i.models));
}

const givesAny = (given: readonly SupportFunction[], wanted: readonly SupportFunction[]): boolean =>
  wanted.length === 0 || wanted.some((f) => given.includes(f));

/**
 * SO3: catalogue initiatives for a rule: in catalogue order, of one of the rule's models (when it
 * names models), giving one of its functions (when it names functions), and serving the region
 * (SR1) when one is given.
 */
export function initiativeOptions(options: RuleOptions, initiatives: readonly Initiative[], region: string | undefined): string[] {
  if (!options.initiatives) return [];
  return initiatives
    .filter((i) => options.models.length === 0 || i.models.some((m) => options.models.includes(m)))
    .filter((i) => givesAny(i.supportFunctions, options.functions))
    .filter((i) => region === undefined || region.trim() === '' || initiativeServesRegion(i, region))
    .map((i) => i.id);
}

/**
 * SO4: local services for a rule, in the order of the sociale kaart. A local service often has no
 * working model filled in, so it matches on its support functions alone then; it must give one of
 * the rule's functions when the rule names some, and share a model when the rule names only models.
 * Region: the service's region names the region, or it is online (K1).
 */
export function localServiceOptions(options: RuleOptions, services: readonly LocalService[], region: string | undefined) {
  if (!options.initiatives) return [];
  return services
    .filter((s) => {
      const sharesModel = s.models.some((m) => options.models.includes(m));
      if (options.functions.length > 0) return givesAny(s.supportFunctions, options.functions) && (s.models.length === 0 || sharesModel || options.models.length === 0);
      return sharesModel;
    })
    .filter((s) => region === undefined || region.trim() === '' || s.online || placeNamesRegion(s.region, region))
    .map((s) => s.id);
}
