import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@netwerkkracht/core';

/** The current language as core's Language code, for core's vocabulary labels. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'nl';
}
