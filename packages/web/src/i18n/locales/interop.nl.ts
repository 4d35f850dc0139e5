/** Dutch texts (B1) of importing maps from other programs (kept apart from nl.ts). */
export const interopNl = {
  interop: {
    title: 'Kaart uit een ander programma',
    help: 'Kies een bestand van easyNWK (.json), de drie CSV-bestanden van egor, of een GraphML-bestand. Je ziet eerst wat er binnenkomt; pas als je bevestigt, wordt het bewaard.',
    file: 'Bestand(en)',
    read: 'Bekijken',
    summary: '{{maps}} kaart(en), {{snapshots}} momentopname(n), {{alters}} personen, {{ties}} banden',
    lookAt: 'Kijk deze personen na',
    fields: 'Wat er gebeurde met elk veld',
    outcome: { mapped: 'overgenomen', interpreted: 'vertaald', dropped: 'weggelaten' },
    people: {
      non_human: 'geen mens: ingevoerd als persoon',
      deceased: 'overleden: status verbroken',
      outside_horizon: 'buiten de cirkels: op de buitenste cirkel gezet',
      not_placed: 'niet geplaatst: geen sector',
    },
    confirm: 'Bewaren in dit dossier',
    cancel: 'Annuleren',
    exportGraphml: 'GraphML (Gephi, R)',
  },
} as const;
