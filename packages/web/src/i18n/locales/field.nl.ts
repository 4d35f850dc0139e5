/** Dutch texts of the map at the kitchen table: the menu, lines by tapping, the ring count (kept apart from nl.ts). */
export const fieldNl = {
  field: {
    toolShort: { select: 'Kiezen', add: 'Toevoegen', link: 'Lijn' },
    guideFromMap: 'Wat de kaart al zegt, is aangevinkt. Vink aan of uit om de kaart aan te passen.',
    attentionCalm: 'Niets dringend',
    onThisPage: 'Op deze pagina',
    planSection: 'Netwerkplan',
    pdfWithPlan: 'PDF met het plan van het gezin erbij',
    more: 'Meer',
    moreLabel: 'Meer keuzes voor de kaart',
    linkStart: '{{name}} gekozen. Tik nu op de tweede persoon.',
    linkKeyStart: '{{name}} gekozen voor een lijn. Ga met de pijltjes naar de tweede persoon en druk op Enter. Escape stopt.',
    linkMade: 'Lijn tussen {{a}} en {{b}} getekend.',
    linkRemoved: 'Lijn tussen {{a}} en {{b}} weggehaald.',
    linkCancelled: 'Geen lijn getekend.',
    ringsFewer: 'Minder cirkels: wie verder staat dan de nieuwe buitenste cirkel, komt in die buitenste cirkel.',
    ringsMore: 'Meer cirkels: iedereen blijft in zijn eigen cirkel, de cirkels worden smaller.',
    ringsChanged_one: 'Nu {{rings}} cirkels. {{count}} persoon schoof naar cirkel {{rings}}.',
    ringsChanged_other: 'Nu {{rings}} cirkels. {{count}} personen schoven naar cirkel {{rings}}.',
    ringsChangedNone: 'Nu {{rings}} cirkels. Iedereen blijft in zijn cirkel.',
  },
};
