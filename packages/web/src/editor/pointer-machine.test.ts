import { describe, expect, it } from 'vitest';
import { IDLE, transition, type PointerEvent, type PointerState } from './pointer-machine.js';
import { id } from './test-fixtures.js';

const p = (x: number, y: number) => ({ x, y });
const person = (name: string) => ({ kind: 'person', id: id(name) }) as const;
const background = { kind: 'background' } as const;

function run(events: readonly PointerEvent[], from: PointerState = IDLE) {
  let state = from;
  const effects = [];
  for (const event of events) {
    const t = transition(state, event);
    state = t.state;
    effects.push(...t.effects);
  }
  return { state, effects };
}

describe('pointer state machine', () => {
  it('pressing a person selects them and starts dragging; releasing after a move commits one move', () => {
    const { state, effects } = run([
      { type: 'down', target: person('a'), point: p(0, 0), screen: p(100, 100), tool: 'select' },
      { type: 'move', point: p(10, 0), screen: p(110, 100) },
      { type: 'move', point: p(40, 5), screen: p(140, 105) },
      { type: 'up', target: background, point: p(50, 5), screen: p(150, 105) },
    ]);
    expect(state).toEqual(IDLE);
    expect(effects).toEqual([{ type: 'select', id: 'a' }, { type: 'move', id: 'a', point: p(50, 5) }]);
  });

  it('a press and release without moving is a tap: it selects and moves nothing', () => {
    const { effects } = run([
      { type: 'down', target: person('a'), point: p(0, 0), screen: p(100, 100), tool: 'select' },
      { type: 'move', point: p(1, 1), screen: p(102, 101) },
      { type: 'up', target: person('a'), point: p(1, 1), screen: p(102, 101) },
    ]);
    expect(effects).toEqual([{ type: 'select', id: 'a' }]);
  });

  it('with the add tool a tap on an empty place adds a person there', () => {
    const { state, effects } = run([
      { type: 'down', target: background, point: p(80, 80), screen: p(10, 10), tool: 'add' },
      { type: 'up', target: background, point: p(81, 80), screen: p(11, 10) },
    ]);
    expect(state.mode).toBe('idle');
    expect(effects).toEqual([{ type: 'add', point: p(81, 80) }]);
  });

  it('with the add tool a long swipe is not a tap and adds nobody', () => {
    const { effects } = run([
      { type: 'down', target: background, point: p(0, 0), screen: p(0, 0), tool: 'add' },
      { type: 'up', target: background, point: p(0, 0), screen: p(200, 0) },
    ]);
    expect(effects).toEqual([]);
  });

  it('with the link tool dragging from one person to another links them', () => {
    const { effects } = run([
      { type: 'down', target: person('a'), point: p(0, 0), screen: p(0, 0), tool: 'link' },
      { type: 'move', point: p(30, 0), screen: p(30, 0) },
      { type: 'up', target: person('b'), point: p(60, 0), screen: p(60, 0) },
    ]);
    expect(effects).toEqual([{ type: 'select', id: 'a' }, { type: 'link', from: 'a', to: 'b' }]);
  });

  it('a link released on the same person or on the background makes no tie', () => {
    for (const target of [person('a'), background]) {
      const { effects } = run([
        { type: 'down', target: person('a'), point: p(0, 0), screen: p(0, 0), tool: 'link' },
        { type: 'up', target, point: p(3, 0), screen: p(3, 0) },
      ]);
      expect(effects.filter((e) => e.type === 'link')).toEqual([]);
    }
  });

  it('with the link tool a tap on one person and then a tap on another links them (no drag needed)', () => {
    const { state, effects } = run([
      { type: 'down', target: person('a'), point: p(0, 0), screen: p(0, 0), tool: 'link' },
      { type: 'up', target: person('a'), point: p(1, 0), screen: p(1, 0) },
      { type: 'move', point: p(30, 0), screen: p(30, 0) },
      { type: 'down', target: person('b'), point: p(60, 0), screen: p(60, 0), tool: 'link' },
      { type: 'up', target: person('b'), point: p(60, 0), screen: p(60, 0) },
    ]);
    expect(state).toEqual(IDLE);
    expect(effects).toEqual([{ type: 'select', id: 'a' }, { type: 'linkStart', from: 'a' }, { type: 'link', from: 'a', to: 'b' }]);
  });

  it('after the first tap of a line, a tap on the background or the same person gives the line up', () => {
    for (const target of [person('a'), background]) {
      const { state, effects } = run([
        { type: 'down', target: person('a'), point: p(0, 0), screen: p(0, 0), tool: 'link' },
        { type: 'up', target: person('a'), point: p(0, 0), screen: p(0, 0) },
        { type: 'down', target, point: p(0, 0), screen: p(0, 0), tool: 'link' },
      ]);
      expect(state).toEqual(IDLE);
      expect(effects.filter((e) => e.type === 'link')).toEqual([]);
      expect(effects.at(-1)).toEqual({ type: 'linkCancel' });
    }
  });

  it('pressing the background pans; a tap without panning clears the selection', () => {
    const panned = run([
      { type: 'down', target: background, point: p(0, 0), screen: p(0, 0), tool: 'select' },
      { type: 'move', point: p(0, 0), screen: p(50, 0) },
      { type: 'up', target: background, point: p(0, 0), screen: p(50, 0) },
    ]);
    expect(panned.effects).toEqual([]);
    const tapped = run([
      { type: 'down', target: background, point: p(0, 0), screen: p(0, 0), tool: 'select' },
      { type: 'up', target: background, point: p(0, 0), screen: p(1, 0) },
    ]);
    expect(tapped.effects).toEqual([{ type: 'select', id: null }]);
  });

  it('cancel (pointercancel or Escape) returns to idle from every mode without effects', () => {
    const states: PointerState[] = [
      { mode: 'adding', startScreen: p(0, 0) },
      { mode: 'dragging', id: id('a'), startScreen: p(0, 0), current: p(9, 9), moved: true },
      { mode: 'linking', from: id('a'), startScreen: p(0, 0), current: p(0, 0) },
      { mode: 'linkReady', from: id('a'), current: p(0, 0) },
      { mode: 'panning', startScreen: p(0, 0), moved: false },
    ];
    for (const s of states) expect(transition(s, { type: 'cancel' })).toEqual({ state: IDLE, effects: [] });
  });

  it('a second press while a gesture runs (a second finger) is ignored', () => {
    const dragging: PointerState = { mode: 'dragging', id: id('a'), startScreen: p(0, 0), current: p(0, 0), moved: false };
    expect(transition(dragging, { type: 'down', target: person('b'), point: p(0, 0), screen: p(0, 0), tool: 'select' }).state).toBe(dragging);
  });
});
