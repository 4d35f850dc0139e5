/**
 * Strict UTF-8 decoding for imported files. Decoding itself is the platform's TextDecoder with
 * `fatal: true` (every runtime the core runs in has it; the core's compile target has no DOM or
 * Node types, hence the narrow local type). TextDecoder only says *that* the bytes are broken, so
 * `firstInvalidUtf8` finds *where*, following the same rules (WHATWG / Unicode table 3-7: no
 * overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences).
 */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type Utf8DecoderConstructor = new (label: 'utf-8', options: { fatal: boolean }) => Utf8Decoder;
const PlatformTextDecoder = (globalThis as unknown as { TextDecoder: Utf8DecoderConstructor }).TextDecoder;

/** Offset of the first byte of the first invalid sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? lower : 0x80;
      const hi = k === 1 ? upper : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly position: number };

/**
 * Decodes bytes as UTF-8 (a leading byte-order mark is dropped). On broken encoding: the line
 * (1-based) and the character position in that line (1-based) of the first broken byte.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new PlatformTextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    // The platform refused the bytes, so there is a bad byte; guard the impossible case anyway.
    const at = bad < 0 ? bytes.length : bad;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const before = new PlatformTextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(lineStart, at));
    return { ok: false, line, position: [...before.replace(/\r$/, '')].length + 1 };
  }
}
