import { z } from 'zod';
import { WORKING_MODEL_CODES, type WorkingModelCode } from '../../catalogue/types.js';
import { LIFE_DOMAINS, SUPPORT_FUNCTIONS, type LifeDomain, type SupportFunction } from '../../vocabularies/index.js';
import type { LocalService } from './local-service.js';
import { foldPlace, placeNamesRegion } from './region-match.js';

/** A search on the sociale kaart; every field is optional and the given ones must all hold. */
export interface LocalServiceQuery {
  /** K1: the service's region names this region (folded, whole words), or the service is online. */
  readonly region?: string;
  /** K2: these words occur in the target group (folded; every word must occur). */
  readonly targetGroup?: string;
  /** K3: the service lists this life domain / working model / support function. */
  readonly domain?: LifeDomain;
  readonly model?: WorkingModelCode;
  readonly supportFunction?: SupportFunction;
  /** K4: these words occur in the name, organisation, target group or accessibility text. */
  readonly text?: string;
}

/** The query as an API query string or CLI options give it: parsed once, here. */
export const LocalServiceQuerySchema = z.strictObject({
  region: z.string().max(120).optional(),
  targetGroup: z.string().max(200).optional(),
  domain: z.enum(LIFE_DOMAINS).optional(),
  model: z.enum(WORKING_MODEL_CODES).optional(),
  supportFunction: z.enum(SUPPORT_FUNCTIONS).optional(),
  text: z.string().max(200).optional(),
});

function containsAllWords(haystack: string, needle: string): boolean {
  const folded = ` ${foldPlace(haystack)} `;
  return foldPlace(needle).split(' ').filter((w) => w !== '').every((word) => folded.includes(word));
}

export function matchesLocalServiceQuery(service: LocalService, query: LocalServiceQuery): boolean {
  if (query.region !== undefined && query.region.trim() !== '' && !service.online && !placeNamesRegion(service.region, query.region)) return false;
  if (query.targetGroup !== undefined && !containsAllWords(service.targetGroup, query.targetGroup)) return false;
  if (query.domain !== undefined && !service.domains.includes(query.domain)) return false;
  if (query.model !== undefined && !service.models.includes(query.model)) return false;
  if (query.supportFunction !== undefined && !service.supportFunctions.includes(query.supportFunction)) return false;
  if (query.text !== undefined) {
    const all = [service.name, service.organisation, service.targetGroup, service.accessibility].join(' ');
    if (!containsAllWords(all, query.text)) return false;
  }
  return true;
}

/** The services that match a query, in the order of the list (no ranking). */
export function searchLocalServices(services: readonly LocalService[], query: LocalServiceQuery): readonly LocalService[] {
  return services.filter((service) => matchesLocalServiceQuery(service, query));
}
