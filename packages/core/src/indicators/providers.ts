import type { AlterId } from '../records/index.js';
import type { Coverage, SupportFunction } from '../vocabularies/index.js';
import type { AnalysisContext } from './context.js';

export interface Providers {
  readonly informal: readonly AlterId[];
  readonly formal: readonly AlterId[];
}

export type ProvidersByFunction = Readonly<Partial<Record<SupportFunction, Providers>>>;
export type CoverageByFunction = Readonly<Partial<Record<SupportFunction, Coverage>>>;

/**
 * Providers (domain.md §5.5; P1): for each support function f, the active alters f is received
 * from (direction ontvangt or wederzijds), split informal / formal, in map order. Functions given
 * only (geeft) do not make a provider. Every function of the settings is a key, also when nobody
 * provides it. Source: seed 000 (wie doet wat), seed 004 (functies van een netwerk).
 */
export function providers(ctx: AnalysisContext): ProvidersByFunction {
  const functions = ctx.settings.functions;
  const out: Partial<Record<SupportFunction, { informal: AlterId[]; formal: AlterId[] }>> = {};
  for (let bit = 0; bit < functions.length; bit++) {
    const f = functions[bit] as SupportFunction;
    if (out[f]) continue; // a function listed twice in the settings counts once
    const informal: AlterId[] = [];
    const formal: AlterId[] = [];
    for (const { id, formal: isFormal, receivedMask } of ctx.active) {
      if ((receivedMask & (1 << bit)) !== 0) (isFormal ? formal : informal).push(id);
    }
    out[f] = { informal, formal };
  }
  return out;
}

export interface CoverageIndicators {
  readonly coverage: CoverageByFunction;
  readonly gaps: readonly SupportFunction[];
  readonly formalOnly: readonly SupportFunction[];
}

/**
 * Coverage (domain.md §5.6; CV1–CV3): `informeel` when f has at least one informal provider, else
 * `alleen_formeel` when it has a formal one, else `geen`. `gaps` lists the functions with `geen`,
 * `formalOnly` those with `alleen_formeel`, in the order of the settings' functions.
 * Source: seed 000 (formele en informele zorg vullen elkaar aan; verafhankelijking).
 */
export function coverage(ctx: AnalysisContext, byFunction: ProvidersByFunction = providers(ctx)): CoverageIndicators {
  const out: Partial<Record<SupportFunction, Coverage>> = {};
  const gaps: SupportFunction[] = [];
  const formalOnly: SupportFunction[] = [];
  for (const f of ctx.settings.functions) {
    const p = byFunction[f];
    const value: Coverage = p && p.informal.length > 0 ? 'informeel' : p && p.formal.length > 0 ? 'alleen_formeel' : 'geen';
    out[f] = value;
    if (value === 'geen') gaps.push(f);
    else if (value === 'alleen_formeel') formalOnly.push(f);
  }
  return { coverage: out, gaps, formalOnly };
}
