import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../builders.js';
import { analyseSnapshot } from '../indicators/index.js';
import { LANGUAGES } from '../labels.js';
import { SUPPORT_FUNCTIONS } from '../vocabularies/index.js';
import { NEED_VOCABULARY, NEEDS, readFourNeeds } from './four-needs.js';

const shape = { ringCount: 3, sectorScheme: 'B' as const };
const snapshot = buildSnapshot({
  alters: [
    { id: 'oma', name: 'Oma', sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt', erbij_horen: 'wederzijds' } },
    { id: 'club', name: 'Voetbalclub', sector: 'samenleving', ring: 2, support: { erbij_horen: 'ontvangt' }, fixedArrangement: 'lidmaatschap' },
    { id: 'baas', name: 'Werkgever', sector: 'samenleving', ring: 3, fixedArrangement: 'contract' },
    { id: 'ocmw', name: 'OCMW', sector: 'hulpverlening', ring: 3, support: { materieel: 'ontvangt' } },
    { id: 'buur', name: 'Buur', sector: 'samenleving', ring: 2, support: { praktisch: 'ontvangt' } },
    { id: 'oud', name: 'Oude vriendin', sector: 'vrienden_kennissen', ring: 3, status: 'ondergesneeuwd', fixedArrangement: 'afspraak' },
  ],
});

describe('[needs] seed 004\'s four needs in the reading', () => {
  it('[needs] the reading shows affective, belonging, material and stability, in that order, with texts in every language', () => {
    expect(NEED_VOCABULARY.map((n) => n.code)).toEqual([...NEEDS]);
    expect(NEEDS).toEqual(['affectief', 'erbij_horen', 'materieel', 'stabiliteit']);
    for (const need of NEED_VOCABULARY) {
      for (const lang of LANGUAGES) expect(need.labels[lang].length * need.explanation[lang].length).toBeGreaterThan(0);
      expect(need.sources[0]?.seed).toBe('004');
    }
  });

  it('[needs] stability lists the active people with a fixed arrangement and their kind; the other needs come from the support functions', () => {
    const indicators = analyseSnapshot(snapshot, shape);
    expect(readFourNeeds(indicators, snapshot)).toEqual([
      { need: 'affectief', people: ['oma'], arrangements: {} },
      { need: 'erbij_horen', people: ['oma', 'club'], arrangements: {} },
      { need: 'materieel', people: ['ocmw', 'buur'], arrangements: {} },
      { need: 'stabiliteit', people: ['club', 'baas'], arrangements: { club: 'lidmaatschap', baas: 'contract' } },
    ]);
  });

  it('[needs] a fixed arrangement changes no indicator and is no support function', () => {
    const without = buildSnapshot({ alters: snapshot.alters.map(({ fixedArrangement: _f, ...rest }) => ({ ...rest, channels: [...rest.channels] })) });
    expect(analyseSnapshot(snapshot, shape)).toEqual(analyseSnapshot(without, shape));
    expect(SUPPORT_FUNCTIONS).toHaveLength(8);
    expect(SUPPORT_FUNCTIONS).not.toContain('stabiliteit');
  });
});
