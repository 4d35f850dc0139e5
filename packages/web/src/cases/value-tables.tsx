import { useTranslation } from 'react-i18next';
import { SECTORS_B } from '@netwerkkracht/core';
import { sectorLabel } from '../i18n/vocab.js';
import { useLanguage } from '../i18n/use-language.js';

export type Sector = (typeof SECTORS_B)[number];

/** The table's entry for `value` set to `chosen`, or removed when nothing is chosen (''). */
function withChoice<V>(table: Readonly<Record<string, V>>, value: string, chosen: V | undefined): Record<string, V> {
  const next = { ...table };
  if (chosen === undefined) delete next[value];
  else next[value] = chosen;
  return next;
}

/**
 * Each value a file holds (a column's or a variable's values, or a categorical's options) with the
 * sector it means: shared by the Network Canvas and the egor mapping forms.
 */
export function SectorValueTable({ idBase, values, table, onChange }: {
  idBase: string; values: readonly string[]; table: Readonly<Record<string, Sector>>; onChange: (next: Record<string, Sector>) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <ul className="nc-values">{values.map((value, i) => (
      <li key={value}><label htmlFor={`${idBase}-sv${i}`}>{t('interop.mapping.valueMeans', { value })}</label>
        <select id={`${idBase}-sv${i}`} value={table[value] ?? ''}
          onChange={(e) => onChange(withChoice(table, value, e.target.value === '' ? undefined : (e.target.value as Sector)))}>
          <option value="">{t('interop.mapping.noSector')}</option>
          {SECTORS_B.map((s) => <option key={s} value={s}>{sectorLabel(s, lang, '')}</option>)}
        </select></li>
    ))}</ul>
  );
}

/** Each value with the ring it means (1 closest to the family; nothing chosen: the outer ring). */
export function RingValueTable({ idBase, values, table, onChange }: {
  idBase: string; values: readonly string[]; table: Readonly<Record<string, number>>; onChange: (next: Record<string, number>) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="nc-values">{values.map((value, i) => (
      <li key={value}><label htmlFor={`${idBase}-rv${i}`}>{t('interop.mapping.valueMeans', { value })}</label>
        <select id={`${idBase}-rv${i}`} value={String(table[value] ?? '')}
          onChange={(e) => onChange(withChoice(table, value, e.target.value === '' ? undefined : Number(e.target.value)))}>
          <option value="">{t('interop.mapping.ringOuter')}</option>
          {[1, 2, 3].map((n) => <option key={n} value={n}>{t('interop.mapping.ringNumber', { n })}</option>)}
        </select></li>
    ))}</ul>
  );
}
