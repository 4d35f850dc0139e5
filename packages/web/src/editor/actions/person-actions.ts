import { isFormalByDefault, type Alter, type AlterId, type Position, type SectorCode } from '@netwerkkracht/core';
import { withSnapshot, type EditorDoc } from '../editor-doc.js';
import {
  cellAt, freePlaceInCell, insideCell, layoutAlters, neighbourSector, type Cell, type Point,
} from '../geometry.js';
import { defineAction } from './action.js';
import { alterIssues, formalAfterSectorChange } from './alter-rules.js';

const EMPTY_FLAGS = { aanspreekfiguur: false, andereAchtergrond: false, toegangTotMiddelen: false, alleenDigitaal: false } as const;

function replaceAlter(doc: EditorDoc, next: Alter): EditorDoc {
  return withSnapshot(doc, { alters: doc.snapshot.alters.map((a) => (a.id === next.id ? next : a)) });
}

function findAlter(doc: EditorDoc, id: AlterId): Alter | undefined {
  return doc.snapshot.alters.find((a) => a.id === id);
}

/** A free place in a cell, away from everyone else drawn there. */
function placeIn(doc: EditorDoc, cell: Cell, except: AlterId | null): Position {
  const points: Point[] = [];
  for (const [id, p] of layoutAlters(doc.snapshot.alters, doc)) if (id !== except) points.push(p);
  return freePlaceInCell(cell, doc, points);
}

export interface AddPersonInput {
  readonly id: AlterId;
  readonly name: string;
  /** Where it was tapped; the sector and ring follow from the place. */
  readonly at?: Point;
  /** Or the cell to put it in (the guide, the keyboard). */
  readonly cell?: Cell;
  readonly fields?: Partial<Omit<Alter, 'id' | 'name' | 'sector' | 'ring' | 'position'>>;
}

export const addPerson = defineAction<AddPersonInput>(true, (doc, ui, input) => {
  if (findAlter(doc, input.id)) return false;
  const cell = input.at ? cellAt(input.at, doc) : input.cell ?? null;
  if (cell === null) return false;
  const position = input.at ? insideCell(input.at, cell, doc) : placeIn(doc, cell, null);
  const alter: Alter = {
    kind: 'persoon',
    status: 'actief',
    support: {},
    channels: [],
    flags: EMPTY_FLAGS,
    formal: isFormalByDefault(cell.sector),
    ...input.fields,
    id: input.id,
    name: input.name,
    sector: cell.sector,
    ring: cell.ring,
    position: { angle: position.angle, distance: Math.min(1, position.distance) },
  };
  if (alterIssues(alter, doc).length > 0) return false;
  return { doc: withSnapshot(doc, { alters: [...doc.snapshot.alters, alter] }), ui: { ...ui, selected: alter.id } };
});

/** Moves a person to a place on the drawing: the sector and ring follow from where it lands. */
export const movePerson = defineAction<{ id: AlterId; to: Point }>(true, (doc, _ui, { id, to }) => {
  const alter = findAlter(doc, id);
  const cell = cellAt(to, doc);
  if (!alter || cell === null) return false;
  const { angle, distance } = insideCell(to, cell, doc);
  return {
    doc: replaceAlter(doc, {
      ...alter,
      sector: cell.sector,
      ring: cell.ring,
      formal: formalAfterSectorChange(alter, cell.sector),
      position: { angle, distance },
    }),
  };
});

export type Step = 'closer' | 'further' | 'clockwise' | 'anticlockwise';

/** Keyboard move: one ring closer or further, or to the next sector round the circle. */
export const stepPerson = defineAction<{ id: AlterId; step: Step }>(true, (doc, _ui, { id, step }) => {
  const alter = findAlter(doc, id);
  if (!alter) return false;
  let ring = alter.ring;
  let sector: SectorCode | null = alter.sector;
  if (step === 'closer') ring -= 1;
  else if (step === 'further') ring += 1;
  else sector = neighbourSector(doc.sectorScheme, alter.sector, step === 'clockwise' ? 1 : -1);
  if (ring < 1 || ring > doc.ringCount) return false;
  const cell = { sector, ring };
  return {
    doc: replaceAlter(doc, { ...alter, sector, ring, formal: formalAfterSectorChange(alter, sector), position: placeIn(doc, cell, id) }),
  };
});

export type AlterPatch = Partial<Omit<Alter, 'id' | 'position'>>;

/**
 * Changes fields of a person from the edit panel. A change of sector or ring gives a new place in
 * the new cell. An edit that breaks a rule does not apply (the panel shows why).
 */
export const updatePerson = defineAction<{ id: AlterId; patch: AlterPatch }>(true, (doc, _ui, { id, patch }) => {
  const alter = findAlter(doc, id);
  if (!alter) return false;
  let next: Alter = { ...alter, ...patch };
  if (patch.sector !== undefined && patch.formal === undefined) next = { ...next, formal: formalAfterSectorChange(alter, next.sector) };
  if (next.sector !== alter.sector || next.ring !== alter.ring) {
    next = { ...next, position: placeIn(doc, { sector: next.sector, ring: next.ring }, id) };
  }
  if (alterIssues(next, doc).length > 0) return false;
  return { doc: replaceAlter(doc, next) };
});

/** Takes a person off the map, with their ties. */
export const removePerson = defineAction<{ id: AlterId }>(true, (doc, ui, { id }) => {
  if (!findAlter(doc, id)) return false;
  return {
    doc: withSnapshot(doc, {
      alters: doc.snapshot.alters.filter((a) => a.id !== id),
      ties: doc.snapshot.ties.filter(([a, b]) => a !== id && b !== id),
    }),
    ui: ui.selected === id ? { ...ui, selected: null } : ui,
  };
});
