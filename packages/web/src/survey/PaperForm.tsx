import { useTranslation } from 'react-i18next';
import { COLUMN_LABELS, SURVEY_COLUMN_KINDS } from '@netwerkkracht/core';
import { useLanguage } from '../i18n/use-language.js';
import { answerLabel } from './AnswerPage.js';
import { AnswerPictogram, CirclePictogram } from './Pictograms.js';
import { CIRCLE_OF, QUESTION_COLUMNS, choicesOf } from './survey-questions.js';

/** The same questions on paper: a box to tick per answer, a line for numbers; printed from the browser. */
export default function PaperForm() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section className="page paper-form" aria-labelledby="paper-heading" data-print-ready="true">
      <h1 id="paper-heading">{t('survey.paperTitle')}</h1>
      <p>{t('survey.paperIntro')}</p>
      <p className="no-print"><button type="button" onClick={() => window.print()}>{t('survey.print')}</button></p>
      <p>{t('survey.site')}: ____________________ &nbsp; {t('survey.reentryDate')}: ___ / ___ / ______</p>
      <ol className="paper-questions">
        {QUESTION_COLUMNS.map((column) => {
          const choices = choicesOf(column);
          const circle = CIRCLE_OF[column];
          const kind = SURVEY_COLUMN_KINDS[column];
          return (
            <li key={column} className="paper-question">
              <p className="paper-question-text">{circle ? <CirclePictogram circle={circle} /> : null}{COLUMN_LABELS[column][lang]}</p>
              {choices ? (
                <ul className="paper-choices">
                  {choices.map((c) => <li key={c}><span className="paper-box" aria-hidden="true">☐</span> <AnswerPictogram code={c} /> {column === 'vertrouwen' ? c : answerLabel(c, lang)}</li>)}
                </ul>
              ) : kind.kind === 'integer' ? <p>____________</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
