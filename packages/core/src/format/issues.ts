import type { z } from 'zod';

/**
 * A problem found in input, with the JSON path where it is, a stable code (the key of the
 * translated message in ../messages) and the values the message needs. Warnings are repairs the
 * parser made (they are reported, never silent); errors reject the input.
 */
export type IssueCode =
  | 'not_json'
  | 'not_an_object'
  | 'wrong_format'
  | 'unsupported_version'
  | 'required'
  | 'wrong_type'
  | 'not_allowed'
  | 'unknown_field'
  | 'too_small'
  | 'too_big'
  | 'too_short'
  | 'too_long'
  | 'too_few'
  | 'too_many'
  | 'not_integer'
  | 'bad_id'
  | 'bad_date'
  | 'invalid'
  | 'ring_out_of_range'
  | 'sector_not_in_scheme'
  | 'duplicate_id'
  | 'unknown_alter'
  | 'self_tie'
  | 'duplicate_tie'
  | 'tie_reordered'
  | 'unknown_snapshot'
  | 'no_snapshot'
  | 'name_characters'
  | 'name_invisible';

export type PathSegment = string | number;

export interface Issue {
  readonly severity: 'error' | 'warning';
  readonly path: readonly PathSegment[];
  readonly code: IssueCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export function issue(code: IssueCode, path: readonly PathSegment[], params: Issue['params'] = {}, severity: Issue['severity'] = 'error'): Issue {
  return { severity, path, code, params };
}

/**
 * `map.snapshots[0].alters[3].ring`: how paths are written in every message. A field name from
 * the input (an unknown key) is shown by its preview, so a path stays short whatever the file holds.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (segment.length <= PREVIEW_LENGTH && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(previewText(segment))}]`;
  }
  return out === '' ? '(root)' : out;
}

/** The longest preview of a value from the input in a message. */
export const PREVIEW_LENGTH = 40;

/** A string cut to `max` characters (never half a surrogate pair), with … when cut. */
export function previewText(text: string, max = PREVIEW_LENGTH): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A wrong value from the input as a message shows it: at most PREVIEW_LENGTH characters, and
 * never by walking into nested values, so a 10,000-deep array or a 10 MB string costs as little as
 * a number (JSON.stringify of the first overflows the stack). Arrays and objects show their first
 * items with nested ones as `[…]` and `{…}`.
 */
export function previewValue(value: unknown): string {
  if (typeof value === 'string') return previewText(value);
  if (Array.isArray(value)) return previewText(`[${previewItems(value.slice(0, PREVIEW_LENGTH).map(previewScalar), value.length)}]`);
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).slice(0, PREVIEW_LENGTH);
    const items = keys.map((k) => `${JSON.stringify(previewText(k))}: ${previewScalar((value as Record<string, unknown>)[k])}`);
    return previewText(`{${previewItems(items, Object.keys(value).length)}}`);
  }
  return previewScalar(value);
}

function previewItems(items: readonly string[], total: number): string {
  return total > items.length ? `${items.join(', ')}, …` : items.join(', ');
}

/** One item of a preview: a scalar as JSON (strings cut), a nested array or object unopened. */
function previewScalar(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'string') return JSON.stringify(previewText(value));
  if (value === undefined) return 'undefined';
  return typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function' ? typeof value : String(value);
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Translates zod's issues into ours, keeping every path. */
export function fromZodIssues(zodIssues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    switch (zi.code) {
      case 'invalid_type':
        if (zi.input === undefined) out.push(issue('required', path, { expected: zi.expected }));
        else if (zi.expected === 'int') out.push(issue('not_integer', path, { got: previewValue(zi.input) }));
        else out.push(issue('wrong_type', path, { expected: zi.expected, got: typeName(zi.input) }));
        break;
      case 'invalid_value':
        // A list or record where a word was expected is named by its kind, not shown.
        if (typeof zi.input === 'object' && zi.input !== null) out.push(issue('wrong_type', path, { expected: typeName(zi.values[0]), got: typeName(zi.input) }));
        else out.push(issue('not_allowed', path, { allowed: zi.values.map((v) => String(v)).join(', '), got: previewValue(zi.input) }));
        break;
      case 'unrecognized_keys':
        for (const key of zi.keys) out.push(issue('unknown_field', [...path, key], { field: previewText(key) }));
        break;
      case 'too_small': {
        const min = Number(zi.minimum);
        if (zi.origin === 'string') out.push(issue('too_short', path, { min }));
        else if (zi.origin === 'array' || zi.origin === 'set') out.push(issue('too_few', path, { min }));
        else out.push(issue('too_small', path, { min, got: previewValue(zi.input), inclusive: zi.inclusive === false ? 0 : 1 }));
        break;
      }
      case 'too_big': {
        const max = Number(zi.maximum);
        if (zi.origin === 'string') out.push(issue('too_long', path, { max }));
        else if (zi.origin === 'array' || zi.origin === 'set') out.push(issue('too_many', path, { max }));
        else out.push(issue('too_big', path, { max, got: previewValue(zi.input), inclusive: zi.inclusive === false ? 0 : 1 }));
        break;
      }
      case 'invalid_format':
        out.push(issue(zi.format === 'regex' ? 'bad_id' : 'invalid', path, { got: previewValue(zi.input) }));
        break;
      case 'invalid_union':
        if (zi.errors.length > 0) {
          // Report the branch that came closest (fewest problems).
          const best = [...zi.errors].sort((a, b) => a.length - b.length)[0] ?? [];
          out.push(...fromZodIssues(best, path));
        } else {
          // No branch matched the discriminator (e.g. an unknown ego kind): name the field itself.
          const discriminator = 'discriminator' in zi ? zi.discriminator : undefined;
          const got = discriminator && isRecord(zi.input) ? previewValue(zi.input[discriminator]) : '';
          const at = path[path.length - 1] === discriminator ? path : [...path, discriminator ?? 'kind'];
          out.push(discriminator ? issue('not_allowed', at, { allowed: '', got }) : issue('invalid', path, {}));
        }
        break;
      case 'custom':
        // A refused name is not repeated in the message: it may be what hides or reverses text.
        if (zi.message === 'name_characters' || zi.message === 'name_invisible') out.push(issue(zi.message, path, {}));
        else out.push(issue(zi.message === 'date' ? 'bad_date' : zi.message === 'id' ? 'bad_id' : 'invalid', path, { got: previewValue(zi.input) }));
        break;
      default:
        out.push(issue('invalid', path, {}));
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
