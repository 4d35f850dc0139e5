import type { Initiative } from '../../catalogue/types.js';

/**
 * Region matching on free text. Places are written by people ("Sint-Niklaas", "sint niklaas",
 * "Région de Bruxelles"), so both sides are folded: lower case, accents removed, every run of
 * other characters made one space.
 */
export function foldPlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** K5: a place text names the region when the folded region occurs in it as whole words. */
export function placeNamesRegion(place: string, region: string): boolean {
  const wanted = foldPlace(region);
  if (wanted === '') return true;
  return ` ${foldPlace(place)} `.includes(` ${wanted} `);
}

/**
 * S-region (docs/plan-rules.md, SR1): a catalogue initiative can serve a family in a region when
 * it is online; or it is a kind of service found in many places (`soort_werking`, `lokale_route`:
 * the worker looks up the local one); or its location names the region; or its location names
 * Flanders as a whole (the product works in Flanders and Brussels). Initiatives only known in the
 * Netherlands, in another city, or in an unknown place are left out when a region is given.
 */
export function initiativeServesRegion(initiative: Initiative, region: string): boolean {
  if (initiative.online) return true;
  if (initiative.kind === 'soort_werking' || initiative.kind === 'lokale_route') return true;
  return placeNamesRegion(initiative.location, region) || placeNamesRegion(initiative.location, 'Vlaanderen');
}
