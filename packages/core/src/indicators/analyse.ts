import type { Snapshot } from '../records/index.js';
import type { Quadrant } from '../vocabularies/index.js';
import { careMix, type CareMix } from './care-mix.js';
import { components, type ComponentIndicators } from './components.js';
import { composition, informalShare, type Composition } from './composition.js';
import { createAnalysisContext, type MapShape } from './context.js';
import { density, type DensityIndicators } from './density.js';
import { dependence, possiblyOverloaded, type DependenceIndicators } from './dependence.js';
import { diversity, type DiversityIndicators } from './diversity.js';
import { coverage, providers, type CoverageIndicators, type ProvidersByFunction } from './providers.js';
import { quadrant } from './quadrant.js';
import { reciprocity, type ReciprocityIndicators } from './reciprocity.js';
import { rings, type RingCounts } from './rings.js';
import { DEFAULT_INDICATOR_SETTINGS, type IndicatorSettings } from './settings.js';
import { sizeIndicators, type SizeIndicators } from './size.js';
import { socialCapital, type SocialCapitalIndicators } from './social-capital.js';
import { tieStrength, type TieStrengthIndicators } from './tie-strength.js';
import { valence, type ValenceIndicators } from './valence.js';

/** Every indicator of domain.md §5, under exactly the names given there. */
export interface Indicators
  extends SizeIndicators,
    CoverageIndicators,
    ReciprocityIndicators,
    DependenceIndicators,
    ValenceIndicators,
    TieStrengthIndicators,
    SocialCapitalIndicators,
    DensityIndicators,
    ComponentIndicators,
    DiversityIndicators {
  readonly composition: Composition;
  readonly informalShare: number | null;
  readonly rings: RingCounts;
  readonly providers: ProvidersByFunction;
  readonly possiblyOverloaded: ComponentIndicators['isolates'];
  readonly quadrant: Quadrant | null;
  readonly careMix: CareMix | null;
}

/** The names of the indicators, in the order of domain.md §5 (the keys of `analyseSnapshot`'s result). */
export const INDICATOR_NAMES = [
  'size', 'informalSize', 'formalSize', 'dormantCount', 'lostCount', 'wishedCount',
  'composition', 'informalShare', 'rings', 'providers', 'coverage', 'gaps', 'formalOnly',
  'reciprocityShare', 'balance', 'topProviderShare', 'concentration', 'professionalDependence', 'keyPersons',
  'possiblyOverloaded', 'burdeningCount', 'ambivalentCount', 'burdeningShare', 'strongCount', 'weakCount',
  'bondingCount', 'bridgingCount', 'linkingCount', 'density', 'informalDensity', 'components', 'isolates',
  'sectorDiversity', 'sectorEntropy', 'quadrant', 'careMix',
] as const satisfies readonly (keyof Indicators)[];

/**
 * All indicators of one snapshot of a map. Pure: the same snapshot, map shape and settings always
 * give the same result. Shares with a zero denominator are null; nothing is NaN or Infinity.
 */
export function analyseSnapshot(snapshot: Snapshot, map: MapShape, settings: IndicatorSettings = DEFAULT_INDICATOR_SETTINGS): Indicators {
  const ctx = createAnalysisContext(snapshot, map, settings);
  const byFunction = providers(ctx);
  const cover = coverage(ctx, byFunction);
  return {
    ...sizeIndicators(ctx),
    composition: composition(ctx),
    informalShare: informalShare(ctx),
    rings: rings(ctx),
    providers: byFunction,
    coverage: cover.coverage,
    gaps: cover.gaps,
    formalOnly: cover.formalOnly,
    ...reciprocity(ctx),
    ...dependence(ctx, byFunction),
    possiblyOverloaded: possiblyOverloaded(ctx),
    ...valence(ctx),
    ...tieStrength(ctx),
    ...socialCapital(ctx),
    ...density(ctx),
    ...components(ctx),
    ...diversity(ctx),
    quadrant: quadrant(ctx, snapshot.appraisal),
    careMix: careMix(ctx),
  };
}
