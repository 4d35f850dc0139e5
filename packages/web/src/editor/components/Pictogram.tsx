import type { SupportDirection, SupportFunction } from '@netwerkkracht/core';

/**
 * One simple line pictogram per support function (the `pictogram` names of core's vocabulary),
 * drawn on a 24×24 grid so they stay clear at small sizes and in print.
 */
const PATHS: Readonly<Record<SupportFunction, string>> = {
  emotioneel: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z',
  praktisch: 'M7 11V5.5a1.5 1.5 0 0 1 3 0V10m0-1V4.5a1.5 1.5 0 0 1 3 0V10m0-.5V5.5a1.5 1.5 0 0 1 3 0V13c0 4-2.5 7-6 7s-5-2-6.5-5L4 11.5a1.4 1.4 0 0 1 2.3-1.5L7 11',
  zorg: 'M4 10h11a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zm11 0 2-5h3M7 19a1.5 1.5 0 1 0 0 .01M14 19a1.5 1.5 0 1 0 0 .01',
  informatie: 'M9 18h6m-5 3h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z',
  materieel: 'M4 8c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zm0 0v4c0 1.7 3.6 3 8 3s8-1.3 8-3V8m-16 4v4c0 1.7 3.6 3 8 3s8-1.3 8-3v-4',
  gezelschap: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8 14s1.5 2.5 4 2.5 4-2.5 4-2.5M9 9.5h.01M15 9.5h.01',
  erbij_horen: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6m-2.5-5.5A6 6 0 0 1 22 20',
  voorbeeld: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zm3.5-12.5-2 5-5 2 2-5z',
};

export function Pictogram({ name, size = 20, title }: { name: SupportFunction; size?: number; title?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" className="pictogram" aria-hidden={title === undefined} role={title ? 'img' : undefined}>
      {title ? <title>{title}</title> : null}
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Arrows for the direction of support: towards me, from me, both ways. */
export function DirectionMark({ direction, size = 16 }: { direction: SupportDirection; size?: number }) {
  const d = direction === 'ontvangt' ? 'M20 12H5m5-5-5 5 5 5' : direction === 'geeft' ? 'M4 12h15m-5-5 5 5-5 5' : 'M4 12h16M9 7l-5 5 5 5m6-10 5 5-5 5';
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="direction-mark">
      <path d={d} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The path of a pictogram, for drawing inside the map's own SVG. */
export function pictogramPath(name: SupportFunction): string {
  return PATHS[name];
}
