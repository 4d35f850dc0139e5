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
  const size = sizeIndicators(ctx);
  const recip = reciprocity(ctx);
  const dep = dependence(ctx, byFunction);
  const val = valence(ctx);
  const strength = tieStrength(ctx);
  const capital = socialCapital(ctx);
  const dens = density(ctx);
  const comp = components(ctx);
  const div = diversity(ctx);
  // One object literal in the order of INDICATOR_NAMES (not spreads): this is the hot path of the
  // engine, and a literal keeps the result a fast, fixed-shape object.
  return {
    size: size.size,
    informalSize: size.informalSize,
    formalSize: size.formalSize,
    dormantCount: size.dormantCount,
    lostCount: size.lostCount,
    wishedCount: size.wishedCount,
    composition: composition(ctx),
    informalShare: informalShare(ctx),
    rings: rings(ctx),
    providers: byFunction,
    coverage: cover.coverage,
    gaps: cover.gaps,
    formalOnly: cover.formalOnly,
    reciprocityShare: recip.reciprocityShare,
    balance: recip.balance,
    topProviderShare: dep.topProviderShare,
    concentration: dep.concentration,
    professionalDependence: dep.professionalDependence,
    keyPersons: dep.keyPersons,
    possiblyOverloaded: possiblyOverloaded(ctx),
    burdeningCount: val.burdeningCount,
    ambivalentCount: val.ambivalentCount,
    burdeningShare: val.burdeningShare,
    strongCount: strength.strongCount,
    weakCount: strength.weakCount,
    bondingCount: capital.bondingCount,
    bridgingCount: capital.bridgingCount,
    linkingCount: capital.linkingCount,
    density: dens.density,
    informalDensity: dens.informalDensity,
    components: comp.components,
    isolates: comp.isolates,
    sectorDiversity: div.sectorDiversity,
    sectorEntropy: div.sectorEntropy,
    quadrant: quadrant(ctx, snapshot.appraisal),
    careMix: careMix(ctx),
  };
}
