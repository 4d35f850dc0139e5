import { memo } from 'react';
import type { Alter, SupportFunction } from '@netwerkkracht/core';
import type { CareView } from '../editor-doc.js';
import { MARK_RADIUS, type Point } from '../geometry.js';
import { pictogramPath } from './Pictogram.js';

export { MARK_RADIUS };

interface Props {
  readonly alter: Alter;
  readonly at: Point;
  readonly selected: boolean;
  readonly highlight: SupportFunction | null;
  readonly view: CareView;
  readonly interactive: boolean;
  readonly accessibleName: string;
  /** A change mark from the comparison overlay (new, gone, closer...). */
  readonly change?: string;
  /** Radius of the invisible tap target, in map units (at least the size a finger needs). */
  readonly hitRadius?: number;
  /** Whether Tab reaches this person (the map's one Tab stop; arrows move between people). */
  readonly tabbable?: boolean;
}

function receives(alter: Alter, f: SupportFunction): boolean {
  const d = alter.support[f];
  return d === 'ontvangt' || d === 'wederzijds';
}

/**
 * One person on the map. Formal people are squares, informal people circles, groups get an inner
 * ring. Status is told by shape and line as well as colour: dormant people are slate grey with a
 * dotted inner ring, wished-for people a dashed outline, lost people an outline struck through.
 * Only draws: the map canvas handles every pointer and key event.
 */
export const PersonMark = memo(function PersonMark({ alter, at, selected, highlight, view, interactive, accessibleName, change, hitRadius = MARK_RADIUS + 8, tabbable = false }: Props) {
  const r = MARK_RADIUS;
  const dimmedByView = (view === 'informeel' && alter.formal) || (view === 'formeel' && !alter.formal);
  const highlighted = highlight !== null && receives(alter, highlight);
  const dimmed = dimmedByView || (highlight !== null && !highlighted);
  const classes = [
    'person',
    `status-${alter.status}`,
    alter.formal ? 'formal' : 'informal',
    `kind-${alter.kind}`,
    selected ? 'selected' : '',
    dimmed ? 'dimmed' : '',
    highlighted ? 'highlighted' : '',
    change ? `change-${change}` : '',
  ].filter(Boolean).join(' ');
  const shape = alter.formal
    ? <rect className="mark" x={-r} y={-r} width={r * 2} height={r * 2} rx={3} />
    : <circle className="mark" r={r} />;
  return (
    <g
      className={classes}
      transform={`translate(${at.x.toFixed(1)},${at.y.toFixed(1)})`}
      data-person={alter.id}
      data-sector={alter.sector ?? ''}
      data-ring={alter.ring}
      data-status={alter.status}
      tabIndex={interactive ? (tabbable ? 0 : -1) : undefined}
      role={interactive ? 'button' : undefined}
      aria-pressed={interactive ? selected : undefined}
      aria-label={interactive ? accessibleName : undefined}
    >
      <circle className="hit" r={hitRadius} />
      {selected ? <circle className="selection-ring" r={r + 3.5} /> : null}
      {shape}
      {alter.kind === 'groep' ? <circle className="group-ring" r={r * 0.5} /> : null}
      {alter.kind === 'dienst' && !alter.formal ? <rect className="group-ring" x={-r / 2} y={-r / 2} width={r} height={r} /> : null}
      {alter.status === 'ondergesneeuwd' ? <circle className="dormant-ring" r={r * 0.55} /> : null}
      {alter.status === 'verbroken' ? <line className="lost-stroke" x1={-r} y1={r} x2={r} y2={-r} /> : null}
      {highlighted && highlight ? (
        // The pictogram sits inside the mark, so it never collides with a name label.
        <g className="highlight-badge" transform={`translate(${-r * 0.8},${-r * 0.8}) scale(${(r * 1.6) / 24})`}>
          <path d={pictogramPath(highlight)} />
        </g>
      ) : null}
    </g>
  );
});
