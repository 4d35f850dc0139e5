import { CURRENT_MAP_FORMAT_VERSION, MAP_FORMAT } from '../format/document.js';
import { formatPath, type Issue } from '../format/issues.js';
import { parseMapDocument } from '../format/parse.js';
import type { NetworkMap, NetworkMapInput } from '../records/index.js';
import { problem, type ImportReport, type InteropFormat, type InteropProblem, type ReportBuilder } from './report.js';

export type InteropImport =
  | { readonly ok: true; readonly maps: readonly NetworkMap[]; readonly report: ImportReport }
  | { readonly ok: false; readonly problems: readonly InteropProblem[] };

/**
 * The last step of every import: each built map goes through the normal netwerkkaart parser, so an
 * import can never produce a map a file could not hold. All or nothing: one invalid map refuses
 * the whole import (`invalid_map` with the parser's path and code).
 */
export function finishImport(format: InteropFormat, inputs: readonly NetworkMapInput[], report: ReportBuilder): InteropImport {
  const maps: NetworkMap[] = [];
  const warnings: Issue[] = [];
  const problems: InteropProblem[] = [];
  inputs.forEach((input, index) => {
    const parsed = parseMapDocument({ format: MAP_FORMAT, version: CURRENT_MAP_FORMAT_VERSION, map: input });
    if (!parsed.ok) {
      for (const found of parsed.issues) {
        if (found.severity === 'error') problems.push(problem('invalid_map', { path: formatPath(found.path) }, { map: index + 1, issue: found.code }));
      }
      return;
    }
    maps.push(parsed.value.map);
    warnings.push(...parsed.warnings);
  });
  if (problems.length > 0) return { ok: false, problems };
  const snapshots = maps.flatMap((m) => m.snapshots);
  return {
    ok: true,
    maps,
    report: {
      format,
      maps: maps.length,
      snapshots: snapshots.length,
      alters: snapshots.reduce((n, s) => n + s.alters.length, 0),
      ties: snapshots.reduce((n, s) => n + s.ties.length, 0),
      fields: report.fields(),
      people: [...report.people],
      warnings,
    },
  };
}

/** Text cut to a field's limit after trimming; undefined when nothing is left. */
export function cutText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return [...trimmed].slice(0, max).join('').trim();
}
