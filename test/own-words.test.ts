// Issue 17, "own words": no text of the product (string literals, JSX text, the locale files and
// the catalogue, all of packages/*/src) shares a run of eight or more consecutive words with one of
// the source documents. The sources live beside the repository (<repo>/../shared/seeds); where that
// folder is absent (a clone without them) the check is skipped with a printed notice.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIN_RUN, SeedIndex, seedIndexFromFolder, seedReadings, sharedRuns, textsOfSource, words } from './own-words.js';

const repoRoot = realpathSync(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const seedFolder = resolve(repoRoot, '..', 'shared', 'seeds');
const haveSeeds = existsSync(seedFolder) && readdirSync(seedFolder).some((name) => name.endsWith('.txt'));

/**
 * Proper names (organisations, projects, places) that the product names exactly as the sources
 * do. Their words never count towards a shared run. Only names: a description, aim or target
 * group must be in our own words even when it sits next to a name.
 */
const ALLOWED_NAMES: readonly string[] = [
  // Partners of Tandemproject Luidsprekers in Antwerp (seed 003, list of initiatives).
  'Samenlevingsopbouw Antwerpen Stad',
  'de8',
  'Atlas Antwerpen',
  'Servicepunt Vrijwilligers',
  // The names of the play-and-meet initiatives for toddlers and their parents (seed 003).
  'Spel- en ontmoetingsruimte',
  'Peuterspeelpunten',
  'Speelbabbel',
  'Praat- en spelateliers',
  // The Flemish family-support centres where several initiatives take place.
  'Huizen van het Kind',
];
const allowedNames = ALLOWED_NAMES.map((name) => words(name));

function* sourceFiles(folder: string): Generator<string> {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

function packageSourceFolders(): string[] {
  const packages = join(repoRoot, 'packages');
  return readdirSync(packages)
    .map((name) => join(packages, name, 'src'))
    .filter((folder) => existsSync(folder));
}

describe('[OW] the comparison of words', () => {
  it('[OW1] case, punctuation, quotes and line breaks do not hide a shared run', () => {
    const index = new SeedIndex();
    for (const reading of seedReadings('Een netwerk geeft ‘steun’, en is\nbovendien  een bron van verbonden-\nheid1 voor ieder gezin.')) index.add(reading);
    expect(sharedRuns('EEN NETWERK GEEFT "STEUN" - EN IS BOVENDIEN EEN BRON', index)).toEqual(['een netwerk geeft steun en is bovendien een bron']);
    expect(sharedRuns('is bovendien een bron van verbondenheid voor ieder gezin', index)).toEqual(['is bovendien een bron van verbondenheid voor ieder gezin']);
  });

  it('[OW2] seven shared words in a row are allowed, eight are not', () => {
    const index = new SeedIndex();
    index.add(words('een twee drie vier vijf zes zeven acht negen'));
    expect(MIN_RUN).toBe(8);
    expect(sharedRuns('een twee drie vier vijf zes zeven en verder', index)).toEqual([]);
    expect(sharedRuns('een twee drie vier vijf zes zeven acht', index)).toEqual(['een twee drie vier vijf zes zeven acht']);
  });

  it('[OW3] an allowed name does not count towards a run, and a run does not jump over it', () => {
    const index = new SeedIndex();
    index.add(words('samen met de Huizen van het Kind in de buurt werken'));
    const names = [words('Huizen van het Kind')];
    expect(sharedRuns('samen met de Huizen van het Kind in de buurt werken', index, names)).toEqual([]);
    expect(sharedRuns('samen met de Huizen van het Kind in de buurt werken', index)).toHaveLength(1);
  });

  it('[OW4] literals joined with +, template parts and JSX text are read as texts', () => {
    const source = [
      "const a = 'een twee drie vier ' + 'vijf zes zeven acht';",
      'const b = `negen tien elf twaalf dertien veertien vijftien zestien ${a} kort`;',
      'const c = <p>zeventien achttien negentien twintig een twee drie vier</p>;',
    ].join('\n');
    expect(textsOfSource('x.tsx', source).map((t) => t.text.trim())).toEqual([
      'een twee drie vier vijf zes zeven acht',
      'negen tien elf twaalf dertien veertien vijftien zestien ',
      'zeventien achttien negentien twintig een twee drie vier',
    ].map((t) => t.trim()));
  });
});

describe.skipIf(!haveSeeds)('[OW] the product says it in its own words', () => {
  it('[OW5] no text of packages/*/src shares a run of eight or more words with a source document', () => {
    const { index, files } = seedIndexFromFolder(seedFolder);
    expect(files.length).toBeGreaterThanOrEqual(5);
    const copied: string[] = [];
    let texts = 0;
    for (const folder of packageSourceFolders()) {
      for (const file of sourceFiles(folder)) {
        for (const text of textsOfSource(file, readFileSync(file, 'utf8'))) {
          texts += 1;
          const runs = sharedRuns(text.text, index, allowedNames);
          if (runs.length > 0) copied.push(`${relative(repoRoot, file)}:${text.line}: "${runs.join('" / "')}"`);
        }
      }
    }
    expect(texts).toBeGreaterThan(500);
    expect(copied, `texts that share ${MIN_RUN}+ consecutive words with a source (write them in your own words):\n${copied.join('\n')}`).toEqual([]);
  });

  it('[OW6] a sentence copied from a source into a catalogue text is caught', () => {
    const { index } = seedIndexFromFolder(seedFolder);
    const seedFile = readdirSync(seedFolder).filter((name) => name.endsWith('.txt')).sort()[0]!;
    const sentence = words(readFileSync(join(seedFolder, seedFile), 'utf8')).slice(40, 52).join(' ');
    const source = `export const text = 'Een tekst in eigen woorden. ${sentence}.';`;
    const [text] = textsOfSource('catalogue.ts', source);
    expect(sharedRuns(text!.text, index, allowedNames)).toEqual([sentence]);
  });
});

if (!haveSeeds) {
  console.warn(`[own words] skipped: no source documents at ${seedFolder} (the folder shared/seeds beside the repository).`);
}
