import type { Circle } from './survey-questions.js';

/**
 * Pictograms for the four circles and for the answers. They only support the words beside them,
 * so they are hidden from screen readers (aria-hidden) and never the only way to tell answers apart.
 */
const person = (x: number, y: number, s: number) => (
  <g key={`${x}-${y}`}><circle cx={x} cy={y - 9 * s} r={5 * s} /><path d={`M ${x - 8 * s} ${y + 10 * s} q ${8 * s} -${18 * s} ${16 * s} 0 z`} /></g>
);

export function CirclePictogram({ circle }: { circle: Circle }) {
  return (
    <svg className="pictogram" viewBox="0 0 64 48" width="96" height="72" aria-hidden="true" focusable="false">
      {circle === 'buren' ? (
        <g fill="currentColor">
          <path d="M4 26 L16 14 L28 26 V42 H4 Z" /><path d="M36 26 L48 14 L60 26 V42 H36 Z" />
          <rect x="13" y="32" width="6" height="10" fill="white" /><rect x="45" y="32" width="6" height="10" fill="white" />
        </g>
      ) : circle === 'vrienden' ? (
        <g fill="currentColor">{person(20, 28, 1.2)}{person(44, 28, 1.2)}<path d="M28 22 h8" stroke="currentColor" strokeWidth="3" /></g>
      ) : circle === 'familie' ? (
        <g fill="currentColor">{person(14, 30, 1.1)}{person(32, 26, 1.3)}{person(50, 30, 1.1)}<path d="M14 8 H50 M32 8 V12" stroke="currentColor" strokeWidth="2" fill="none" /></g>
      ) : (
        <g fill="currentColor"><path d="M6 24 L32 4 L58 24 V46 H6 Z" />{person(24, 40, 0.9)}{person(40, 40, 0.9)}</g>
      )}
    </svg>
  );
}

/** How often: an empty, a quarter, a half and a full circle; yes a tick, no a cross; levels as bars. */
export function AnswerPictogram({ code }: { code: string }) {
  const fill: Record<string, number> = { nooit: 0, zelden: 0.25, soms: 0.5, vaak: 1 };
  if (code in fill) {
    const f = fill[code] as number;
    const angle = f * 2 * Math.PI;
    const x = 20 + 16 * Math.sin(angle);
    const y = 20 - 16 * Math.cos(angle);
    return (
      <svg className="answer-pictogram" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
        <circle cx="20" cy="20" r="16" fill="none" stroke="currentColor" strokeWidth="3" />
        {f === 1 ? <circle cx="20" cy="20" r="16" fill="currentColor" /> : f > 0 ? <path d={`M20 20 L20 4 A16 16 0 ${f > 0.5 ? 1 : 0} 1 ${x} ${y} Z`} fill="currentColor" /> : null}
      </svg>
    );
  }
  if (code === 'ja' || code === 'nee') {
    return (
      <svg className="answer-pictogram" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
        {code === 'ja' ? <path d="M8 21 L17 30 L33 10" fill="none" stroke="currentColor" strokeWidth="5" /> : <path d="M10 10 L30 30 M30 10 L10 30" stroke="currentColor" strokeWidth="5" />}
      </svg>
    );
  }
  const bars: Record<string, number> = { laag: 1, midden: 2, hoog: 3, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
  if (code in bars) {
    const n = bars[code] as number;
    const max = code.length === 1 ? 5 : 3;
    return (
      <svg className="answer-pictogram" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
        {Array.from({ length: max }, (_, i) => {
          const w = 32 / max;
          const h = ((i + 1) / max) * 30;
          return <rect key={i} x={4 + i * w} y={36 - h} width={w - 2} height={h} fill={i < n ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />;
        })}
      </svg>
    );
  }
  return null;
}
