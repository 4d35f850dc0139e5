import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_MAX, SCORE_MIN, type ScorePoint } from '@netwerkkracht/core';

const WIDTH = 260;
const HEIGHT = 120;
const PAD = { left: 28, right: 16, top: 10, bottom: 24 };

/** Where a point goes: measurements evenly spaced left to right (oldest first), score upwards. */
export function chartPositions(points: readonly ScorePoint[]): { x: number; y: number }[] {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  return points.map((p, i) => ({
    x: PAD.left + (points.length === 1 ? innerW / 2 : (innerW * i) / (points.length - 1)),
    y: PAD.top + innerH * (1 - (p.score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)),
  }));
}

/** The outer date labels lean inwards so they stay inside the drawing. */
function anchor(i: number, count: number): 'start' | 'middle' | 'end' {
  if (count < 2) return 'middle';
  return i === 0 ? 'start' : i === count - 1 ? 'end' : 'middle';
}

/**
 * A small chart of one right's scores over time (style.md: our own SVG, role="img" with a title
 * and description, and the numbers in a table beside it for whoever does not read charts).
 */
export function ScoreChart({ label, points }: { label: string; points: readonly ScorePoint[] }) {
  const { t } = useTranslation();
  const ids = { title: useId(), desc: useId() };
  const at = chartPositions(points);
  const yOf = (score: number) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - score / SCORE_MAX);
  return (
    <div className="score-chart">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
        <title id={ids.title}>{t('family.measure.chartTitle', { right: label })}</title>
        <desc id={ids.desc}>{t('family.measure.chartDesc', { count: points.length, points: points.map((p) => `${p.date}: ${p.score}`).join('; ') })}</desc>
        {[0, 5, 10].map((s) => (
          <g key={s}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yOf(s)} y2={yOf(s)} className="chart-grid" />
            <text x={PAD.left - 6} y={yOf(s) + 4} textAnchor="end" className="chart-axis">{s}</text>
          </g>
        ))}
        {at.length > 1 ? <polyline points={at.map((p) => `${p.x},${p.y}`).join(' ')} className="chart-line" /> : null}
        {at.map((p, i) => (
          <g key={points[i]?.measurementId ?? i} data-score={points[i]?.score}>
            <circle cx={p.x} cy={p.y} r={4} className="chart-point" />
            {points.length <= 4 || i === 0 || i === points.length - 1
              ? <text x={p.x} y={HEIGHT - 6} textAnchor={anchor(i, points.length)} className="chart-axis">{points[i]?.date.slice(2)}</text> : null}
          </g>
        ))}
      </svg>
      <table className="score-table">
        <caption className="visually-hidden">{t('family.measure.chartTitle', { right: label })}</caption>
        <thead><tr><th scope="col">{t('family.measure.tableDate')}</th><th scope="col">{t('family.measure.tableScore')}</th></tr></thead>
        <tbody>{points.map((p) => <tr key={p.measurementId}><td>{p.date}</td><td>{p.score}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
