import { issue, previewValue, typeName, type Issue } from './issues.js';
import { CURRENT_MAP_FORMAT_VERSION, MAP_FORMAT } from './document.js';

/**
 * Migrations of the map format. `MIGRATIONS[n]` turns a version-n document into a version n+1
 * document; it receives plain JSON (already parsed, not yet validated) and returns plain JSON plus
 * the notes of what it changed, so an import can report them. Version 1 is the first version, so
 * there is no migration yet; a version 2 adds `1: migrateV1toV2` here and a test with a real v1 file.
 */
export type Migration = (document: Record<string, unknown>) => { document: Record<string, unknown>; notes: Issue[] };

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { ok: true; document: Record<string, unknown>; fromVersion: number; notes: Issue[] }
  | { ok: false; issues: Issue[] };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Brings a parsed document of any known version up to the current version. */
export function migrateToCurrent(input: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, current = CURRENT_MAP_FORMAT_VERSION): MigrationResult {
  if (!isPlainObject(input)) return { ok: false, issues: [issue('not_an_object', [], {})] };
  if (input.format !== MAP_FORMAT) {
    return { ok: false, issues: [issue('wrong_format', ['format'], { expected: MAP_FORMAT, got: input.format === undefined ? '' : previewValue(input.format) })] };
  }
  const version = input.version;
  const supported = supportedVersions(migrations, current);
  if (version === undefined) return { ok: false, issues: [issue('required', ['version'], { expected: 'number' })] };
  // An array or object is named by its kind: there is no version to show in it.
  if (typeof version === 'object' && version !== null) return { ok: false, issues: [issue('wrong_type', ['version'], { expected: 'number', got: typeName(version) })] };
  if (typeof version !== 'number' || !Number.isInteger(version) || !supported.includes(version)) {
    return { ok: false, issues: [issue('unsupported_version', ['version'], { got: previewValue(version), supported: supported.join(', ') })] };
  }
  let document = input;
  const notes: Issue[] = [];
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, issues: [issue('unsupported_version', ['version'], { got: String(version), supported: supported.join(', ') })] };
    const result = step(document);
    document = { ...result.document, version: v + 1 };
    notes.push(...result.notes);
  }
  return { ok: true, document, fromVersion: version, notes };
}

/** The versions this program can read: the current one and every one with a migration chain to it. */
export function supportedVersions(migrations: Readonly<Record<number, Migration>> = MIGRATIONS, current = CURRENT_MAP_FORMAT_VERSION): number[] {
  const versions = [current];
  for (let v = current - 1; v >= 1 && migrations[v]; v--) versions.unshift(v);
  return versions;
}
