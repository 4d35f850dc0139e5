/**
 * Text from a map file (names, notes, ids) is shown in a terminal. Control characters could move
 * the cursor, rewrite earlier lines or hide text (ANSI escapes, bidi overrides), so they are
 * replaced before printing. Newlines and tabs inside a value are shown as a space.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === '\n' || ch === '\t' || ch === '\r' ? ' ' : '\uFFFD'));
}

/** Wraps a line at `width` columns on spaces, indenting the continuation lines. */
export function wrap(text: string, width: number, firstPrefix: string, restPrefix: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = restPrefix + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

// Characters JSON.stringify leaves as they are but a terminal may act on (C1 controls such as
// U+009B, which some terminals read as the start of an escape sequence, and bidi controls).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify with those characters written as \u escapes: the same JSON value, safe to print. */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
