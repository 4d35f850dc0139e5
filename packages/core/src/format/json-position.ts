/**
 * Where JSON text goes wrong, as line and column (1-based). JSON.parse of Node 20 names the
 * position of only some errors ("Unexpected token '}', ... is not valid JSON" has none), so the
 * text is scanned here by the JSON grammar (RFC 8259), with an explicit stack rather than
 * recursion: a 10,000-deep array costs no call stack. Called only after JSON.parse has failed.
 */
export function jsonErrorLocation(text: string): { line: number; column: number } {
  return lineAndColumn(text, jsonErrorOffset(text));
}

/** The line and column (1-based, in characters) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const ARRAY = 0;
const OBJECT = 1;

/** The offset of the first character that breaks the grammar (the text's length when it ends too soon), or -1 when the text is JSON. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i++;
    }
  };
  /** Reads a string at i (which holds '"'); false when it is broken, i then at the fault. */
  const readString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) { i = n; return false; }
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (!/[0-9A-Fa-f]/.test(text[i + k] ?? '')) { i = Math.min(i + k, n); return false; }
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          i += 1;
          return false;
        }
        continue;
      }
      i++;
    }
    return false;
  };
  const digits = (): number => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i - start;
  };
  const readNumber = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (digits() === 0) return false;
    if (text[i] === '.') { i++; if (digits() === 0) return false; }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (digits() === 0) return false;
    }
    return true;
  };
  const readWord = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  /** An object key and its colon; false with i at the fault. */
  const readKey = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !readString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  for (;;) {
    // A value is expected at i.
    skipSpace();
    if (i >= n) return n;
    const c = text[i];
    let done = true;
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') i++;
      else { if (!readKey()) return i; stack.push(OBJECT); done = false; }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') i++;
      else { stack.push(ARRAY); done = false; }
    } else if (c === '"') {
      if (!readString()) return i;
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (!readNumber()) return i;
    } else if (c === 't' || c === 'f' || c === 'n') {
      if (!readWord(c === 't' ? 'true' : c === 'f' ? 'false' : 'null')) return i;
    } else {
      return i;
    }
    if (!done) continue;
    // After a value: close containers, or go on after a comma.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (i >= n) return n;
      const next = text[i];
      if (next === ',') {
        i++;
        if (top === OBJECT && !readKey()) return i;
        break;
      }
      if (next === (top === OBJECT ? '}' : ']')) { i++; stack.pop(); continue; }
      return i;
    }
  }
}
