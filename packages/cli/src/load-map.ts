import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  describeIssue, findSnapshot, issue, latestCurrentSnapshot, parseMapDocumentText, type Issue, type Language,
  type MapDocument, type ParseResult, type Snapshot,
} from '@netwerkkracht/core';
import { CLI_MESSAGES } from './cli-messages.js';
import { UserError } from './errors.js';
import type { CliIo } from './io.js';
import { terminalSafe } from './terminal-text.js';

/** Bigger than any real map (500 snapshots of 1000 people), small enough to never exhaust memory. */
export const MAX_MAP_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a file as UTF-8 text; every way it can fail is a translated user error naming the file. */
export async function readTextFile(file: string, io: CliIo, lang: Language): Promise<string> {
  return decodeTextFile(file, await readFileBytes(file, io, lang), lang);
}

/** A file's bytes (at most MAX_MAP_FILE_BYTES), or a user error naming it. */
export async function readFileBytes(file: string, io: CliIo, lang: Language): Promise<Buffer> {
  const m = CLI_MESSAGES[lang];
  const shown = terminalSafe(file);
  const path = resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UserError(m.fileNotFile(shown));
    if (info.size > MAX_MAP_FILE_BYTES) throw new UserError(m.fileTooLarge(shown, MAX_MAP_FILE_BYTES / 1024 / 1024));
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError(m.fileMissing(shown));
    throw new UserError(m.fileUnreadable(shown, typeof code === 'string' ? code : 'I/O'));
  }
  return bytes;
}

/** UTF-8 text, or a user error naming the file. */
export function decodeTextFile(file: string, bytes: Uint8Array, lang: Language): string {
  const shown = terminalSafe(file);
  const m = CLI_MESSAGES[lang];
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(m.fileNotUtf8(shown));
  }
}

/** Reads and parses a map file, keeping every issue (for `validate`). */
export async function parseMapFile(file: string, io: CliIo, lang: Language): Promise<ParseResult<MapDocument>> {
  return parseMapDocumentText(await readTextFile(file, io, lang));
}

/** Reads a map file that must be valid: the first problem becomes a one-line user error. */
export async function loadMapFile(file: string, io: CliIo, lang: Language): Promise<MapDocument> {
  const result = await parseMapFile(file, io, lang);
  if (!result.ok) {
    const [first, ...rest] = result.issues;
    const more = rest.length > 0 ? ` ${CLI_MESSAGES[lang].moreIssues(rest.length, `netwerkkracht validate ${terminalSafe(file)}`)}` : '';
    throw issueError(first ?? issue('invalid', []), lang, more);
  }
  return result.value;
}

export function issueError(found: Issue, lang: Language, suffix = ''): UserError {
  return new UserError(terminalSafe(describeIssue(found, lang)) + suffix);
}

/** The snapshot named by `--snapshot`, or the latest `is` snapshot; a user error when there is none. */
export function pickSnapshot(document: MapDocument, id: string | undefined, lang: Language, option = '--snapshot'): Snapshot {
  if (id !== undefined) {
    const found = findSnapshot(document.map, id);
    if (!found) throw issueError(issue('unknown_snapshot', ['map', 'snapshots'], { id: id.slice(0, 64) }), lang, ` (${option})`);
    return found;
  }
  const latest = latestCurrentSnapshot(document.map);
  if (!latest) throw issueError(issue('no_snapshot', ['map', 'snapshots']), lang);
  return latest;
}
