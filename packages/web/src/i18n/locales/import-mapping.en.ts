import type { Messages } from './nl.js';

/** English texts of the mapping step for foreign CSV files and Network Canvas's extra choices (see import-mapping.nl.ts). */
export const importMappingEn: Pick<Messages, 'importMapping'> = {
  importMapping: {
    categorical: '{{name}}: one yes/no per option ({{count}} options)',
    mapPer: 'Make the interviews of one person (case) one map, with a version per interview',
    egor: {
      title: 'What do the columns of these three files mean?',
      help: 'These files come from another program. Choose what each column means. Columns you do not choose are left out. Then you see what comes in.',
      ids: 'Columns that link the rows',
      egoId: 'Number of the person interviewed (in all three files)',
      alterId: 'Number of each person in the network (people file)',
      sourceId: 'First person of a tie (ties file)',
      targetId: 'Second person of a tie (ties file)',
      egoName: 'Which column is the name of the person interviewed?',
      date: 'Which column is the date of the interview?',
      name: 'Which column is the name of a person in the network?',
      sector: 'Which column gives the sector?',
      ring: 'Which column says how close someone is?',
      bandsHelp: 'This column has many numbers (from {{min}} to {{max}}). Say up to which number each ring goes. A ring without a number is not used.',
      upTo: 'Ring {{n}}: up to',
      support: 'Which yes/no columns mean support?',
      tie: 'Which column of the ties says how strong the tie is?',
      tieAll: '(none: every row is a tie)',
      tieMin: 'A tie counts from',
    },
  },
};
