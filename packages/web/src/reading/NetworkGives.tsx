import { useTranslation } from 'react-i18next';
import { SUPPORT_FUNCTION_VOCABULARY, type Indicators, type Snapshot } from '@netwerkkracht/core';
import { Pictogram } from '../editor/components/Pictogram.js';
import { useLanguage } from '../i18n/use-language.js';
import { joinNames } from '../i18n/vocab.js';

/** Per support function, who gives it: the own circle first, then professionals. */
export function NetworkGives({ indicators, snapshot, caption }: { indicators: Indicators; snapshot: Snapshot; caption?: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const name = (id: string) => snapshot.alters.find((a) => a.id === id)?.name ?? id;
  return (
    <table className="gives-table">
      <caption>{caption ?? t('reading.gives')}</caption>
      <thead>
        <tr><th scope="col">{t('print.function')}</th><th scope="col">{t('print.who')}</th></tr>
      </thead>
      <tbody>
        {SUPPORT_FUNCTION_VOCABULARY.map((f) => {
          const p = indicators.providers[f.code];
          const names = p ? [...p.informal, ...p.formal].map(name) : [];
          return (
            <tr key={f.code} className={`coverage-${indicators.coverage[f.code] ?? 'geen'}`}>
              <th scope="row"><Pictogram name={f.code} /> {f.labels[lang]}</th>
              <td>{names.length > 0 ? joinNames(names, lang) : <em>{t('reading.nobody')}</em>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
