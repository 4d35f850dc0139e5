import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '@netwerkkracht/core';
import { rememberLanguage } from '../i18n/i18n.js';
import { useLanguage } from '../i18n/use-language.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('app.language')}</label>
      <select id={id} value={lang} onChange={(e) => {
        const next = e.target.value;
        if (!isLanguage(next)) return;
        void i18n.changeLanguage(next);
        rememberLanguage(next);
      }}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{t(`app.languages.${l}`)}</option>)}
      </select>
    </div>
  );
}
