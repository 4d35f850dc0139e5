import type { offlineNl } from './offline.nl.js';

/** French texts for working without a connection (issue 16); see offline.nl.ts. */
export const offlineFr: typeof offlineNl = {
  offline: {
    indicator: {
      offline: 'Hors connexion',
      waiting: 'Des modifications attendent d’être envoyées',
      synced: 'Tout est envoyé',
      offlineWaiting: 'Hors connexion · des modifications attendent sur cet appareil',
    },
    unlock: {
      title: 'Pas de connexion',
      intro: 'Vous pouvez continuer avec les dossiers emportés en visite à domicile. Tapez votre mot de passe pour les ouvrir.',
      password: 'Mot de passe',
      open: 'Ouvrir',
      wrong: 'Ce mot de passe n’ouvre rien sur cet appareil.',
      busy: 'Un instant…',
    },
    visit: {
      title: 'En visite à domicile',
      intro: 'Emportez ce dossier : les cartes, le plan et l’entretien restent chiffrés sur cet appareil, même sans internet.',
      days: 'Combien de temps peut-il rester sur cet appareil ?',
      day: '{{count}} jour(s)',
      take: 'Emporter en visite',
      taken: 'Emporté jusqu’au {{date}}. Ensuite, ou dès que vos modifications sont envoyées, il quitte cet appareil.',
      release: 'Ne plus emporter',
      noKey: 'Cet appareil ne peut rien garder en sécurité. Déconnectez-vous, reconnectez-vous et réessayez.',
      notTaken: 'Ce dossier n’est pas sur cet appareil. Sans connexion, vous n’ouvrez que ce que vous avez emporté en visite.',
      listOffline: 'Sans connexion, vous ne voyez que les dossiers emportés en visite.',
    },
    conflict: {
      title: 'Vous et quelqu’un d’autre avez changé la même chose',
      intro: 'Pendant que vous travailliez sans connexion, quelqu’un d’autre a modifié les mêmes données. Choisissez pour chaque ligne ce qui reste. Tout le reste est déjà fusionné.',
      person: 'Personne',
      field: 'Donnée',
      mine: 'Votre version',
      theirs: 'Version sur le serveur',
      removed: '(retirée)',
      empty: '(vide)',
      whole: 'la personne entière',
      map: 'la carte elle-même',
      keep: 'Garder mes choix',
      chooseAll: 'Choisissez une version pour chaque ligne.',
    },
    print: {
      note: 'Sans connexion, cet appareil fait l’impression. Choisissez « Enregistrer en PDF » pour garder un PDF.',
      print: 'Imprimer ou enregistrer en PDF',
      back: 'Retour à la carte',
    },
    plan: {
      readOnly: 'Sans connexion, vous pouvez lire le plan. Le modifier redevient possible dès que la connexion revient.',
      notSaved: 'Sans connexion, le plan ne peut pas changer : cette modification n’est pas enregistrée. Réessayez quand la connexion revient.',
    },
    signOutWaiting: 'Des modifications n’ont pas encore été envoyées. Si vous vous déconnectez maintenant, elles seront perdues. Se déconnecter quand même ?',
  },
};
