import type { AlterId } from '../records/index.js';
import type { SectorCode, SupportFunction } from '../vocabularies/index.js';
import {
  roundPercent, type Observation, type ObservationCode, type ObservationParams, type ParamValue,
} from './observations.js';

// Short constructors for observation parameters, used by the observers (not part of the core's API).

export const num = (value: number): ParamValue => ({ kind: 'number', value });
export const pct = (share: number | null): ParamValue => ({ kind: 'percent', value: share === null ? null : roundPercent(share) });
export const people = (ids: readonly AlterId[]): ParamValue => ({ kind: 'people', ids });
export const fns = (codes: readonly SupportFunction[]): ParamValue => ({ kind: 'functions', codes });
export const sectors = (codes: readonly (SectorCode | null)[]): ParamValue => ({ kind: 'sectors', codes });

export function observation(code: ObservationCode, params: ObservationParams = {}): Observation {
  return { code, params };
}
