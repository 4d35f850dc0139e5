import type { Messages } from './nl.js';

/** English texts of importing maps from other programs (see interop.nl.ts). */
export const interopEn: Pick<Messages, 'interop'> = {
  interop: {
    title: 'Map from another program',
    help: 'Choose an easyNWK file (.json), egor’s three CSV files, or a GraphML file. You first see what comes in; nothing is saved until you confirm.',
    file: 'File(s)',
    read: 'Look',
    summary: '{{maps}} map(s), {{snapshots}} snapshot(s), {{alters}} people, {{ties}} ties',
    lookAt: 'Check these people',
    fields: 'What happened to each field',
    outcome: { mapped: 'taken over', interpreted: 'translated', dropped: 'left out' },
    people: {
      non_human: 'not human: imported as a person',
      deceased: 'deceased: status lost',
      outside_horizon: 'outside the rings: put on the outer ring',
      not_placed: 'not placed: no sector',
    },
    confirm: 'Save in this case',
    cancel: 'Cancel',
    exportGraphml: 'GraphML (Gephi, R)',
  },
};
