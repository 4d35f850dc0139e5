import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorePoint } from '@netwerkkracht/core';
import { CHART, chartPositions, labelAnchor, scoreY } from './chart-positions.js';

/**
 * A small chart of one right's scores over time (style.md: our own SVG, role="img" with a title
 * and description, and the numbers in a table beside it for whoever does not read charts).
 */
export function ScoreChart({ label, points }: { label: string; points: readonly ScorePoint[] }) {
  const { t } = useTranslation();
  const ids = { title: useId(), desc: useId() };
  const at = chartPositions(points);
  return (
    <div className="score-chart">
      <svg width={CHART.width} height={CHART.height} viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
        <title id={ids.title}>{t('family.measure.chartTitle', { right: label })}</title>
        <desc id={ids.desc}>{t('family.measure.chartDesc', { count: points.length, points: points.map((p) => `${p.date}: ${p.score}`).join('; ') })}</desc>
        {[0, 5, 10].map((s) => (
          <g key={s}>
            <line x1={CHART.pad.left} x2={CHART.width - CHART.pad.right} y1={scoreY(s)} y2={scoreY(s)} className="chart-grid" />
            <text x={CHART.pad.left - 6} y={scoreY(s) + 4} textAnchor="end" className="chart-axis">{s}</text>
          </g>
        ))}
        {at.length > 1 ? <polyline points={at.map((p) => `${p.x},${p.y}`).join(' ')} className="chart-line" /> : null}
        {at.map((p, i) => (
          <g key={points[i]?.measurementId ?? i} data-score={points[i]?.score}>
            <circle cx={p.x} cy={p.y} r={4} className="chart-point" />
            {points.length <= 4 || i === 0 || i === points.length - 1
              ? <text x={p.x} y={CHART.height - 6} textAnchor={labelAnchor(i, points.length)} className="chart-axis">{points[i]?.date.slice(2)}</text> : null}
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
