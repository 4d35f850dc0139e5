import {
  MAX_RING_COUNT, MIN_RING_COUNT, type Appraisal, type SectorCode, type SectorSchemeCode, type Snapshot,
} from '@netwerkkracht/core';
import { withSnapshot } from '../editor-doc.js';
import { defineAction } from './action.js';
import { formalAfterSectorChange } from './alter-rules.js';
import { pinPositions } from '../geometry.js';

/**
 * How sectors translate between the schemes. B → A follows seed 004's grouping (neighbours, school
 * and work count as friendly ties); A → B sends services to professional help.
 */
const B_TO_A: Readonly<Record<string, SectorCode>> = {
  familie: 'verwanten',
  vrienden_kennissen: 'vriendschappelijk',
  samenleving: 'vriendschappelijk',
  hulpverlening: 'maatschappelijke_diensten',
};
const A_TO_B: Readonly<Record<string, SectorCode>> = {
  verwanten: 'familie',
  vriendschappelijk: 'vrienden_kennissen',
  maatschappelijke_diensten: 'hulpverlening',
};

export function translateSector(sector: SectorCode | null, to: SectorSchemeCode): SectorCode | null {
  if (sector === null) return null;
  const table = to === 'A' ? B_TO_A : A_TO_B;
  return table[sector] ?? sector;
}

/** Switches between scheme B (four sectors) and A (three groups), carrying every person over. */
export const setScheme = defineAction<{ scheme: SectorSchemeCode }>(true, (doc, _ui, { scheme }) => {
  if (scheme === doc.sectorScheme) return false;
  const alters = doc.snapshot.alters.map((alter) => {
    const sector = translateSector(alter.sector, scheme);
    // The old position lies in a wedge of the old scheme: the layout places the person afresh.
    const { position: _dropped, ...rest } = alter;
    return { ...rest, sector, formal: formalAfterSectorChange(alter, sector) };
  });
  const shape = { sectorScheme: scheme, ringCount: doc.ringCount };
  return { doc: { ...withSnapshot(doc, { alters: pinPositions(alters, shape) }), ...shape } };
});

/** Changes the number of rings; people beyond the last ring move into it. */
export const setRingCount = defineAction<{ ringCount: number }>(true, (doc, _ui, { ringCount }) => {
  if (ringCount === doc.ringCount || ringCount < MIN_RING_COUNT || ringCount > MAX_RING_COUNT || !Number.isInteger(ringCount)) return false;
  const alters = doc.snapshot.alters.map((alter) => {
    const { position: _dropped, ...rest } = alter;
    return { ...rest, ring: Math.min(alter.ring, ringCount) };
  });
  const shape = { sectorScheme: doc.sectorScheme, ringCount };
  return { doc: { ...withSnapshot(doc, { alters: pinPositions(alters, shape) }), ...shape } };
});

/** The person's own answer about the network as a whole (never computed). */
export const setAppraisal = defineAction<{ appraisal: Appraisal | null }>(true, (doc, _ui, { appraisal }) =>
  doc.snapshot.appraisal === appraisal ? false : { doc: withSnapshot(doc, { appraisal }) },
);

/** Puts another version in the editor (to start from an older version); undoable. */
export const loadSnapshot = defineAction<{ snapshot: Snapshot }>(true, (doc, ui, { snapshot }) =>
  snapshot === doc.snapshot ? false : {
    doc: withSnapshot(doc, { alters: pinPositions(snapshot.alters, doc), ties: snapshot.ties, appraisal: snapshot.appraisal }),
    ui: { ...ui, selected: null },
  },
);
