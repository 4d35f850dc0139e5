import {
  AlterSchema, fromZodIssues, isFormalByDefault, issue, sectorCodesOf, type Alter, type Issue, type SectorCode,
} from '@netwerkkracht/core';
import type { MapShape } from '../geometry.js';

/**
 * The rules for one person on the map: core's AlterSchema (defined once) plus the rules that need
 * the map, with the same issue codes as core's map check, so messages come from one catalogue.
 */
export function alterIssues(alter: Alter, shape: MapShape): Issue[] {
  const parsed = AlterSchema.safeParse(alter, { reportInput: true });
  const issues = parsed.success ? [] : fromZodIssues(parsed.error.issues);
  if (alter.ring > shape.ringCount || alter.ring < 1) {
    issues.push(issue('ring_out_of_range', ['ring'], { max: shape.ringCount, got: alter.ring }));
  }
  const allowed = sectorCodesOf(shape.sectorScheme);
  if (alter.sector !== null && !allowed.includes(alter.sector)) {
    issues.push(issue('sector_not_in_scheme', ['sector'], { scheme: shape.sectorScheme, allowed: allowed.join(', '), got: alter.sector }));
  }
  return issues;
}

/**
 * When the sector changes, `formal` follows the new sector if it still had the old sector's
 * default (the worker never chose otherwise); a value the worker set stays.
 */
export function formalAfterSectorChange(alter: Alter, to: SectorCode | null): boolean {
  return alter.formal === isFormalByDefault(alter.sector) ? isFormalByDefault(to) : alter.formal;
}
