import type { Appraisal, Quadrant } from '../vocabularies/index.js';
import type { AnalysisContext } from './context.js';

/**
 * Machielse's quadrant (domain.md §5.16; Q1–Q2). Rich when informalSize ≥ richThreshold (a setting,
 * default 6), else poor; combined with the person's own appraisal: rich + versterkend =
 * sociaal_weerbaar, rich + belastend = eenzaam, poor + versterkend = contactarm, poor + belastend =
 * sociaal_geisoleerd. Null without an appraisal: it is never guessed (Q2). The product shows it as a
 * question to reflect on together, never as a label on the person.
 * Source: seed 004 (Machielse 2003: rijk/schraal netwerk × versterkende/belastende perceptie).
 */
export function quadrant(ctx: AnalysisContext, appraisal: Appraisal | null): Quadrant | null {
  if (appraisal === null) return null;
  let informalSize = 0;
  for (const a of ctx.active) if (!a.formal) informalSize++;
  const rich = informalSize >= ctx.settings.richThreshold;
  if (rich) return appraisal === 'versterkend' ? 'sociaal_weerbaar' : 'eenzaam';
  return appraisal === 'versterkend' ? 'contactarm' : 'sociaal_geisoleerd';
}
