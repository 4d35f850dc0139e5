import type { Messages } from './nl.js';

/** French texts of the mapping step for foreign CSV files and Network Canvas's extra choices (see import-mapping.nl.ts). */
export const importMappingFr: Pick<Messages, 'importMapping'> = {
  importMapping: {
    categorical: '{{name}} : un oui/non par choix ({{count}} choix)',
    mapPer: 'Faire des entretiens d’une même personne (case) une seule carte, avec une version par entretien',
    egor: {
      title: 'Que veulent dire les colonnes de ces trois fichiers ?',
      help: 'Ces fichiers viennent d’un autre programme. Choisissez ce que veut dire chaque colonne. Les colonnes non choisies sont laissées de côté. Ensuite, vous voyez ce qui entre.',
      ids: 'Colonnes qui relient les lignes entre elles',
      egoId: 'Numéro de la personne interrogée (dans les trois fichiers)',
      alterId: 'Numéro de chaque personne du réseau (fichier des personnes)',
      sourceId: 'Première personne d’un lien (fichier des liens)',
      targetId: 'Deuxième personne d’un lien (fichier des liens)',
      egoName: 'Quelle colonne est le nom de la personne interrogée ?',
      date: 'Quelle colonne est la date de l’entretien ?',
      name: 'Quelle colonne est le nom d’une personne du réseau ?',
      sector: 'Quelle colonne donne le secteur ?',
      ring: 'Quelle colonne dit à quel point quelqu’un est proche ?',
      bandsHelp: 'Cette colonne a beaucoup de nombres (de {{min}} à {{max}}). Indiquez jusqu’à quel nombre va chaque cercle. Un cercle sans nombre n’est pas utilisé.',
      upTo: 'Cercle {{n}} : jusqu’à',
      support: 'Quelles colonnes oui/non veulent dire du soutien ?',
      tie: 'Quelle colonne des liens dit la force du lien ?',
      tieAll: '(aucune : chaque ligne est un lien)',
      tieMin: 'Un lien compte à partir de',
    },
  },
};
