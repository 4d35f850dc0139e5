import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { select as d3select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { AlterId } from '@netwerkkracht/core';
import type { EditorCommand } from '../editor-state.js';
import type { EditorDoc, EditorUi } from '../editor-doc.js';
import { hitTest, layoutAlters, type Point } from '../geometry.js';
import { IDLE, transition, type PointerEffect, type PointerEvent as MachineEvent, type PointerState, type PointerTarget } from '../pointer-machine.js';
import type { Step } from '../actions/person-actions.js';
import { MapContent, VIEW_BOX } from './MapDrawing.js';
import { MARK_RADIUS } from './PersonMark.js';

interface Props {
  readonly doc: EditorDoc;
  readonly ui: EditorUi;
  readonly egoName: string;
  readonly run: (command: EditorCommand) => void;
  /** A tap with the add tool: the page names and adds the new person. */
  readonly onAddAt: (point: Point) => void;
  readonly announce: (message: string) => void;
  readonly describeMove: (id: AlterId) => string;
}

const KEY_STEPS: Readonly<Record<string, Step>> = {
  ArrowUp: 'closer',
  ArrowDown: 'further',
  ArrowRight: 'clockwise',
  ArrowLeft: 'anticlockwise',
};

/**
 * The interactive map: turns pointer and keyboard input into editor commands through the pointer
 * state machine, and lets d3-zoom pan and zoom the drawing. Drawing itself is MapContent's job.
 */
export function MapCanvas({ doc, ui, egoName, run, onAddAt, announce, describeMove }: Props) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const pointerRef = useRef<PointerState>(IDLE);
  const [pointer, setPointer] = useState<PointerState>(IDLE);
  const [zoom, setZoom] = useState(1);
  const [grabbed, setGrabbed] = useState<AlterId | null>(null);
  const layout = useMemo(() => layoutAlters(doc.snapshot.alters, doc), [doc]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 8])
      // Pan only when the pointer machine decided the gesture is a pan (not a drag, link or add).
      .filter((event: Event) => event.type === 'wheel' || (pointerRef.current.mode === 'panning' && !(event as MouseEvent).button))
      .on('zoom', (event: { transform: { toString(): string; k: number } }) => {
        gRef.current?.setAttribute('transform', event.transform.toString());
      })
      .on('end', (event: { transform: { k: number } }) => setZoom(event.transform.k));
    zoomRef.current = behaviour;
    const selection = d3select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
    };
  }, []);

  const toPoints = useCallback((clientX: number, clientY: number): { point: Point; screen: Point } => {
    const g = gRef.current;
    const matrix = g?.getScreenCTM();
    if (!matrix) return { point: { x: 0, y: 0 }, screen: { x: clientX, y: clientY } };
    const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { point: { x: p.x, y: p.y }, screen: { x: clientX, y: clientY } };
  }, []);

  const targetAt = useCallback((point: Point): PointerTarget => {
    const id = hitTest(point, layout, MARK_RADIUS + 10);
    return id === null ? { kind: 'background' } : { kind: 'person', id };
  }, [layout]);

  const apply = useCallback((effects: readonly PointerEffect[]) => {
    for (const effect of effects) {
      if (effect.type === 'select') run({ action: 'select', input: { id: effect.id } });
      else if (effect.type === 'move') {
        run({ action: 'movePerson', input: { id: effect.id, to: effect.point } });
        // Read the new place once the move has been drawn.
        requestAnimationFrame(() => announce(describeMove(effect.id)));
      } else if (effect.type === 'add') onAddAt(effect.point);
      else run({ action: 'toggleTie', input: { a: effect.from, b: effect.to } });
    }
  }, [run, onAddAt, announce, describeMove]);

  const feed = useCallback((event: MachineEvent) => {
    const result = transition(pointerRef.current, event);
    pointerRef.current = result.state;
    setPointer(result.state);
    apply(result.effects);
  }, [apply]);

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!e.isPrimary || e.button > 0) return;
    const { point, screen } = toPoints(e.clientX, e.clientY);
    const target = targetAt(point);
    if (target.kind === 'person' || ui.tool !== 'select') e.currentTarget.setPointerCapture(e.pointerId);
    feed({ type: 'down', target, point, screen, tool: ui.tool });
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!e.isPrimary || pointerRef.current.mode === 'idle') return;
    feed({ type: 'move', ...toPoints(e.clientX, e.clientY) });
  };
  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!e.isPrimary || pointerRef.current.mode === 'idle') return;
    const { point, screen } = toPoints(e.clientX, e.clientY);
    feed({ type: 'up', target: targetAt(point), point, screen });
  };
  const onPointerCancel = () => feed({ type: 'cancel' });

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const id = (e.target as Element).closest?.('[data-person]')?.getAttribute('data-person') as AlterId | null | undefined;
    if (e.key === 'Escape') {
      if (pointerRef.current.mode !== 'idle') feed({ type: 'cancel' });
      else if (grabbed) {
        announce(t('editor.released', { name: nameOf(grabbed) }));
        setGrabbed(null);
      } else run({ action: 'select', input: { id: null } });
      return;
    }
    if (!id) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (grabbed === id) {
        setGrabbed(null);
        announce(t('editor.released', { name: nameOf(id) }));
      } else {
        run({ action: 'select', input: { id } });
        setGrabbed(id);
        announce(t('editor.grabbed', { name: nameOf(id) }));
      }
      return;
    }
    const step = KEY_STEPS[e.key];
    if (step && grabbed === id) {
      e.preventDefault();
      run({ action: 'stepPerson', input: { id, step } });
      // The announcement reads the new place after the state has been updated.
      requestAnimationFrame(() => announce(describeMove(id)));
    }
  };

  const nameOf = (id: AlterId) => doc.snapshot.alters.find((a) => a.id === id)?.name ?? '';

  useEffect(() => {
    if (grabbed !== null && ui.selected !== grabbed) setGrabbed(null);
  }, [ui.selected, grabbed]);

  const zoomBy = (factor: number) => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) zoomRef.current.scaleBy(d3select(svg), factor);
  };
  const zoomReset = () => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) zoomRef.current.transform(d3select(svg), zoomIdentity);
  };

  const override = pointer.mode === 'dragging' && pointer.moved ? { id: pointer.id, at: pointer.current } : null;
  const linkFrom = pointer.mode === 'linking' ? layout.get(pointer.from) : undefined;

  return (
    <div className={`map-canvas tool-${ui.tool} mode-${pointer.mode}`}>
      <svg
        ref={svgRef}
        className="map-svg"
        viewBox={VIEW_BOX}
        role="group"
        aria-label={t('editor.mapLabel')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onKeyDown={onKeyDown}
      >
        <g ref={gRef}>
          <MapContent
            shape={doc}
            snapshot={doc.snapshot}
            egoName={egoName}
            selected={ui.selected}
            highlight={ui.highlight}
            view={ui.view}
            showReciprocal={ui.showReciprocal}
            zoom={zoom}
            interactive
            override={override}
          >
            {linkFrom && pointer.mode === 'linking'
              ? <line className="link-preview" x1={linkFrom.x} y1={linkFrom.y} x2={pointer.current.x} y2={pointer.current.y} />
              : null}
          </MapContent>
        </g>
      </svg>
      <div className="zoom-buttons">
        <button type="button" onClick={() => zoomBy(1.4)} aria-label={t('editor.zoomIn')} title={t('editor.zoomIn')}>+</button>
        <button type="button" onClick={() => zoomBy(1 / 1.4)} aria-label={t('editor.zoomOut')} title={t('editor.zoomOut')}>−</button>
        <button type="button" onClick={zoomReset} aria-label={t('editor.zoomReset')} title={t('editor.zoomReset')}>⤢</button>
      </div>
    </div>
  );
}
