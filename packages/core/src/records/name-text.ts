import { z } from 'zod';

/**
 * Names of people, families, teams and users. Besides the length, a name must be text a reader can
 * see and trust: no control characters (they can rewrite a terminal line or a log), no lone
 * surrogates (half a character: not valid Unicode, broken in every export), no bidi overrides or
 * isolates (U+202A–202E, U+2066–2069: they reverse what follows, so "Jan" can be shown for another
 * name), and not made only of spaces, zero-width or other invisible characters. Right-to-left
 * scripts (Arabic, Hebrew) and combining marks are ordinary text and stay valid.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;

/** Why a name is refused, or null when it is fine; the codes are zod messages fromZodIssues translates. */
export function nameProblem(name: string): 'name_characters' | 'name_invisible' | null {
  if (FORBIDDEN.test(name)) return 'name_characters';
  if (INVISIBLE_ONLY.test(name)) return 'name_invisible';
  return null;
}

/** A name field: trimmed, 1..max characters, and visible, trustworthy text (see above). */
export function nameTextSchema(max: number) {
  return z.string().trim().min(1).max(max).superRefine((value, ctx) => {
    // An empty (trimmed) name is already reported as too short.
    if (value.length === 0) return;
    const problem = nameProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
}
