import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF made by chromium, well enough to check which words it holds (no PDF library
 * needed): the streams are inflated, the fonts' ToUnicode maps are read, and the glyph codes of the
 * text operators (Tj, TJ) are turned back into characters. The maps of all fonts are merged; the
 * subsets of one font family share their codes, which is what chromium writes for a page.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const start = /(<<(?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>)*>>)\s*stream\r?\n/g;
  for (let m = start.exec(raw); m; m = start.exec(raw)) {
    const from = m.index + m[0].length;
    const end = raw.indexOf('endstream', from);
    if (end < 0) break;
    const bytes = pdf.subarray(from, end);
    if (/\/FlateDecode/.test(m[1] ?? '')) {
      try {
        streams.push(inflateSync(bytes).toString('latin1'));
      } catch {
        // An image or a stream that is not zlib: no text in it.
      }
    } else {
      streams.push(bytes.toString('latin1'));
    }
    start.lastIndex = end;
  }
  const toUnicode = new Map<string, string>();
  const hexText = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  for (const s of streams.filter((x) => x.includes('begincmap'))) {
    for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, src, dst] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) toUnicode.set((src ?? '').toUpperCase(), hexText(dst ?? ''));
    }
    for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, dst] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const a = parseInt(lo ?? '0', 16);
        const b = parseInt(hi ?? '0', 16);
        const first = parseInt(dst ?? '0', 16);
        for (let c = a; c <= b && c - a < 512; c++) toUnicode.set(c.toString(16).toUpperCase().padStart((lo ?? '').length, '0'), String.fromCharCode(first + c - a));
      }
    }
  }
  const decode = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) out += toUnicode.get(hex.slice(i, i + 4).toUpperCase()) ?? '';
    return out;
  };
  const lines: string[] = [];
  for (const s of streams.filter((x) => /\bBT\b/.test(x))) {
    for (const block of s.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = '';
      for (const op of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ/g)) {
        if (op[1] !== undefined) line += decode(op[1]);
        else for (const part of (op[2] ?? '').matchAll(/<([0-9A-Fa-f]*)>|(-?\d+(?:\.\d+)?)/g)) {
          if (part[1] !== undefined) line += decode(part[1]);
          else if (Number(part[2]) < -200) line += ' ';
        }
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}
