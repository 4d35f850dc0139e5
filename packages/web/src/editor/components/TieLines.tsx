import { memo } from 'react';
import type { Alter, AlterId, Tie } from '@netwerkkracht/core';
import { EGO_DISTANCE, MAP_RADIUS, type Point } from '../geometry.js';
import { MARK_RADIUS } from './PersonMark.js';

const EGO_EDGE = EGO_DISTANCE * MAP_RADIUS * 0.8 + 2;

interface Props {
  readonly ties: readonly Tie[];
  readonly alters: readonly Alter[];
  readonly layout: ReadonlyMap<AlterId, Point>;
  /** Draw a spoke from the ego to everyone who gives or gets support, marked by direction. */
  readonly showReciprocal: boolean;
  readonly override?: { readonly id: AlterId; readonly at: Point } | null;
}

/** Lines between people who know each other, and optionally the support spokes from the ego. */
export const TieLines = memo(function TieLines({ ties, alters, layout, showReciprocal, override }: Props) {
  const at = (id: AlterId) => (override && override.id === id ? override.at : layout.get(id));
  return (
    <g className="ties" aria-hidden="true">
      {ties.map(([a, b]) => {
        const p = at(a);
        const q = at(b);
        if (!p || !q) return null;
        return <line key={`${a}|${b}`} className="tie" x1={p.x} y1={p.y} x2={q.x} y2={q.y} />;
      })}
      {showReciprocal
        ? alters.map((alter) => {
            const directions = Object.values(alter.support);
            if (directions.length === 0 || alter.status !== 'actief') return null;
            const p = at(alter.id);
            if (!p) return null;
            const gets = directions.some((d) => d === 'ontvangt' || d === 'wederzijds');
            const gives = directions.some((d) => d === 'geeft' || d === 'wederzijds');
            const kind = gets && gives ? 'both' : gets ? 'to-ego' : 'from-ego';
            const length = Math.hypot(p.x, p.y);
            if (length < EGO_EDGE + MARK_RADIUS + 4) return null;
            const ux = p.x / length;
            const uy = p.y / length;
            // Arrow heads: at the ego for support received, at the person for support given.
            return (
              <line key={`spoke-${alter.id}`} className={`spoke spoke-${kind}`}
                x1={ux * EGO_EDGE} y1={uy * EGO_EDGE} x2={p.x - ux * (MARK_RADIUS + 3)} y2={p.y - uy * (MARK_RADIUS + 3)}
                markerStart={kind !== 'from-ego' ? 'url(#arrow-start)' : undefined}
                markerEnd={kind !== 'to-ego' ? 'url(#arrow-end)' : undefined} />
            );
          })
        : null}
    </g>
  );
});

/** Arrow heads used by the spokes. */
export function ArrowDefs() {
  return (
    <defs>
      <marker id="arrow-start" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 z" className="arrow" />
      </marker>
      <marker id="arrow-end" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto">
        <path d="M0,0 L10,5 L0,10 z" className="arrow" />
      </marker>
    </defs>
  );
}
