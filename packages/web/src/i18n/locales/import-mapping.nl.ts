/** Dutch texts (B1) of the mapping step for foreign CSV files and Network Canvas's extra choices (kept apart from interop.nl.ts). */
export const importMappingNl = {
  importMapping: {
    categorical: '{{name}}: één ja/nee per keuze ({{count}} keuzes)',
    mapPer: 'Maak van de gesprekken van eenzelfde persoon (case) één kaart, met een versie per gesprek',
    egor: {
      title: 'Wat betekenen de kolommen van deze drie bestanden?',
      help: 'Deze bestanden komen uit een ander programma. Kies wat elke kolom betekent. Kolommen die je niet kiest, laten we weg. Daarna zie je wat er binnenkomt.',
      ids: 'Kolommen die de rijen aan elkaar koppelen',
      egoId: 'Nummer van de persoon die we bevragen (in de drie bestanden)',
      alterId: 'Nummer van elke persoon uit het netwerk (personenbestand)',
      sourceId: 'Eerste persoon van een band (bandenbestand)',
      targetId: 'Tweede persoon van een band (bandenbestand)',
      egoName: 'Welke kolom is de naam van de bevraagde persoon?',
      date: 'Welke kolom is de datum van het gesprek?',
      name: 'Welke kolom is de naam van een persoon uit het netwerk?',
      sector: 'Welke kolom zegt de sector?',
      ring: 'Welke kolom zegt hoe dichtbij iemand staat?',
      bandsHelp: 'Deze kolom heeft veel getallen (van {{min}} tot {{max}}). Zeg tot welk getal elke cirkel gaat. Een cirkel zonder getal gebruiken we niet.',
      upTo: 'Cirkel {{n}}: tot en met',
      support: 'Welke ja/nee-kolommen betekenen steun?',
      tie: 'Welke kolom van de banden zegt hoe sterk de band is?',
      tieAll: '(geen: elke rij is een band)',
      tieMin: 'Een band telt vanaf',
    },
  },
} as const;
