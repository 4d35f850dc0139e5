import { useTranslation } from 'react-i18next';
import { MEASURE_LABELS, SURVEY_MEASURES, groupLabel, type MeasureCell, type SurveyReport } from '@netwerkkracht/core';
import { useLanguage } from '../i18n/use-language.js';

const pct = (v: number) => `${Math.round(v * 100)} %`;

/** Every number of the report in one table: a row per group and measure; hidden numbers read "fewer than 5". */
export function ReportTable({ report }: { report: SurveyReport }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const hidden = t('survey.hidden', { n: report.smallCellThreshold });
  const num = (v: number | null) => (v === null ? <span className="hidden-cell">{hidden}</span> : String(v));
  const share = (c: MeasureCell) => (c.share !== null ? pct(c.share) : c.n === 0 ? '–' : <span className="hidden-cell">{hidden}</span>);
  const interval = (c: MeasureCell) => (c.ci95 !== null ? `${pct(c.ci95[0])}–${pct(c.ci95[1])}` : c.n === 0 ? '–' : <span className="hidden-cell">{hidden}</span>);
  const rows = [...report.groups, report.total];
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('survey.tableCaption')}>
      <table className="survey-table">
        <caption>{t('survey.tableCaption')}</caption>
        <thead>
          <tr><th scope="col">{t('survey.group')}</th><th scope="col">{t('survey.respondents')}</th><th scope="col">{t('survey.measure')}</th><th scope="col">{t('survey.answered')}</th><th scope="col">{t('survey.count')}</th><th scope="col">{t('survey.share')}</th><th scope="col">{t('survey.interval')}</th></tr>
        </thead>
        <tbody>
          {rows.flatMap((g) => SURVEY_MEASURES.map((m, i) => {
            const c = g.measures[m];
            return (
              <tr key={`${g.group}-${m}`}>
                {i === 0 ? <th scope="rowgroup" rowSpan={SURVEY_MEASURES.length}>{groupLabel(report.by, g.group, lang)}</th> : null}
                {i === 0 ? <td rowSpan={SURVEY_MEASURES.length}>{num(g.respondents)}</td> : null}
                <td>{MEASURE_LABELS[m][lang]}</td><td>{num(c.n)}</td><td>{num(c.count)}</td><td>{share(c)}</td><td>{interval(c)}</td>
              </tr>
            );
          }))}
        </tbody>
      </table>
    </div>
  );
}
