import { useTranslation } from 'react-i18next';
import { FIXED_ARRANGEMENT_VOCABULARY, NEED_VOCABULARY, readFourNeeds, type Indicators, type Snapshot } from '@netwerkkracht/core';
import { useLanguage } from '../i18n/use-language.js';
import { joinNames } from '../i18n/vocab.js';

/**
 * Seed 004's four needs side by side: warmth, belonging and material help from the support
 * functions on the map, and certainty from the people with a fixed arrangement (with its kind).
 */
export function FourNeeds({ indicators, snapshot }: { indicators: Indicators; snapshot: Snapshot }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const name = (id: string) => snapshot.alters.find((a) => a.id === id)?.name ?? id;
  const arrangement = (code: string) => FIXED_ARRANGEMENT_VOCABULARY.find((a) => a.code === code)?.labels[lang].toLocaleLowerCase(lang) ?? code;
  return (
    <table className="gives-table four-needs">
      <caption>{t('reading.needs')}</caption>
      <thead>
        <tr><th scope="col">{t('reading.need')}</th><th scope="col">{t('reading.needWho')}</th></tr>
      </thead>
      <tbody>
        {readFourNeeds(indicators, snapshot).map((row) => {
          const entry = NEED_VOCABULARY.find((n) => n.code === row.need)!;
          const names = row.people.map((id) => {
            const kind = row.arrangements[id];
            return kind ? `${name(id)} (${arrangement(kind)})` : name(id);
          });
          return (
            <tr key={row.need} className={`need-${row.need}`}>
              <th scope="row"><span>{entry.labels[lang]}</span><br /><small>{entry.explanation[lang]}</small></th>
              <td>{names.length > 0 ? joinNames(names, lang) : <em>{t('reading.nobody')}</em>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
