import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseSnapshot, APPRAISAL_VOCABULARY, readSnapshot, type Appraisal, type Indicators } from '@netwerkkracht/core';
import type { EditorDoc } from '../editor/editor-doc.js';
import type { EditorCommand } from '../editor/editor-state.js';
import { useLanguage } from '../i18n/use-language.js';
import { CareMixPie } from './CareMixPie.js';
import { FourNeeds } from './FourNeeds.js';
import { NetworkGives } from './NetworkGives.js';

/**
 * Reading the map together: core's plain-language reading (strengths first, then what is thin,
 * never a score), what the network gives per function, seed 004's four needs (with stability), the care mix as a pie, and the person's
 * own appraisal, which turns Machielse's quadrant into a question to reflect on.
 *
 * `saved` holds the server's analysis of the working version as saved (computed with the
 * organisation's settings); while there are unsaved edits the same core analysis runs here, so the
 * reading follows the map as it is drawn.
 */
export function ReadingView({ doc, run, saved }: { doc: EditorDoc; run: (command: EditorCommand) => void; saved: Indicators | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const appraisalId = useId();
  const indicators = useMemo(() => saved ?? analyseSnapshot(doc.snapshot, doc), [saved, doc]);
  const reading = useMemo(() => readSnapshot(indicators, doc.snapshot, doc, lang), [indicators, doc, lang]);
  return (
    <section className="reading" aria-labelledby={`${appraisalId}-h`}>
      <h2 id={`${appraisalId}-h`}>{t('reading.title')}</h2>
      <p className="intro">{t('reading.intro')}</p>
      <div className="field">
        <label htmlFor={appraisalId}>{t('reading.appraisalQuestion')}</label>
        <select id={appraisalId} value={doc.snapshot.appraisal ?? ''}
          onChange={(e) => run({ action: 'setAppraisal', input: { appraisal: (e.target.value || null) as Appraisal | null } })}>
          <option value="">{t('reading.appraisalNone')}</option>
          {APPRAISAL_VOCABULARY.map((a) => <option key={a.code} value={a.code}>{a.labels[lang]}</option>)}
        </select>
      </div>
      {reading.sections.map((section) => (
        <section key={section.code} className={`reading-section reading-${section.code}`}>
          <h3>{section.heading}</h3>
          {section.code === 'careMix' ? <CareMixPie mix={indicators.careMix} /> : null}
          <ul>{section.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
          {section.code === 'support' ? <NetworkGives indicators={indicators} snapshot={doc.snapshot} /> : null}
          {section.code === 'support' ? <FourNeeds indicators={indicators} snapshot={doc.snapshot} /> : null}
        </section>
      ))}
    </section>
  );
}
