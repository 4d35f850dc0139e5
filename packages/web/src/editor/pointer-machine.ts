import type { AlterId } from '@netwerkkracht/core';
import type { Tool } from './editor-doc.js';
import type { Point } from './geometry.js';

/**
 * The pointer modes of the map editor as an explicit state machine. Events come from pointer
 * events (mouse, touch and pen alike) with the point in map units and on the screen (in pixels:
 * whether a finger moved is judged on the screen, because panning keeps the map point under the
 * finger still); the machine decides what a
 * gesture means and returns effects, which the editor turns into actions. Dragging keeps the
 * moving point here and commits one move at the end, so a drag is one undo step.
 */
export type PointerState =
  | { readonly mode: 'idle' }
  | { readonly mode: 'adding'; readonly startScreen: Point }
  | { readonly mode: 'dragging'; readonly id: AlterId; readonly startScreen: Point; readonly current: Point; readonly moved: boolean }
  | { readonly mode: 'linking'; readonly from: AlterId; readonly startScreen: Point; readonly current: Point }
  /** A tap on a person with the line tool: the next tap on another person makes the line. */
  | { readonly mode: 'linkReady'; readonly from: AlterId; readonly current: Point }
  | { readonly mode: 'panning'; readonly startScreen: Point; readonly moved: boolean };

export type PointerTarget = { readonly kind: 'person'; readonly id: AlterId } | { readonly kind: 'background' };

export type PointerEvent =
  | { readonly type: 'down'; readonly target: PointerTarget; readonly point: Point; readonly screen: Point; readonly tool: Tool }
  | { readonly type: 'move'; readonly point: Point; readonly screen: Point }
  | { readonly type: 'up'; readonly target: PointerTarget; readonly point: Point; readonly screen: Point }
  | { readonly type: 'cancel' };

export type PointerEffect =
  | { readonly type: 'select'; readonly id: AlterId | null }
  | { readonly type: 'move'; readonly id: AlterId; readonly point: Point }
  | { readonly type: 'add'; readonly point: Point }
  | { readonly type: 'link'; readonly from: AlterId; readonly to: AlterId }
  /** The first person of a line was tapped: the second tap finishes it. */
  | { readonly type: 'linkStart'; readonly from: AlterId }
  /** A started line was given up (a tap on the background or on the same person). */
  | { readonly type: 'linkCancel' };

export interface Transition {
  readonly state: PointerState;
  readonly effects: readonly PointerEffect[];
}

export const IDLE: PointerState = { mode: 'idle' };
/** Below this distance (screen pixels) a gesture is a tap, not a drag: fingers wobble. */
export const TAP_TOLERANCE = 6;

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

export function transition(state: PointerState, event: PointerEvent): Transition {
  if (event.type === 'cancel') return { state: IDLE, effects: [] };
  switch (state.mode) {
    case 'idle':
      return fromIdle(event);
    case 'dragging':
      if (event.type === 'move') {
        return { state: { ...state, current: event.point, moved: state.moved || distance(state.startScreen, event.screen) > TAP_TOLERANCE }, effects: [] };
      }
      if (event.type === 'up') {
        const moved = state.moved || distance(state.startScreen, event.screen) > TAP_TOLERANCE;
        return { state: IDLE, effects: moved ? [{ type: 'move', id: state.id, point: event.point }] : [] };
      }
      return { state, effects: [] };
    case 'adding':
      if (event.type === 'up') {
        return { state: IDLE, effects: distance(state.startScreen, event.screen) <= TAP_TOLERANCE * 3 ? [{ type: 'add', point: event.point }] : [] };
      }
      return { state, effects: [] };
    case 'linking':
      if (event.type === 'move') return { state: { ...state, current: event.point }, effects: [] };
      if (event.type === 'up') {
        const to = event.target.kind === 'person' ? event.target.id : null;
        if (to !== null && to !== state.from) return { state: IDLE, effects: [{ type: 'link', from: state.from, to }] };
        // A tap (no drag) on a person: wait for the tap on the second person.
        if (distance(state.startScreen, event.screen) <= TAP_TOLERANCE * 3) {
          return { state: { mode: 'linkReady', from: state.from, current: event.point }, effects: [{ type: 'linkStart', from: state.from }] };
        }
        return { state: IDLE, effects: [] };
      }
      return { state, effects: [] };
    case 'linkReady':
      if (event.type === 'move') return { state: { ...state, current: event.point }, effects: [] };
      if (event.type === 'down') {
        if (event.target.kind === 'person' && event.target.id !== state.from && event.tool === 'link') {
          return { state: IDLE, effects: [{ type: 'link', from: state.from, to: event.target.id }] };
        }
        return { state: IDLE, effects: [{ type: 'linkCancel' }] };
      }
      return { state, effects: [] };
    case 'panning':
      if (event.type === 'move') return { state: { ...state, moved: state.moved || distance(state.startScreen, event.screen) > TAP_TOLERANCE }, effects: [] };
      if (event.type === 'up') return { state: IDLE, effects: state.moved ? [] : [{ type: 'select', id: null }] };
      return { state, effects: [] };
  }
}

function fromIdle(event: PointerEvent): Transition {
  if (event.type !== 'down') return { state: IDLE, effects: [] };
  const { target, point, screen, tool } = event;
  if (target.kind === 'person') {
    if (tool === 'link') return { state: { mode: 'linking', from: target.id, startScreen: screen, current: point }, effects: [{ type: 'select', id: target.id }] };
    return { state: { mode: 'dragging', id: target.id, startScreen: screen, current: point, moved: false }, effects: [{ type: 'select', id: target.id }] };
  }
  if (tool === 'add') return { state: { mode: 'adding', startScreen: screen }, effects: [] };
  return { state: { mode: 'panning', startScreen: screen, moved: false }, effects: [] };
}
