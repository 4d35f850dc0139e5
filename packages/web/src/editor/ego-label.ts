import { estimateTextWidth } from './label-placement.js';

export interface EgoLabel {
  readonly fontSize: number;
  /** Distance between the lines' middles. */
  readonly lineHeight: number;
  readonly lines: readonly string[];
  /** True when the name did not fit whole and ends in "…" (the full name is in the title). */
  readonly shortened: boolean;
}

const FONT_SIZES = [20, 17, 14, 12] as const;
const SMALLEST = FONT_SIZES[FONT_SIZES.length - 1] as number;
const MAX_LINES = 3;
/** The ego's name is bold: a little wider than the estimate for regular text. */
const BOLD = 1.08;
/** Keep a margin from the circle's edge. */
const INSIDE = 0.9;

/**
 * How the ego's name fits in the centre circle of the map (radius `radius`): the largest font at
 * which the words, wrapped over at most three lines, stay inside the circle; a name that does not
 * fit even then is cut with "…". A household's name ("Gezin Janssens-Peeters") thus stays inside
 * the circle instead of running over the people of the first ring.
 */
export function egoLabel(name: string, radius: number): EgoLabel {
  const words = name.trim().split(/\s+/).filter((w) => w !== '');
  // A line may also break after a hyphen: "Janssens-" / "Peeters".
  const tokens: Token[] = words.flatMap((word) => word.split(/(?<=-)(?=.)/).map((text, i) => ({ text, glued: i > 0 })));
  if (words.length === 0) return { fontSize: FONT_SIZES[0], lineHeight: FONT_SIZES[0] * 1.15, lines: [], shortened: false };
  for (const fontSize of FONT_SIZES) {
    for (let count = 1; count <= MAX_LINES; count++) {
      const lines = wrap(tokens, count, widthFor(count, fontSize, radius), fontSize);
      if (lines) return { fontSize, lineHeight: fontSize * 1.15, lines, shortened: false };
    }
  }
  const fontSize = SMALLEST;
  return { fontSize, lineHeight: fontSize * 1.15, ...cut(words, widthFor(MAX_LINES, fontSize, radius), fontSize) };
}

/** The width available to every one of `count` stacked lines: the chord at the outermost line's far edge. */
function widthFor(count: number, fontSize: number, radius: number): number {
  const lineHeight = fontSize * 1.15;
  const reach = ((count - 1) / 2) * lineHeight + fontSize / 2;
  const r = radius * INSIDE;
  return reach >= r ? 0 : 2 * Math.sqrt(r * r - reach * reach);
}

const fits = (text: string, width: number, fontSize: number) => estimateTextWidth(text, fontSize) * BOLD <= width;

/** A piece of the name a line may end after; `glued` when it follows a hyphen (no space before it). */
interface Token {
  readonly text: string;
  readonly glued: boolean;
}

/** The tokens over at most `count` lines of at most `width`, or null when they do not fit so. */
function wrap(tokens: readonly Token[], count: number, width: number, fontSize: number): string[] | null {
  const lines: string[] = [];
  for (const { text, glued } of tokens) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? text : `${last}${glued ? '' : ' '}${text}`;
    if (last !== undefined && fits(joined, width, fontSize)) lines[lines.length - 1] = joined;
    else if (fits(text, width, fontSize) && lines.length < count) lines.push(text);
    else return null;
  }
  return lines;
}

/**
 * A name with a word too long for a line: broken inside words, as many characters as fit on three
 * lines; when even that is not all, the last line ends in "…".
 */
function cut(words: readonly string[], width: number, fontSize: number): { lines: string[]; shortened: boolean } {
  const lines: string[] = [''];
  const chars = Array.from(words.join(' '));
  let used = 0;
  for (const ch of chars) {
    const current = lines[lines.length - 1] as string;
    if (fits(`${current}${ch}…`, width, fontSize) || (lines.length < MAX_LINES && fits(`${current}${ch}`, width, fontSize))) {
      lines[lines.length - 1] = current + ch;
    } else if (lines.length < MAX_LINES) {
      lines.push(ch === ' ' ? '' : ch);
    } else {
      break;
    }
    used++;
  }
  const shortened = used < chars.length;
  if (shortened) lines[lines.length - 1] = `${(lines[lines.length - 1] as string).trimEnd()}…`;
  return { lines: lines.map((l) => l.trim()).filter((l) => l !== ''), shortened };
}
