import { describe, expect, it } from 'vitest';
import { INITIAL_UI } from './editor-doc.js';
import { createEditorState, runCommand, type EditorState } from './editor-state.js';
import { cellAt, cellCentre, layoutAlters, polarToCartesian } from './geometry.js';
import { docWith, id } from './test-fixtures.js';

const shape = { sectorScheme: 'B', ringCount: 3 } as const;

function start(alters = [
  { id: 'mama', name: 'Mama', sector: 'familie', ring: 1 },
  { id: 'dokter', name: 'Dokter', sector: 'hulpverlening', ring: 3 },
] as const, ties: readonly (readonly [string, string])[] = []): EditorState {
  return createEditorState(docWith(alters.map((a) => ({ ...a })), ties));
}

const alter = (state: EditorState, name: string) => state.history.present.snapshot.alters.find((a) => a.id === name);

describe('editor actions', () => {
  it('adding a person by tapping a place takes the sector and ring of that place and selects them', () => {
    const at = polarToCartesian(cellCentre({ sector: 'samenleving', ring: 2 }, shape));
    const state = runCommand(start(), { action: 'addPerson', input: { id: id('buur'), name: 'Buurvrouw', at } });
    const added = alter(state, 'buur');
    expect(added).toMatchObject({ sector: 'samenleving', ring: 2, formal: false, status: 'actief' });
    expect(state.ui.selected).toBe('buur');
    expect(state.history.past).toHaveLength(1);
  });

  it('a person added in the professional sector is formal by default', () => {
    const state = runCommand(start(), { action: 'addPerson', input: { id: id('caw'), name: 'CAW', cell: { sector: 'hulpverlening', ring: 2 } } });
    expect(alter(state, 'caw')?.formal).toBe(true);
  });

  it('tapping on the ego or outside the map adds nobody and leaves no undo step', () => {
    const before = start();
    const after = runCommand(before, { action: 'addPerson', input: { id: id('x'), name: 'X', at: { x: 0, y: 0 } } });
    expect(after).toBe(before);
  });

  it('a name that breaks the schema (empty) is refused', () => {
    const before = start();
    expect(runCommand(before, { action: 'addPerson', input: { id: id('x'), name: '   ', cell: { sector: null, ring: 1 } } })).toBe(before);
  });

  it('moving a person to another place changes sector and ring; formal follows a sector default', () => {
    const to = polarToCartesian(cellCentre({ sector: 'hulpverlening', ring: 2 }, shape));
    const state = runCommand(start(), { action: 'movePerson', input: { id: id('mama'), to } });
    expect(alter(state, 'mama')).toMatchObject({ sector: 'hulpverlening', ring: 2, formal: true });
  });

  it('a formal value the worker chose stays when the person moves', () => {
    let state = runCommand(start(), { action: 'updatePerson', input: { id: id('mama'), patch: { formal: true } } });
    const to = polarToCartesian(cellCentre({ sector: 'vrienden_kennissen', ring: 1 }, shape));
    state = runCommand(state, { action: 'movePerson', input: { id: id('mama'), to } });
    expect(alter(state, 'mama')?.formal).toBe(true);
  });

  it('keyboard steps move between rings and sectors and stop at the edge', () => {
    let state = runCommand(start(), { action: 'stepPerson', input: { id: id('mama'), step: 'further' } });
    expect(alter(state, 'mama')?.ring).toBe(2);
    state = runCommand(state, { action: 'stepPerson', input: { id: id('mama'), step: 'clockwise' } });
    expect(alter(state, 'mama')?.sector).toBe('vrienden_kennissen');
    const m = alter(state, 'mama')!;
    expect(cellAt(polarToCartesian(m.position!), shape)).toEqual({ sector: 'vrienden_kennissen', ring: 2 });
    const closest = runCommand(start(), { action: 'stepPerson', input: { id: id('mama'), step: 'closer' } });
    expect(closest.history.past).toHaveLength(0);
  });

  it('updating every field keeps the person valid; a ring beyond the map is refused', () => {
    const patch = {
      kind: 'groep', role: 'moeder', status: 'ondergesneeuwd', valence: 'ambivalent', frequency: 'wekelijks',
      channels: ['telefoon', 'online'], reachability: 'ver', since: 2015, origin: 'school', note: 'belt op zondag',
      support: { emotioneel: 'wederzijds', praktisch: 'ontvangt' }, formalMode: 'vrijwillig', formalLevel: 'algemeen', chosenByFamily: true,
      flags: { aanspreekfiguur: true, andereAchtergrond: false, toegangTotMiddelen: true, alleenDigitaal: false },
    } as const;
    const state = runCommand(start(), { action: 'updatePerson', input: { id: id('mama'), patch } });
    expect(alter(state, 'mama')).toMatchObject(patch);
    expect(runCommand(state, { action: 'updatePerson', input: { id: id('mama'), patch: { ring: 4 } } })).toBe(state);
    expect(runCommand(state, { action: 'updatePerson', input: { id: id('mama'), patch: { since: 1800 } } })).toBe(state);
  });

  it('removing a person removes their ties and the selection', () => {
    let state = start(undefined, [['dokter', 'mama']]);
    state = runCommand(state, { action: 'select', input: { id: id('mama') } });
    state = runCommand(state, { action: 'removePerson', input: { id: id('mama') } });
    expect(state.history.present.snapshot.ties).toHaveLength(0);
    expect(state.ui.selected).toBeNull();
  });

  it('a tie is stored once per pair, smaller id first; not to oneself; toggling removes it', () => {
    let state = runCommand(start(), { action: 'addTie', input: { a: id('mama'), b: id('dokter') } });
    expect(state.history.present.snapshot.ties).toEqual([['dokter', 'mama']]);
    expect(runCommand(state, { action: 'addTie', input: { a: id('dokter'), b: id('mama') } })).toBe(state);
    expect(runCommand(state, { action: 'addTie', input: { a: id('mama'), b: id('mama') } })).toBe(state);
    state = runCommand(state, { action: 'toggleTie', input: { a: id('mama'), b: id('dokter') } });
    expect(state.history.present.snapshot.ties).toEqual([]);
  });

  it('switching scheme carries every person to a sector of the new scheme, and back', () => {
    let state = runCommand(start(), { action: 'setScheme', input: { scheme: 'A' } });
    expect(alter(state, 'mama')?.sector).toBe('verwanten');
    expect(alter(state, 'dokter')?.sector).toBe('maatschappelijke_diensten');
    const doc = state.history.present;
    for (const p of layoutAlters(doc.snapshot.alters, doc).values()) expect(cellAt(p, doc)).not.toBeNull();
    state = runCommand(state, { action: 'setScheme', input: { scheme: 'B' } });
    expect(alter(state, 'mama')?.sector).toBe('familie');
  });

  it('fewer rings move people from the outer rings into the last one', () => {
    const state = runCommand(start(), { action: 'setRingCount', input: { ringCount: 2 } });
    expect(alter(state, 'dokter')?.ring).toBe(2);
    expect(runCommand(state, { action: 'setRingCount', input: { ringCount: 9 } })).toBe(state);
  });

  it('screen-only actions (select, tool, highlight) never enter the undo history', () => {
    let state = start();
    state = runCommand(state, { action: 'select', input: { id: id('mama') } });
    state = runCommand(state, { action: 'setTool', input: { tool: 'link' } });
    state = runCommand(state, { action: 'setHighlight', input: { highlight: 'emotioneel' } });
    expect(state.history.past).toHaveLength(0);
    expect(state.ui).toEqual({ ...INITIAL_UI, selected: 'mama', tool: 'link', highlight: 'emotioneel' });
    expect(runCommand(state, { action: 'select', input: { id: id('nobody') } })).toBe(state);
  });
});

describe('undo and redo', () => {
  it('undo restores the map before the last change and redo brings it back', () => {
    const s0 = start();
    const s1 = runCommand(s0, { action: 'addTie', input: { a: id('mama'), b: id('dokter') } });
    const s2 = runCommand(s1, { action: 'undo' });
    expect(s2.history.present).toBe(s0.history.present);
    const s3 = runCommand(s2, { action: 'redo' });
    expect(s3.history.present).toBe(s1.history.present);
  });

  it('a new change after undo clears the redo list', () => {
    let state = runCommand(start(), { action: 'stepPerson', input: { id: id('mama'), step: 'further' } });
    state = runCommand(state, { action: 'undo' });
    state = runCommand(state, { action: 'stepPerson', input: { id: id('dokter'), step: 'closer' } });
    expect(state.history.future).toHaveLength(0);
    expect(runCommand(state, { action: 'redo' }).history).toBe(state.history);
  });

  it('undoing the addition of the selected person clears the selection', () => {
    let state = runCommand(start(), { action: 'addPerson', input: { id: id('new'), name: 'Nieuw', cell: { sector: 'familie', ring: 2 } } });
    expect(state.ui.selected).toBe('new');
    state = runCommand(state, { action: 'undo' });
    expect(state.ui.selected).toBeNull();
  });

  it('undo with nothing to undo changes nothing', () => {
    const state = start();
    expect(runCommand(state, { action: 'undo' }).history).toBe(state.history);
  });

  it('the history keeps at most its limit of steps', async () => {
    const { commit, createHistory } = await import('./history.js');
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = commit(h, i, 5);
    expect(h.past).toEqual([5, 6, 7, 8, 9]);
    expect(h.present).toBe(10);
  });
});
