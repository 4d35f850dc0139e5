import { MapDocumentSchema, type MapDocument } from './document.js';
import { mapRuleIssues, normaliseMap } from './check.js';
import { formatPath, fromZodIssues, issue, type Issue } from './issues.js';
import { isPlainObject, migrateToCurrent } from './migrations.js';

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[]; readonly fromVersion: number }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Parses a netwerkkaart document from already-decoded JSON: migrate to the current version, then
 * check the schema and the whole-map rules together, so every problem is reported at once with its
 * path. Where a map rule and the schema speak about the same field, the map rule's more precise
 * message is kept (a ring of 7 on a map of 3 rings: "between 1 and 3", not "at most 5").
 * Never throws for bad input.
 */
export function parseMapDocument(input: unknown): ParseResult<MapDocument> {
  const migrated = migrateToCurrent(input);
  if (!migrated.ok) return { ok: false, issues: migrated.issues };
  const ruleIssues = mapRuleIssues(isPlainObject(migrated.document) ? migrated.document.map : undefined, ['map']);
  const parsed = MapDocumentSchema.safeParse(migrated.document, { reportInput: true });
  const ruleErrors = ruleIssues.filter((i) => i.severity === 'error');
  const warnings = [...migrated.notes, ...ruleIssues.filter((i) => i.severity === 'warning')];
  if (!parsed.success || ruleErrors.length > 0) {
    const rulePaths = new Set(ruleErrors.map((i) => formatPath(i.path)));
    const schemaErrors = parsed.success ? [] : fromZodIssues(parsed.error.issues).filter((i) => !rulePaths.has(formatPath(i.path)));
    // The repairs the parser would have made are reported too: worth knowing while fixing the file.
    return { ok: false, issues: [...[...schemaErrors, ...ruleErrors].sort(byPath), ...warnings] };
  }
  return { ok: true, value: { ...parsed.data, map: normaliseMap(parsed.data.map) }, warnings, fromVersion: migrated.fromVersion };
}

function byPath(a: Issue, b: Issue): number {
  const len = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < len; i++) {
    const x = a.path[i] as string | number;
    const y = b.path[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return 0; // keep schema order between sibling fields
  }
  return a.path.length - b.path.length;
}

/** Parses the text of a map file; text that is not JSON gives a `not_json` issue with line and column. */
export function parseMapDocumentText(text: string): ParseResult<MapDocument> {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, issues: [issue('not_json', [], jsonErrorPosition(text, error))] };
  }
  return parseMapDocument(json);
}

export function jsonErrorPosition(text: string, error: unknown): Record<string, number | string> {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!match) return { line: 1, column: 1 };
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
