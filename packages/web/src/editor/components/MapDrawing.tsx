import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alter, AlterId, Snapshot, SupportFunction } from '@netwerkkracht/core';
import type { CareView } from '../editor-doc.js';
import { layoutAlters, MAP_RADIUS, type MapShape, type Point } from '../geometry.js';
import { LABEL_FONT, LABEL_PX, mapLabels } from '../map-labels.js';
import { SECTOR_FONT, sectorLabels, type SectorPlacement } from '../sector-labels.js';
import { SECTOR_PX } from '../map-frame.js';
import { useLanguage } from '../../i18n/use-language.js';
import { sectorLabel, ringLabel } from '../../i18n/vocab.js';
import { MapBackground } from './MapBackground.js';
import { MARK_RADIUS, PersonMark } from './PersonMark.js';
import { ArrowDefs, TieLines } from './TieLines.js';
import { STATUS_VOCABULARY, labelOf } from '@netwerkkracht/core';

/** Wider than tall: the sector names sit outside the circle, to its left and right. */
export const VIEW_BOX = `${-MAP_RADIUS * 1.62} ${-MAP_RADIUS * 1.13} ${MAP_RADIUS * 3.24} ${MAP_RADIUS * 2.26}`;

export interface DrawingOptions {
  readonly selected?: AlterId | null;
  readonly highlight?: SupportFunction | null;
  readonly view?: CareView;
  readonly showReciprocal?: boolean;
  readonly zoom?: number;
  readonly interactive?: boolean;
  /** Where one person is drawn instead of their place (while being dragged). */
  readonly override?: { readonly id: AlterId; readonly at: Point } | null;
  /** Change marks per person (comparison overlay). */
  readonly changes?: ReadonlyMap<AlterId, string>;
  /** People drawn only as a ghost (gone in the later version of a comparison). */
  readonly ghosts?: readonly Alter[];
  /**
   * The editor's screen scale (CSS pixels per map unit at zoom 1): names and sector names then keep
   * a fixed screen size. Without it (drawings for reading) they scale with the drawing.
   */
  readonly pixelsPerUnit?: number;
  readonly placement?: SectorPlacement;
  /** The smallest tap target round a person, in CSS pixels (with pixelsPerUnit). */
  readonly targetPx?: number;
  /** The one person reached with Tab (roving tabindex). */
  readonly focusId?: AlterId | null;
}

interface Props extends DrawingOptions {
  readonly shape: MapShape;
  readonly snapshot: Snapshot;
  readonly egoName: string;
  readonly children?: ReactNode;
}

/** The map's content in map units: background, ties, people and labels. Only draws. */
export const MapContent = memo(function MapContent({
  shape, snapshot, egoName, selected = null, highlight = null, view = 'alle', showReciprocal = false, zoom = 1,
  interactive = false, override = null, changes, ghosts = [], children, pixelsPerUnit, placement = 'sides', targetPx = 24, focusId = null,
}: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const alters = useMemo(() => [...snapshot.alters, ...ghosts], [snapshot.alters, ghosts]);
  const layout = useMemo(() => layoutAlters(alters, shape), [alters, shape]);
  const zoomBucket = Math.round(zoom * 4) / 4;
  const uncategorised = t('editor.uncategorised');
  const scale = Math.max(0.5, zoomBucket);
  const sectorFont = pixelsPerUnit ? SECTOR_PX / pixelsPerUnit : SECTOR_FONT;
  const sectorBoxes = useMemo(
    () => sectorLabels(shape.sectorScheme, (s) => sectorLabel(s, lang, uncategorised), sectorFont, placement).map((l) => l.box),
    [shape.sectorScheme, lang, uncategorised, sectorFont, placement],
  );
  const labelFont = pixelsPerUnit ? LABEL_PX / (pixelsPerUnit * scale) : LABEL_FONT / scale;
  const labels = useMemo(
    () => mapLabels(alters, layout, scale, MARK_RADIUS, selected, sectorBoxes, labelFont),
    [alters, layout, scale, selected, sectorBoxes, labelFont],
  );
  const hitRadius = pixelsPerUnit ? Math.max(MARK_RADIUS + 8, targetPx / 2 / (pixelsPerUnit * scale)) : MARK_RADIUS + 8;
  const ghostIds = useMemo(() => new Set(ghosts.map((g) => g.id)), [ghosts]);
  // Worked out once per change of the map, not on every frame of a drag.
  const names = useMemo(() => new Map(alters.map((alter) => [alter.id, t('editor.personLabel', {
    name: alter.name,
    sector: sectorLabel(alter.sector, lang, uncategorised),
    ring: ringLabel(alter.ring, shape.ringCount, lang, (n) => t('editor.ring', { n })),
    status: labelOf(STATUS_VOCABULARY, alter.status, lang),
  })])), [alters, lang, uncategorised, shape.ringCount, t]);
  return (
    <>
      <ArrowDefs />
      <MapBackground sectorScheme={shape.sectorScheme} ringCount={shape.ringCount} lang={lang} uncategorised={uncategorised} egoName={egoName} sectorFont={sectorFont} placement={placement} />
      <TieLines ties={snapshot.ties} alters={snapshot.alters} layout={layout} showReciprocal={showReciprocal} override={override} />
      <g className="labels" aria-hidden="true" style={{ fontSize: labelFont }}>
        {labels.map((label) => {
          const moved = override && override.id === label.id;
          const dx = moved ? override.at.x - (layout.get(label.id)?.x ?? 0) : 0;
          const dy = moved ? override.at.y - (layout.get(label.id)?.y ?? 0) : 0;
          return (
            <g key={label.id} transform={moved ? `translate(${dx},${dy})` : undefined} className={ghostIds.has(label.id) ? 'ghost-label' : undefined}>
              {label.anchor ? <line className="leader" x1={label.anchor.x} y1={label.anchor.y} x2={label.box.x + label.box.width / 2} y2={label.box.y + label.box.height / 2} /> : null}
              <rect className="label-bg" x={label.box.x} y={label.box.y} width={label.box.width} height={label.box.height} rx={labelFont * 0.2} />
              <text x={label.box.x + label.box.width / 2} y={label.box.y + label.box.height / 2} textAnchor="middle" dominantBaseline="central">{label.text}</text>
            </g>
          );
        })}
      </g>
      <g className="people">
        {alters.map((alter) => {
          const at = override && override.id === alter.id ? override.at : layout.get(alter.id);
          if (!at) return null;
          return (
            <PersonMark key={alter.id} alter={alter} at={at} selected={alter.id === selected} highlight={highlight} view={view}
              hitRadius={hitRadius} tabbable={alter.id === focusId}
              interactive={interactive && !ghostIds.has(alter.id)} accessibleName={names.get(alter.id) ?? alter.name} change={changes?.get(alter.id) ?? (ghostIds.has(alter.id) ? 'removed' : undefined)} />
          );
        })}
      </g>
      {children}
    </>
  );
});

/** A map drawn for reading only: versions, comparison, print. */
export function MapDrawing(props: Props & { readonly title: string }) {
  return (
    <svg className="map-drawing" viewBox={VIEW_BOX} role="img" aria-label={props.title}>
      <MapContent {...props} />
    </svg>
  );
}
