import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BRUSSELS_2018_RANGES, MEASURE_LABELS, groupLabel, type SurveyMeasure, type SurveyReport } from '@netwerkkracht/core';
import { useLanguage } from '../i18n/use-language.js';

const pct = (v: number) => `${Math.round(v * 100)} %`;

/**
 * The seed's kind of chart as SVG: for each measure a block of bars, one per group, the length the
 * share; hidden cells show as a dashed outline with "not shown", never as 0. The stated 2018
 * Brussels range of a measure is a grey band behind its bars. role="img" with a title and a
 * description; the numbers themselves are in the table beside (ReportTable).
 */
export function SurveyChart({ report, measures, title, description }: { report: SurveyReport; measures: readonly SurveyMeasure[]; title: string; description: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { title: useId(), desc: useId() };
  const groups = report.groups;
  const labelWidth = 190;
  const barArea = 380;
  const bar = 18;
  const gap = 4;
  const blockHead = 24;
  const blockHeight = (m: SurveyMeasure) => blockHead + groups.length * (bar + gap) + (BRUSSELS_2018_RANGES[m] ? 18 : 0) + 10;
  const height = measures.reduce((h, m) => h + blockHeight(m), 0) + 10;
  let y = 0;
  return (
    <svg className="survey-chart" role="img" aria-labelledby={ids.title} aria-describedby={ids.desc} viewBox={`0 0 ${labelWidth + barArea + 60} ${height}`} width="100%">
      <title id={ids.title}>{title}</title>
      <desc id={ids.desc}>{description}</desc>
      {measures.map((m) => {
        const top = y;
        y += blockHeight(m);
        const range = BRUSSELS_2018_RANGES[m];
        const rowsTop = top + blockHead;
        const rowsHeight = groups.length * (bar + gap);
        return (
          <g key={m}>
            <text x={0} y={top + 16} className="chart-measure">{MEASURE_LABELS[m][lang]}</text>
            {range ? <rect x={labelWidth + range[0] * barArea} y={rowsTop - 2} width={(range[1] - range[0]) * barArea} height={rowsHeight} className="chart-band" /> : null}
            {groups.map((g, i) => {
              const cell = g.measures[m];
              const by = rowsTop + i * (bar + gap);
              return (
                <g key={`${g.group}`}>
                  <text x={labelWidth - 6} y={by + bar - 4} textAnchor="end" className="chart-label">{groupLabel(report.by, g.group, lang)}</text>
                  {cell.share === null ? (
                    <>
                      <rect x={labelWidth} y={by} width={barArea} height={bar} className="chart-hidden" />
                      <text x={labelWidth + 6} y={by + bar - 4} className="chart-value">{cell.n === 0 ? '–' : t('survey.chartHidden')}</text>
                    </>
                  ) : (
                    <>
                      <rect x={labelWidth} y={by} width={Math.max(1, cell.share * barArea)} height={bar} className="chart-bar" />
                      <text x={labelWidth + cell.share * barArea + 4} y={by + bar - 4} className="chart-value">{pct(cell.share)}</text>
                    </>
                  )}
                </g>
              );
            })}
            {range ? <text x={labelWidth} y={rowsTop + rowsHeight + 14} className="chart-note">{t('survey.brussels', { low: pct(range[0]), high: pct(range[1]) })}</text> : null}
          </g>
        );
      })}
    </svg>
  );
}
