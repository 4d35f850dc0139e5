// The "own words" check of issue 17: which texts of the product share a run of eight or more
// consecutive words with one of the source documents (../shared/seeds). Words are compared after
// lower-casing, dropping punctuation and folding whitespace, so a copied sentence with other
// quotes, dashes or line breaks is still found. Facts, names and figures may be taken over;
// sentences may not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The shortest run of shared consecutive words that counts as copied. */
export const MIN_RUN = 8;

/**
 * Lower-cased words (letters and digits) of a text, in order. Typographic apostrophes count as
 * the plain one and are dropped with the other punctuation ("zo'n" → "zon", on both sides); web
 * addresses are left out.
 */
export function words(text: string): string[] {
  return (
    text
      // A web address is an address, not a sentence: it never counts as words.
      .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
      .normalize('NFC')
      .toLocaleLowerCase('nl')
      .replace(/['‘’`´]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The words of a source document. Two readings are kept, because the PDF conversion breaks words
 * at line ends with a hyphen: "verbonden-\nheid" is one word, "Kracht-\nconferentie" two. Footnote
 * numbers glued to a word ("kinderen1") are dropped so they do not break a run.
 */
export function seedReadings(text: string): string[][] {
  const unfootnoted = text.replace(/(?<=\p{Ll})\d{1,2}(?=[\s.,;:)]|$)/gu, '');
  const joined = unfootnoted.replace(/(?<=\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '');
  return [words(joined), words(unfootnoted)];
}

function key(tokens: readonly string[], start: number): string {
  return tokens.slice(start, start + MIN_RUN).join(' ');
}

/** Every run of MIN_RUN words that occurs in one of the sources. */
export class SeedIndex {
  private readonly runs = new Set<string>();

  add(tokens: readonly string[]): void {
    for (let i = 0; i + MIN_RUN <= tokens.length; i += 1) this.runs.add(key(tokens, i));
  }

  has(tokens: readonly string[], start: number): boolean {
    return this.runs.has(key(tokens, start));
  }

  get size(): number {
    return this.runs.size;
  }
}

export function seedIndexFromFolder(folder: string): { index: SeedIndex; files: string[] } {
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  const index = new SeedIndex();
  for (const name of files) {
    for (const reading of seedReadings(readFileSync(join(folder, name), 'utf8'))) index.add(reading);
  }
  return { index, files };
}

/**
 * Splits a text's words around the allowed proper names and titles, so a name never counts
 * towards a run (a run may not jump over it either: what stands around a name is judged apart).
 */
export function segmentsOutsideNames(tokens: readonly string[], names: readonly (readonly string[])[]): string[][] {
  const segments: string[][] = [];
  let current: string[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const name of names) {
      if (name.length > 0 && name.every((word, k) => tokens[i + k] === word)) {
        segments.push(current);
        current = [];
        i += name.length;
        continue outer;
      }
    }
    current.push(tokens[i] as string);
    i += 1;
  }
  segments.push(current);
  return segments.filter((segment) => segment.length >= MIN_RUN);
}

/** The longest runs (as text) a text shares with the sources, longest first; empty when none. */
export function sharedRuns(text: string, index: SeedIndex, names: readonly (readonly string[])[] = []): string[] {
  const found: string[] = [];
  for (const segment of segmentsOutsideNames(words(text), names)) {
    let i = 0;
    while (i + MIN_RUN <= segment.length) {
      if (!index.has(segment, i)) {
        i += 1;
        continue;
      }
      let end = i + 1;
      while (end + MIN_RUN <= segment.length && index.has(segment, end)) end += 1;
      found.push(segment.slice(i, end - 1 + MIN_RUN).join(' '));
      i = end - 1 + MIN_RUN;
    }
  }
  return found.sort((a, b) => b.length - a.length);
}

export interface SourceText {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/**
 * The texts of one TypeScript or TSX file: string literals, template literals (each literal part
 * apart; what is put in between breaks a run), JSX text, and chains of literals joined with `+`
 * as one text (so a sentence split over two lines is read whole).
 */
export function textsOfSource(file: string, source: string): SourceText[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const texts: SourceText[] = [];
  const push = (node: ts.Node, text: string): void => {
    if (words(text).length >= MIN_RUN) {
      texts.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text });
    }
  };
  const literalChain = (node: ts.Node): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isParenthesizedExpression(node)) return literalChain(node.expression);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = literalChain(node.left);
      const right = literalChain(node.right);
      return left !== null && right !== null ? left + right : null;
    }
    return null;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const whole = literalChain(node);
      if (whole !== null) {
        push(node, whole);
        return;
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) push(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      push(node.head, node.head.text);
      for (const span of node.templateSpans) push(span.literal, span.literal.text);
    } else if (ts.isJsxText(node)) push(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return texts;
}
