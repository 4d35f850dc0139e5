import type { Messages } from './nl.js';

/** English texts of the map at the kitchen table (see field.nl.ts). */
export const fieldEn: Pick<Messages, 'field'> = {
  field: {
    toolShort: { select: 'Choose', add: 'Add', link: 'Line' },
    guideFromMap: 'What the map already says is ticked. Tick or untick to change the map.',
    attentionCalm: 'Nothing urgent',
    onThisPage: 'On this page',
    planSection: 'Network plan',
    pdfWithPlan: 'PDF with the family’s plan',
    more: 'More',
    moreLabel: 'More choices for the map',
    linkStart: '{{name}} chosen. Now tap the second person.',
    linkKeyStart: '{{name}} chosen for a line. Go to the second person with the arrow keys and press Enter. Escape stops.',
    linkMade: 'Line drawn between {{a}} and {{b}}.',
    linkRemoved: 'Line between {{a}} and {{b}} taken away.',
    linkCancelled: 'No line drawn.',
    ringsFewer: 'Fewer circles: people placed beyond the new outer circle move into that outer circle.',
    ringsMore: 'More circles: everyone stays in their own circle, the circles get narrower.',
    ringsChanged_one: 'Now {{rings}} circles. {{count}} person moved to circle {{rings}}.',
    ringsChanged_other: 'Now {{rings}} circles. {{count}} people moved to circle {{rings}}.',
    ringsChangedNone: 'Now {{rings}} circles. Everyone stays in their circle.',
  },
};
