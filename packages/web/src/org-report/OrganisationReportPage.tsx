import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COVERAGE_CATEGORIES, COVERAGE_VOCABULARY, DEPENDENCE_BANDS, QUADRANT_CATEGORIES, QUADRANT_VOCABULARY, RECIPROCITY_BANDS, SIZE_BANDS,
  SUPPORT_FUNCTIONS, labelOf, type Cells, type OrganisationReport, type QuarterReport, type SectorCode,
} from '@netwerkkracht/core';
import { api } from '../api/client.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { useLoad } from '../app/use-load.js';
import { functionLabel, sectorLabel } from '../i18n/vocab.js';
import { useLanguage } from '../i18n/use-language.js';
import type { nl } from '../i18n/locales/nl.js';

type BandKey = keyof typeof nl.orgReport.bands;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const readReport = (v: unknown): OrganisationReport => {
  if (!isRecord(v) || typeof v.smallCellThreshold !== 'number' || !Array.isArray(v.quarters)) throw new Error('unexpected answer: organisation report');
  return v as unknown as OrganisationReport;
};

/**
 * The organisation's figures over the families' network maps (docs/organisation-report.md), per
 * quarter: sizes, Machielse quadrants, dependence on professionals, reciprocity, coverage per
 * support function and people per sector. Hidden numbers read "fewer than 5"; a bar chart of the
 * latest quarter's sizes with its numbers in the table below.
 */
export default function OrganisationReportPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const heading = useId();
  const { loaded, reload } = useLoad(() => api.get('/stats/organisation', readReport), []);
  if (loaded.status === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <div className="page"><ErrorNotice error={loaded.error} onReload={reload} /></div>;
  const report = loaded.value;
  const hidden = t('survey.hidden', { n: report.smallCellThreshold });
  const band = (key: string): string => t(`orgReport.bands.${key as BandKey}`);
  const quadrant = (c: string): string => (c === 'onbekend' ? t('orgReport.bands.onbekend') : labelOf(QUADRANT_VOCABULARY, c as Exclude<(typeof QUADRANT_CATEGORIES)[number], 'onbekend'>, lang));
  const sectors = [...new Set(report.quarters.flatMap((q) => Object.keys(q.sectors)))].sort();
  return (
    <section className="page org-report" aria-labelledby={heading}>
      <h1 id={heading}>{t('orgReport.title')}</h1>
      <p>{t('orgReport.intro')}</p>
      <p className="hint">{t('survey.hiddenNote', { n: report.smallCellThreshold })}</p>
      {report.quarters.length === 0 ? <p>{t('orgReport.empty')}</p> : (
        <>
          <SizeChart quarter={report.quarters[report.quarters.length - 1] as QuarterReport} />
          <Breakdown title={t('orgReport.size')} quarters={report.quarters} categories={SIZE_BANDS} cells={(q) => q.size} label={(c) => t('orgReport.people', { band: c })} hidden={hidden} />
          <Breakdown title={t('orgReport.quadrant')} quarters={report.quarters} categories={QUADRANT_CATEGORIES} cells={(q) => q.quadrant} label={quadrant} hidden={hidden} />
          <Breakdown title={t('orgReport.dependence')} quarters={report.quarters} categories={DEPENDENCE_BANDS} cells={(q) => q.dependence} label={band} hidden={hidden} />
          <Breakdown title={t('orgReport.reciprocity')} quarters={report.quarters} categories={RECIPROCITY_BANDS} cells={(q) => q.reciprocity} label={band} hidden={hidden} />
          {SUPPORT_FUNCTIONS.map((f) => (
            <Breakdown key={f} title={t('orgReport.coverage', { fn: functionLabel(f, lang) })} quarters={report.quarters} categories={COVERAGE_CATEGORIES}
              cells={(q) => q.coverage[f]} label={(c) => labelOf(COVERAGE_VOCABULARY, c as (typeof COVERAGE_CATEGORIES)[number], lang)} hidden={hidden} />
          ))}
          <Breakdown title={t('orgReport.sectors')} quarters={report.quarters} categories={sectors} cells={(q) => q.sectors} total={(q) => q.people}
            label={(c) => sectorLabel(c === 'none' ? null : (c as SectorCode), lang, t('orgReport.noSector'))} hidden={hidden} />
        </>
      )}
    </section>
  );
}

function Breakdown({ title, quarters, categories, cells, label, hidden, total = (q) => q.maps }: {
  title: string; quarters: readonly QuarterReport[]; categories: readonly string[]; cells: (q: QuarterReport) => Cells;
  label: (category: string) => string; hidden: string; total?: (q: QuarterReport) => number | null;
}) {
  const { t } = useTranslation();
  const show = (v: number | null | undefined) => (v === null || v === undefined ? <span className="hidden-cell">{hidden}</span> : String(v));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
      <table className="survey-table">
        <caption>{title}</caption>
        <thead><tr><th scope="col">{t('orgReport.quarter')}</th>{categories.map((c) => <th key={c} scope="col">{label(c)}</th>)}<th scope="col">{t('orgReport.total')}</th></tr></thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={q.quarter}><th scope="row">{q.quarter}</th>{categories.map((c) => <td key={c}>{show(cells(q)[c])}</td>)}<td>{show(total(q))}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The latest quarter's maps per size band as bars; hidden bands drawn as a dashed outline. */
function SizeChart({ quarter }: { quarter: QuarterReport }) {
  const { t } = useTranslation();
  const ids = { title: useId(), desc: useId() };
  const width = 360;
  const shown = SIZE_BANDS.map((b) => quarter.size[b] ?? null);
  const max = Math.max(1, ...shown.map((v) => v ?? 0));
  return (
    <svg className="survey-chart" role="img" aria-labelledby={ids.title} aria-describedby={ids.desc} viewBox={`0 0 ${width + 200} ${SIZE_BANDS.length * 26 + 10}`} width="100%">
      <title id={ids.title}>{t('orgReport.chart', { quarter: quarter.quarter })}</title>
      <desc id={ids.desc}>{t('orgReport.chartDesc')}</desc>
      {SIZE_BANDS.map((b, i) => {
        const v = shown[i] ?? null;
        const y = i * 26 + 4;
        return (
          <g key={b}>
            <text x={110} y={y + 15} textAnchor="end" className="chart-label">{t('orgReport.people', { band: b })}</text>
            {v === null
              ? <><rect x={120} y={y} width={width} height={20} className="chart-hidden" /><text x={126} y={y + 15} className="chart-value">{t('survey.chartHidden')}</text></>
              : <><rect x={120} y={y} width={Math.max(1, (v / max) * width)} height={20} className="chart-bar" /><text x={124 + (v / max) * width} y={y + 15} className="chart-value">{v}</text></>}
          </g>
        );
      })}
    </svg>
  );
}
