import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { select as d3select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { AlterId } from '@netwerkkracht/core';
import type { EditorCommand } from '../editor-state.js';
import type { EditorDoc, EditorUi } from '../editor-doc.js';
import { cartesianToPolar, hitTest, layoutAlters, type Point } from '../geometry.js';
import { fitMapFrame, type MapFrame } from '../map-frame.js';
import { hasTie } from '../actions/tie-actions.js';
import { useLanguage } from '../../i18n/use-language.js';
import { sectorLabel } from '../../i18n/vocab.js';
import { IDLE, transition, type PointerEffect, type PointerEvent as MachineEvent, type PointerState, type PointerTarget } from '../pointer-machine.js';
import type { Step } from '../actions/person-actions.js';
import { MapContent } from './MapDrawing.js';
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
  /** A person to move the keyboard focus to (a new person); `nonce` repeats a request for the same one. */
  readonly focusRequest?: { readonly id: AlterId; readonly nonce: number } | null;
}

/** Smallest tap target round a person (CSS pixels): a finger needs 44, a mouse 24 (WCAG 2.5.5 / 2.5.8). */
const TARGET_COARSE = 44;
const TARGET_FINE = 24;

function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/** The size as it was when it changed by less than a pixel (no new drawing), else the new one. */
function sameSize(before: { width: number; height: number } | null, width: number, height: number): { width: number; height: number } {
  return before && Math.abs(before.width - width) < 1 && Math.abs(before.height - height) < 1 ? before : { width, height };
}

/** The people in reading order round the circle: clockwise from the top, nearest first at the same angle. */
function roundOrder(layout: ReadonlyMap<AlterId, Point>): AlterId[] {
  return [...layout.entries()]
    .map(([id, p]) => ({ id, ...cartesianToPolar(p) }))
    .sort((a, b) => a.angle - b.angle || a.distance - b.distance)
    .map((x) => x.id);
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
export function MapCanvas({ doc, ui, egoName, run, onAddAt, announce, describeMove, focusRequest = null }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const pointerRef = useRef<PointerState>(IDLE);
  const [pointer, setPointer] = useState<PointerState>(IDLE);
  const [zoom, setZoom] = useState(1);
  const [grabbed, setGrabbed] = useState<AlterId | null>(null);
  const layout = useMemo(() => layoutAlters(doc.snapshot.alters, doc), [doc]);
  const docRef = useRef(doc);
  docRef.current = doc;
  const nameOf = useCallback((id: AlterId) => docRef.current.snapshot.alters.find((a) => a.id === id)?.name ?? '', []);
  const coarse = useMedia('(pointer: coarse)');
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [height, setHeight] = useState<number | null>(null);
  const [focusId, setFocusId] = useState<AlterId | null>(null);
  const [keyLinkFrom, setKeyLinkFrom] = useState<AlterId | null>(null);

  // The map takes the screen's height below the toolbar, so the whole map shows without scrolling;
  // on a narrow or portrait screen it is about as tall as it is wide, and the panels come below it.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const fit = () => {
      const top = box.getBoundingClientRect().top + window.scrollY;
      const free = window.innerHeight - top - 12;
      const beside = window.matchMedia('(min-width: 1100px) and (orientation: landscape)').matches;
      const next = Math.round(Math.max(320, beside ? free : Math.min(free, box.clientWidth * 1.05)));
      setHeight(next);
      // The drawing's size follows at once (inside the 1 px border), so the first drawing is
      // already the right one: no second placement of every name after a resize callback.
      const svg = svgRef.current;
      if (svg) setSize((before) => sameSize(before, svg.clientWidth, next - 2));
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const observer = new ResizeObserver(() => setSize((before) => sameSize(before, svg.clientWidth, svg.clientHeight)));
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);
  const uncategorised = t('editor.uncategorised');
  const frame: MapFrame | null = useMemo(
    () => (size ? fitMapFrame(size.width, size.height, doc.sectorScheme, (s) => sectorLabel(s, lang, uncategorised)) : null),
    [size, doc.sectorScheme, lang, uncategorised],
  );
  const viewBox = frame ? `${frame.viewBox.x} ${frame.viewBox.y} ${frame.viewBox.width} ${frame.viewBox.height}` : '-810 -565 1620 1130';
  const hitRadius = frame ? Math.max(MARK_RADIUS + 8, (coarse ? TARGET_COARSE : TARGET_FINE) / 2 / (frame.pixelsPerUnit * Math.max(0.5, zoom))) : MARK_RADIUS + 10;

  // The map's one Tab stop: the person chosen, else the one focused last, else the first round the circle.
  const order = useMemo(() => roundOrder(layout), [layout]);
  const tabStop = ui.selected && layout.has(ui.selected) ? ui.selected : focusId && layout.has(focusId) ? focusId : order[0] ?? null;
  const focusPerson = useCallback((id: AlterId) => {
    setFocusId(id);
    const find = () => svgRef.current?.querySelector<SVGGElement>(`[data-person="${CSS.escape(id)}"]`);
    // A person just added is drawn on the next frame.
    const now = find();
    if (now) now.focus();
    else requestAnimationFrame(() => find()?.focus());
  }, []);
  useEffect(() => {
    if (focusRequest) focusPerson(focusRequest.id);
  }, [focusRequest, focusPerson]);

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
    const id = hitTest(point, layout, hitRadius);
    return id === null ? { kind: 'background' } : { kind: 'person', id };
  }, [layout, hitRadius]);

  /** Draws or takes away the line between two people, and says which. */
  const makeLine = useCallback((a: AlterId, b: AlterId) => {
    const existed = hasTie(docRef.current, a, b);
    run({ action: 'toggleTie', input: { a, b } });
    announce(t(existed ? 'field.linkRemoved' : 'field.linkMade', { a: nameOf(a), b: nameOf(b) }));
  }, [run, announce, t, nameOf]);

  const apply = useCallback((effects: readonly PointerEffect[]) => {
    for (const effect of effects) {
      if (effect.type === 'select') run({ action: 'select', input: { id: effect.id } });
      else if (effect.type === 'move') {
        run({ action: 'movePerson', input: { id: effect.id, to: effect.point } });
        // Read the new place once the move has been drawn.
        requestAnimationFrame(() => announce(describeMove(effect.id)));
      } else if (effect.type === 'add') onAddAt(effect.point);
      else if (effect.type === 'linkStart') announce(t('field.linkStart', { name: nameOf(effect.from) }));
      else if (effect.type === 'linkCancel') announce(t('field.linkCancelled'));
      else makeLine(effect.from, effect.to);
    }
  }, [run, onAddAt, announce, describeMove, t, nameOf, makeLine]);

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
      else if (keyLinkFrom) {
        setKeyLinkFrom(null);
        announce(t('field.linkCancelled'));
      } else if (grabbed) {
        announce(t('editor.released', { name: nameOf(grabbed) }));
        setGrabbed(null);
      } else run({ action: 'select', input: { id: null } });
      return;
    }
    if (!id) return;
    if ((e.key === 'l' || e.key === 'L') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setGrabbed(null);
      setKeyLinkFrom(id);
      run({ action: 'select', input: { id } });
      announce(t('field.linkKeyStart', { name: nameOf(id) }));
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && keyLinkFrom) {
      e.preventDefault();
      if (keyLinkFrom !== id) makeLine(keyLinkFrom, id);
      else announce(t('field.linkCancelled'));
      setKeyLinkFrom(null);
      return;
    }
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
      return;
    }
    // Not holding anyone: the arrows go round the circle from person to person (roving tabindex).
    const index = order.indexOf(id);
    const next = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? order[(index + 1) % order.length]
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? order[(index - 1 + order.length) % order.length]
        : e.key === 'Home' ? order[0] : e.key === 'End' ? order[order.length - 1] : undefined;
    if (next && index >= 0) {
      e.preventDefault();
      focusPerson(next);
    }
  };
  const onFocus = (e: FocusEvent<SVGSVGElement>) => {
    const id = (e.target as Element).closest?.('[data-person]')?.getAttribute('data-person') as AlterId | null | undefined;
    if (id) setFocusId(id);
  };
  useEffect(() => {
    // Another tool (or Escape through the toolbar) gives up a line half made by tapping.
    if (pointerRef.current.mode === 'linkReady' && ui.tool !== 'link') feed({ type: 'cancel' });
  }, [ui.tool, feed]);


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
  const linkFrom = pointer.mode === 'linking' || pointer.mode === 'linkReady' ? layout.get(pointer.from) : undefined;

  return (
    <div ref={boxRef} className={`map-canvas tool-${ui.tool} mode-${pointer.mode}`} style={height ? { height } : undefined}
      data-pixels-per-unit={frame?.pixelsPerUnit.toFixed(4)} data-placement={frame?.placement}>
      <svg
        ref={svgRef}
        className="map-svg"
        viewBox={viewBox}
        role="group"
        aria-label={t('editor.mapLabel')}
        onFocus={onFocus}
        // A press on the background keeps the focus where it is (a person just added keeps it);
        // d3-zoom still sees the press.
        onMouseDown={(e) => { if (!(e.target as Element).closest('[data-person]')) e.preventDefault(); }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onKeyDown={onKeyDown}
      >
        <g ref={gRef}>
          {frame ? <MapContent
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
            focusId={tabStop}
            pixelsPerUnit={frame.pixelsPerUnit}
            placement={frame.placement}
            targetPx={coarse ? TARGET_COARSE : TARGET_FINE}
          >
            {linkFrom && (pointer.mode === 'linking' || pointer.mode === 'linkReady')
              ? <line className="link-preview" x1={linkFrom.x} y1={linkFrom.y} x2={pointer.current.x} y2={pointer.current.y} />
              : null}
          </MapContent> : null}
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
