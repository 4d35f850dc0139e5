import { buildMap, buildSnapshot, caseId, personId, type NetworkMap, type Snapshot } from '@netwerkkracht/core';
import type { CaseEntry } from './workspace.js';

/**
 * An example family to try the editor without real data: made up, no real person. Used by the
 * "open an example" button only.
 */
export function demoCase(id: string): CaseEntry {
  const map: NetworkMap = buildMap({
    id: `${id}-map`,
    title: 'Voorbeeld',
    ego: { kind: 'persoon', name: 'Sara', personId: 'sara' },
    snapshots: [{
      id: `${id}-was`, kind: 'was', date: '2025-09-01', appraisal: 'belastend',
      alters: [
        { id: 'mama', name: 'Mama', sector: 'familie', ring: 1, role: 'moeder', support: { emotioneel: 'ontvangt', zorg: 'ontvangt' } },
        { id: 'oma', name: 'Oma Rita', sector: 'familie', ring: 2, role: 'grootouder', status: 'ondergesneeuwd' },
        { id: 'ocmw', name: 'OCMW', sector: 'hulpverlening', ring: 2, role: 'ocmw', formalLevel: 'algemeen', support: { materieel: 'ontvangt', informatie: 'ontvangt' } },
        { id: 'club', name: 'Voetbalclub', kind: 'groep', sector: 'samenleving', ring: 3, status: 'gewenst' },
      ],
    }],
  });
  const draft: Snapshot = buildSnapshot({
    id: `${id}-draft`, kind: 'is', date: '2026-01-15', appraisal: 'versterkend',
    alters: [
      { id: 'mama', name: 'Mama', sector: 'familie', ring: 1, role: 'moeder', frequency: 'dagelijks', support: { emotioneel: 'wederzijds', zorg: 'ontvangt', praktisch: 'ontvangt' } },
      { id: 'amir', name: 'Amir', personId: 'amir', sector: 'familie', ring: 1, role: 'kind', support: { zorg: 'geeft' } },
      { id: 'oma', name: 'Oma Rita', personId: 'oma', sector: 'familie', ring: 1, role: 'grootouder', support: { zorg: 'ontvangt', gezelschap: 'wederzijds' } },
      { id: 'youssef', name: 'Youssef', sector: 'vrienden_kennissen', ring: 2, role: 'vriend', support: { gezelschap: 'wederzijds' } },
      { id: 'buur', name: 'De buurvrouw', sector: 'samenleving', ring: 2, role: 'buur', support: { praktisch: 'wederzijds' } },
      { id: 'juf', name: 'Juf An', sector: 'samenleving', ring: 3, role: 'juf_meester', support: { informatie: 'ontvangt' } },
      { id: 'club', name: 'Voetbalclub', kind: 'groep', sector: 'samenleving', ring: 3, support: { erbij_horen: 'ontvangt' } },
      { id: 'ocmw', name: 'OCMW', sector: 'hulpverlening', ring: 2, role: 'ocmw', formalLevel: 'algemeen', formalMode: 'vrijwillig', support: { materieel: 'ontvangt', informatie: 'ontvangt' } },
      { id: 'thuis', name: 'Thuisbegeleiding', sector: 'hulpverlening', ring: 3, formalLevel: 'gespecialiseerd', formalMode: 'gedwongen', support: { voorbeeld: 'ontvangt' } },
      { id: 'tante', name: 'Tante Lies', sector: 'familie', ring: 3, status: 'ondergesneeuwd' },
    ],
    ties: [['mama', 'oma'], ['buur', 'youssef'], ['juf', 'thuis']],
  });
  const amirMap: NetworkMap = buildMap({ id: `${id}-amir`, ego: { kind: 'persoon', name: 'Amir', personId: 'amir' }, snapshots: [] });
  const amirDraft: Snapshot = buildSnapshot({
    id: `${id}-amir-draft`, kind: 'is', date: '2026-01-15',
    alters: [
      { id: 'mama', name: 'Mama', personId: 'sara', sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt', zorg: 'ontvangt' } },
      { id: 'bomma', name: 'Bomma', personId: 'oma', sector: 'familie', ring: 1, support: { gezelschap: 'wederzijds' } },
      { id: 'lucas', name: 'Lucas', sector: 'vrienden_kennissen', ring: 1, support: { gezelschap: 'wederzijds' } },
      { id: 'trainer', name: 'Trainer Koen', sector: 'samenleving', ring: 2, support: { voorbeeld: 'ontvangt' } },
      { id: 'clb', name: 'CLB', sector: 'hulpverlening', ring: 3, role: 'clb' },
    ],
    ties: [['bomma', 'mama'], ['lucas', 'trainer']],
  });
  return {
    case: {
      id: caseId(id),
      name: 'Voorbeeldgezin',
      members: [{ personId: personId('sara'), name: 'Sara', role: 'mama' }, { personId: personId('amir'), name: 'Amir', role: 'zoon' }],
    },
    maps: [{ map, draft, guide: null }, { map: amirMap, draft: amirDraft, guide: null }],
  };
}
