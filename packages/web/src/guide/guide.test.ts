import { describe, expect, it } from 'vitest';
import { createEditorState, runCommand } from '../editor/editor-state.js';
import { docWith, id } from '../editor/test-fixtures.js';
import { docFromMap } from '../editor/editor-doc.js';
import { buildSnapshot } from '@netwerkkracht/core';
import { addPersonCall, functionAnswerCalls, mapAnswer, mergeDirection, removeDirection } from './guide-answers.js';
import { guideReducer, INITIAL_GUIDE, parseGuideState, type GuideState } from './guide-state.js';
import { FUNCTION_QUESTIONS, GUIDE_QUESTIONS, GUIDE_STEPS } from './guide-steps.js';
import { nl } from '../i18n/locales/nl.js';
import { fr } from '../i18n/locales/fr.js';
import { en } from '../i18n/locales/en.js';

const question = (qid: string) => FUNCTION_QUESTIONS.find((q) => q.id === qid)!;

describe('conversation guide state', () => {
  it('the guide starts with the network already there, then family first, and ends with the appraisal', () => {
    expect(GUIDE_STEPS.map((s) => s.id)).toEqual(['intake', 'familie', 'vrienden', 'samenleving', 'hulpverlening', 'verdieping', 'functies', 'zwakke_banden', 'levensloop', 'waardering']);
  });

  it('next and back move one step and stop at the ends', () => {
    let s = guideReducer(INITIAL_GUIDE, { type: 'start' });
    s = guideReducer(s, { type: 'back' });
    expect(s.step).toBe(0);
    for (let i = 0; i < 20; i++) s = guideReducer(s, { type: 'next' });
    expect(s.step).toBe(GUIDE_STEPS.length - 1);
  });

  it('a paused guide does not move until it is resumed, and resumes where it was', () => {
    let s = guideReducer(guideReducer(INITIAL_GUIDE, { type: 'start' }), { type: 'next' });
    s = guideReducer(s, { type: 'pause' });
    expect(guideReducer(s, { type: 'next' })).toBe(s);
    s = guideReducer(s, { type: 'resume' });
    expect(s).toMatchObject({ status: 'active', step: 1 });
  });

  it('a saved guide survives a round trip through JSON exactly', () => {
    let s: GuideState = guideReducer(INITIAL_GUIDE, { type: 'start' });
    s = guideReducer(s, { type: 'note', step: 'intake', text: 'Oma haalt de kinderen op.' });
    s = guideReducer(s, { type: 'added', step: 'familie', id: id('oma') });
    s = guideReducer(s, { type: 'answer', question: 'oppas', ids: [id('oma')] });
    s = guideReducer(guideReducer(s, { type: 'next' }), { type: 'pause' });
    expect(parseGuideState(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('a damaged saved guide is read as far as it is sound, and junk starts a new guide', () => {
    const parsed = parseGuideState({ version: 1, status: 'paused', step: 99, notes: { intake: 'ok', bogus: 'x' }, added: { familie: ['a', 42, '<b>'] } });
    expect(parsed).toEqual({ version: 1, status: 'paused', step: GUIDE_STEPS.length - 1, notes: { intake: 'ok' }, added: { familie: ['a'] }, answers: {}, replies: {} });
    expect(parseGuideState('nonsense')).toEqual(INITIAL_GUIDE);
  });
});

describe('seed 000 mapping questions', () => {
  it('the guide asks all eleven mapping questions of seed 000, in its order (plus asking advice)', () => {
    expect(GUIDE_QUESTIONS.map((q) => q.id).filter((q) => q !== 'raad')).toEqual([
      'bezig', 'moeilijk', 'plezier', 'nood', 'oppas', 'winkel', 'laten_weten', 'zorgen', 'beroep_doen', 'eten', 'teruggeven',
    ]);
    expect(GUIDE_STEPS.find((s) => s.id === 'functies')!.answer).toEqual({ kind: 'functions', questions: GUIDE_QUESTIONS });
  });

  it('how the person lets people know and how they call on them are answered in words, in nl, fr and en', () => {
    expect(GUIDE_QUESTIONS.filter((q) => q.kind === 'open').map((q) => q.id)).toEqual(['laten_weten', 'beroep_doen']);
    for (const locale of [nl, fr, en]) {
      for (const q of ['laten_weten', 'beroep_doen', 'eten'] as const) expect(locale.guide.questions[q].length).toBeGreaterThan(20);
    }
  });

  it('a written answer to a how-question is kept, survives a round trip, and an older saved guide reads with none', () => {
    let s: GuideState = guideReducer(INITIAL_GUIDE, { type: 'start' });
    s = guideReducer(s, { type: 'reply', question: 'laten_weten', text: 'Ik stuur een berichtje.' });
    expect(s.replies).toEqual({ laten_weten: 'Ik stuur een berichtje.' });
    expect(parseGuideState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    const older = { version: 1, status: 'active', step: 6, notes: {}, added: {}, answers: { oppas: ['oma'] } };
    expect(parseGuideState(older)).toMatchObject({ step: 6, answers: { oppas: ['oma'] }, replies: {} });
  });

  it('naming someone for "do you sometimes eat at your parents\'" gives them material support', () => {
    const doc = docWith([{ id: 'ma', name: 'Ma', sector: 'familie', ring: 1 }]);
    let state = createEditorState(doc);
    for (const call of functionAnswerCalls(question('eten'), doc, [], [id('ma')])) state = runCommand(state, call);
    expect(state.history.present.snapshot.alters[0]?.support).toEqual({ materieel: 'ontvangt' });
  });
});

describe('the network reacting to change (seed 000)', () => {
  it('the helpers step asks how the people around react to the help and to change, in nl, fr and en', () => {
    expect(GUIDE_STEPS.find((s) => s.id === 'hulpverlening')!.aside).toBe('verandering');
    expect(nl.guide.asides.verandering.prompt).toMatch(/de hulpverlener of ik/);
    for (const locale of [nl, fr, en]) {
      expect(Object.values(locale.guide.asides.verandering).every((text) => text.length > 10)).toBe(true);
    }
  });
});

describe('guide answers on the live map', () => {
  it('a name given in the family step is added to the family sector with the chosen ring', () => {
    const doc = docWith([]);
    const step = GUIDE_STEPS[1]!.answer;
    if (step.kind !== 'add') throw new Error('family step adds people');
    const state = runCommand(createEditorState(doc), addPersonCall(step, doc, { id: id('oma'), name: ' Oma ', ring: 1 }));
    expect(state.history.present.snapshot.alters[0]).toMatchObject({ name: 'Oma', sector: 'familie', ring: 1, status: 'actief' });
  });

  it('in scheme A the family step adds to the relatives group; life history adds dormant people', () => {
    const doc = docFromMap({ sectorScheme: 'A', ringCount: 3 }, buildSnapshot({ alters: [] }));
    const family = GUIDE_STEPS.find((s) => s.id === 'familie')!.answer;
    const past = GUIDE_STEPS.find((s) => s.id === 'levensloop')!.answer;
    if (family.kind !== 'add' || past.kind !== 'add') throw new Error('both steps add people');
    let state = runCommand(createEditorState(doc), addPersonCall(family, doc, { id: id('a'), name: 'Tante', ring: 2 }));
    state = runCommand(state, addPersonCall(past, doc, { id: id('b'), name: 'Oud-collega', ring: 3 }));
    expect(state.history.present.snapshot.alters.map((a) => [a.sector, a.status])).toEqual([['verwanten', 'actief'], [null, 'ondergesneeuwd']]);
  });

  it('receiving and giving the same function becomes both ways, and taking one side away undoes it', () => {
    expect(mergeDirection(undefined, 'ontvangt')).toBe('ontvangt');
    expect(mergeDirection('geeft', 'ontvangt')).toBe('wederzijds');
    expect(removeDirection('wederzijds', 'ontvangt')).toBe('geeft');
    expect(removeDirection('ontvangt', 'ontvangt')).toBeUndefined();
  });

  it('naming someone for "who babysits" gives them care; un-naming takes it away again', () => {
    const doc = docWith([{ id: 'oma', name: 'Oma', sector: 'familie', ring: 1 }]);
    let state = createEditorState(doc);
    for (const call of functionAnswerCalls(question('oppas'), doc, [], [id('oma')])) state = runCommand(state, call);
    expect(state.history.present.snapshot.alters[0]?.support).toEqual({ zorg: 'ontvangt' });
    const after = state.history.present;
    for (const call of functionAnswerCalls(question('oppas'), after, [id('oma')], [])) state = runCommand(state, call);
    expect(state.history.present.snapshot.alters[0]?.support).toEqual({});
  });

  it('"who can you reach in an emergency" marks the go-to person without adding a function', () => {
    const doc = docWith([{ id: 'buur', name: 'Buur', sector: 'samenleving', ring: 2 }]);
    let state = createEditorState(doc);
    for (const call of functionAnswerCalls(question('nood'), doc, [], [id('buur')])) state = runCommand(state, call);
    expect(state.history.present.snapshot.alters[0]).toMatchObject({ support: {}, flags: { aanspreekfiguur: true } });
  });
});

describe('the guide knows the map (issue 14)', () => {
  it('a question shows who the map already names: who gives emotional support is ticked for "who do you tell", both ways counts', () => {
    const doc = docWith([
      { id: 'ma', name: 'Ma', sector: 'familie', ring: 1, support: { emotioneel: 'ontvangt' } },
      { id: 'zus', name: 'Zus', sector: 'familie', ring: 1, support: { emotioneel: 'wederzijds' } },
      { id: 'buur', name: 'Buur', sector: 'samenleving', ring: 2, support: { emotioneel: 'geeft' } },
      { id: 'oom', name: 'Oom', sector: 'familie', ring: 2, flags: { aanspreekfiguur: true, andereAchtergrond: false, toegangTotMiddelen: false, alleenDigitaal: false } },
    ]);
    expect(mapAnswer(question('bezig'), doc)).toEqual([id('ma'), id('zus')]);
    expect(mapAnswer(question('nood'), doc)).toEqual([id('oom')]);
    expect(mapAnswer(question('teruggeven'), doc, 'emotioneel')).toEqual([id('zus'), id('buur')]);
  });

  it('unticking a go-to person takes the mark away, so the question no longer shows them', () => {
    const doc = docWith([{ id: 'oom', name: 'Oom', sector: 'familie', ring: 2 }]);
    let state = createEditorState(doc);
    for (const call of functionAnswerCalls(question('nood'), doc, [], [id('oom')])) state = runCommand(state, call);
    expect(mapAnswer(question('nood'), state.history.present)).toEqual([id('oom')]);
    const named = state.history.present;
    for (const call of functionAnswerCalls(question('nood'), named, [id('oom')], [])) state = runCommand(state, call);
    expect(mapAnswer(question('nood'), state.history.present)).toEqual([]);
  });
});
