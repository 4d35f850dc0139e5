import { z } from 'zod';
import { formatPath } from '../format/issues.js';
import { mapLimitIssues, type MapLimits } from '../format/limits.js';
import { foreignId } from './columns.js';
import { importEasynwk, looksLikeEasynwk } from './easynwk.js';
import { importEgorFiles } from './egor.js';
import { egorMappingTemplate, EgorMappingSchema, type EgorTemplate } from './egor-foreign.js';
import { EGOR_FILE_NAMES, type EgorFiles } from './egor-table.js';
import type { InteropImport } from './finish.js';
import { importNcCsv, importNcGraphml, ncCsvFileKind, NcMappingSchema, ncMappingTemplate, type NcTemplate } from './network-canvas.js';
import { problem, type InteropFormat, type InteropProblem } from './report.js';

/** One file of an import: its name (for detection and messages) and its text. */
export interface ImportFile {
  readonly name: string;
  readonly text: string;
}

/** What a user may choose for formats that need it (docs/interop.md, "Mappings"); one schema for CLI and API. */
export const ImportMappingSchema = z.strictObject({
  /** egor, short for `egor.tie` (kept for mappings written before `egor`): a tie is a row whose `column` is at least `min`. */
  tieWeight: z.strictObject({ column: z.string().min(1).max(200), min: z.number() }).optional(),
  /** Foreign three-file CSVs: what their columns mean (egor-foreign.ts); our own export needs none. */
  egor: EgorMappingSchema.optional(),
  /** Network Canvas: what the protocol's variables mean (network-canvas.ts). */
  nc: NcMappingSchema.optional(),
});
export type ImportMapping = z.output<typeof ImportMappingSchema>;
/** A mapping as a user writes it (defaults may be left out), e.g. what the web app sends. */
export type ImportMappingInput = z.input<typeof ImportMappingSchema>;

export interface ImportRequest {
  readonly files: readonly ImportFile[];
  readonly format?: InteropFormat;
  readonly mapping?: ImportMappingInput;
  /** Today's date (YYYY-MM-DD) in the families' time zone, for formats without dates. */
  readonly today: string;
  /** The server's map limits (people and ties per snapshot, snapshots): a map over them refuses the import. */
  readonly limits?: MapLimits;
}

/** A map id from a file name: its letters, digits, - and _ (F3), else "import". */
export function mapIdFromFileName(name: string): string {
  const base = name.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  return foreignId('', base.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, ''), 'import');
}

function isNcGraphmlText(text: string): boolean {
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('<') && text.includes('schema.networkcanvas.com');
}

/** The format from the files' names and first characters; null when it cannot be told. */
export function detectImportFormat(files: readonly ImportFile[]): InteropFormat | null {
  if (files.length > 0 && files.every((f) => ncCsvFileKind(f.name) !== null) && files.some((f) => ncCsvFileKind(f.name)?.kind === 'ego')) return 'nc-csv';
  if (files.length === 3 && files.every((f) => /\.csv$/i.test(f.name))) return 'egor';
  // A Network Canvas zip of GraphML has one file per session.
  if (files.length > 1) return files.every((f) => isNcGraphmlText(f.text)) ? 'nc-graphml' : null;
  const [file] = files as [ImportFile];
  const start = file.text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return isNcGraphmlText(start) ? 'nc-graphml' : null;
  if (start.startsWith('{')) {
    try {
      return looksLikeEasynwk(JSON.parse(file.text.replace(/^\uFEFF/, ''))) ? 'easynwk' : null;
    } catch {
      return /\.json$/i.test(file.name) ? 'easynwk' : null;
    }
  }
  return null;
}

/** The egor files by their names (egos, alters, aaties/edges/ties), else in the order given. */
export function egorFilesFrom(files: readonly ImportFile[]): EgorFiles | null {
  if (files.length !== 3) return null;
  const find = (pattern: RegExp) => files.find((f) => pattern.test(f.name.replace(/^.*[/\\]/, '')));
  const egos = find(/ego/i);
  const alters = find(/alter/i);
  const aaties = find(/aatie|edge|tie/i);
  if (egos && alters && aaties && new Set([egos, alters, aaties]).size === 3) return { egos: egos.text, alters: alters.text, aaties: aaties.text };
  return { egos: files[0]!.text, alters: files[1]!.text, aaties: files[2]!.text };
}

/** One entry point for the CLI, the server and the web app: detect, read, check, report (and the limits, when given). */
export function importFiles(request: ImportRequest): InteropImport {
  const result = readFiles(request);
  if (!result.ok || !request.limits) return result;
  const limits = request.limits;
  const problems = result.maps.flatMap((map, i) => mapLimitIssues(map, limits, ['maps', i]))
    .map((found) => problem('too_many', { path: formatPath(found.path) }, { max: found.params.max ?? '' }));
  return problems.length > 0 ? { ok: false, problems } : result;
}

function readFiles(request: ImportRequest): InteropImport {
  const format = request.format ?? detectImportFormat(request.files);
  if (format === null) return { ok: false, problems: [problem('not_recognised', {}, { format: 'easyNWK / egor / Network Canvas' })] };
  switch (format) {
    case 'easynwk': {
      const [file] = request.files;
      if (!file || request.files.length !== 1) return { ok: false, problems: [problem('required', {}, { format })] };
      return importEasynwk(file.text, { mapId: mapIdFromFileName(file.name), fileName: file.name, today: request.today });
    }
    case 'egor': {
      const files = egorFilesFrom(request.files);
      if (!files) return { ok: false, problems: [problem('required', { file: Object.values(EGOR_FILE_NAMES).join(', ') })] };
      const { egor, tieWeight } = request.mapping ?? {};
      // `tieWeight` is the older short form of `egor.tie`.
      const tie = egor?.tie ?? tieWeight;
      const mapping = egor || tie ? { ...egor, ...(tie ? { tie } : {}) } : undefined;
      return importEgorFiles(files, { today: request.today, ...(mapping ? { mapping } : {}) });
    }
    case 'nc-graphml':
      if (!request.mapping?.nc) return { ok: false, problems: [problem('required', { path: 'mapping.nc' })] };
      return importNcGraphml(request.files, request.mapping.nc, { today: request.today });
    case 'nc-csv':
      if (!request.mapping?.nc) return { ok: false, problems: [problem('required', { path: 'mapping.nc' })] };
      return importNcCsv(request.files, request.mapping.nc, { today: request.today });
    default:
      return { ok: false, problems: [problem('not_recognised', {}, { format })] };
  }
}

/** What `importMappingTemplate` answers: no mapping needed, or what the files hold with a mapping to start from. */
export type ImportTemplateResult =
  | { ok: true; needed: false }
  | { ok: true; needed: true; format: 'nc-graphml' | 'nc-csv'; template: NcTemplate }
  | { ok: true; needed: true; format: 'egor'; template: EgorTemplate }
  | { ok: false; problems: InteropProblem[] };

/**
 * The mapping template of files that need one (Network Canvas GraphML or CSV set, foreign
 * three-file CSVs), for the CLI's --mapping-template and the web app's mapping step; `needed: false`
 * for formats that need none (easyNWK, our own egor export).
 */
export function importMappingTemplate(files: readonly ImportFile[], format?: InteropFormat): ImportTemplateResult {
  const found = format ?? detectImportFormat(files);
  if (found === 'egor') {
    const egorFiles = egorFilesFrom(files);
    if (!egorFiles) return { ok: false, problems: [problem('required', { file: Object.values(EGOR_FILE_NAMES).join(', ') })] };
    const result = egorMappingTemplate(egorFiles);
    if (!result.ok) return result;
    return result.own ? { ok: true, needed: false } : { ok: true, needed: true, format: 'egor', template: result.template };
  }
  if (found !== 'nc-graphml' && found !== 'nc-csv') return { ok: true, needed: false };
  const result = ncMappingTemplate(files, found);
  return result.ok ? { ok: true, needed: true, format: found, template: result.template } : result;
}
