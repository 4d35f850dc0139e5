import type { Language } from '@netwerkkracht/core';

/** Texts of `import` and `export` (their own file, so other commands' texts stay apart). */
export interface InteropCliMessages {
  readonly badFormat: (got: string, allowed: string) => string;
  readonly notRecognised: string;
  readonly severalMapsNeedOut: (count: number) => string;
  readonly outExists: (path: string) => string;
  readonly egorNeedsOut: string;
  readonly badMapping: (file: string, reason: string) => string;
  readonly moreProblems: (count: number) => string;
  readonly written: (path: string) => string;
  readonly templateNotNeeded: string;
}

export const INTEROP_CLI_MESSAGES: Readonly<Record<Language, InteropCliMessages>> = {
  nl: {
    badFormat: (g, a) => `"${g}" is geen formaat dat we kennen; kies uit: ${a}`,
    notRecognised: 'we herkennen het formaat niet; zeg het met --from',
    severalMapsNeedOut: (n) => `dit geeft ${n} kaarten; geef met --out een map (folder) om ze in te bewaren`,
    outExists: (p) => `"${p}" bestaat al; kies een andere naam`,
    egorNeedsOut: 'drie CSV-bestanden hebben een map (folder) of een .zip nodig: geef --out',
    badMapping: (f, r) => `de koppeling in "${f}" klopt niet: ${r}`,
    moreProblems: (n) => `(en nog ${n} andere problemen)`,
    written: (p) => `bewaard: ${p}`,
    templateNotNeeded: 'dit bestand heeft geen koppeling nodig (easyNWK, of drie CSV-bestanden die wij zelf maakten); --mapping-template is voor Network Canvas en voor drie CSV-bestanden van een ander programma; zeg het formaat met --from als het niet herkend wordt',
  },
  fr: {
    badFormat: (g, a) => `« ${g} » n’est pas un format connu ; choisissez parmi : ${a}`,
    notRecognised: 'format non reconnu ; indiquez-le avec --from',
    severalMapsNeedOut: (n) => `cela donne ${n} cartes ; indiquez avec --out un dossier où les enregistrer`,
    outExists: (p) => `« ${p} » existe déjà ; choisissez un autre nom`,
    egorNeedsOut: 'trois fichiers CSV ont besoin d’un dossier ou d’un .zip : indiquez --out',
    badMapping: (f, r) => `la correspondance dans « ${f} » ne va pas : ${r}`,
    moreProblems: (n) => `(et ${n} autres problèmes)`,
    written: (p) => `enregistré : ${p}`,
    templateNotNeeded: 'ce fichier n’a pas besoin de correspondance (easyNWK, ou trois fichiers CSV faits par nous) ; --mapping-template sert pour Network Canvas et pour trois fichiers CSV d’un autre programme ; indiquez le format avec --from s’il n’est pas reconnu',
  },
  en: {
    badFormat: (g, a) => `"${g}" is not a format we know; choose from: ${a}`,
    notRecognised: 'the format is not recognised; name it with --from',
    severalMapsNeedOut: (n) => `this gives ${n} maps; name a folder to keep them in with --out`,
    outExists: (p) => `"${p}" already exists; choose another name`,
    egorNeedsOut: 'three CSV files need a folder or a .zip: give --out',
    badMapping: (f, r) => `the mapping in "${f}" is wrong: ${r}`,
    moreProblems: (n) => `(and ${n} other problems)`,
    written: (p) => `written: ${p}`,
    templateNotNeeded: 'this file needs no mapping (easyNWK, or three CSV files we wrote ourselves); --mapping-template is for Network Canvas and for three CSV files of another program; name the format with --from when it is not recognised',
  },
};
