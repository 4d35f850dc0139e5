import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickablePeople, type MapPerson } from './plan-view.js';

const LANGUAGES = ['nl', 'fr', 'en'] as const;

/** The people the plan's pickers offer (plan-view `pickablePeople`), with the placeholder name in every language. */
export function usePickable(people: readonly MapPerson[]): readonly MapPerson[] {
  const { i18n } = useTranslation();
  return useMemo(() => pickablePeople(people, LANGUAGES.map((lng) => i18n.getFixedT(lng)('editor.newPerson'))), [people, i18n]);
}
