import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguage, type Language } from '@netwerkkracht/core';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import { nl } from './locales/nl.js';

const STORAGE_KEY = 'netwerkkracht.language';

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'nl';
  } catch {
    return 'nl';
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or full storage: the choice simply lasts for this visit.
  }
  document.documentElement.lang = lang;
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
    lng,
    fallbackLng: 'nl',
    // React escapes every value itself; escaping twice would show &amp; in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
