import type { Messages } from './nl.js';

/** French texts of importing maps from other programs (see interop.nl.ts). */
export const interopFr: Pick<Messages, 'interop'> = {
  interop: {
    title: 'Carte d’un autre programme',
    help: 'Choisissez un fichier d’easyNWK (.json), les trois fichiers CSV d’egor ou un fichier GraphML. Vous voyez d’abord ce qui arrive ; rien n’est enregistré avant votre confirmation.',
    file: 'Fichier(s)',
    read: 'Voir',
    summary: '{{maps}} carte(s), {{snapshots}} instantané(s), {{alters}} personnes, {{ties}} liens',
    lookAt: 'Vérifiez ces personnes',
    fields: 'Ce qui est arrivé à chaque champ',
    outcome: { mapped: 'repris', interpreted: 'traduit', dropped: 'laissé de côté' },
    people: {
      non_human: 'pas un humain : importé comme personne',
      deceased: 'décédé : statut rompu',
      outside_horizon: 'hors des cercles : mis sur le cercle extérieur',
      not_placed: 'pas placé : pas de secteur',
    },
    confirm: 'Enregistrer dans ce dossier',
    cancel: 'Annuler',
    exportGraphml: 'GraphML (Gephi, R)',
  },
};
