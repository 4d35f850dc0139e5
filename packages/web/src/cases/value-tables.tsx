import { useTranslation } from 'react-i18next';
import { DIRECTION_VOCABULARY, SECTORS_B, SUPPORT_FUNCTION_VOCABULARY, type SupportDirection, type SupportFunction } from '@netwerkkracht/core';
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

/**
 * One yes/no item of a file (a column or a variable) and the support it means: the function, and
 * once one is chosen, its direction. `onChoose('')` drops the choice.
 */
export function SupportChoice({ id, name, chosen, onChoose }: {
  id: string; name: string; chosen: { readonly function: SupportFunction; readonly direction: SupportDirection } | undefined;
  onChoose: (fn: SupportFunction | '', direction: SupportDirection) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <li>
      <label htmlFor={id}>{t('interop.mapping.supportYes', { name })}</label>
      <select id={id} value={chosen?.function ?? ''} onChange={(e) => onChoose(e.target.value as SupportFunction | '', chosen?.direction ?? 'ontvangt')}>
        <option value="">{t('interop.mapping.noSupport')}</option>
        {SUPPORT_FUNCTION_VOCABULARY.map((f) => <option key={f.code} value={f.code}>{f.labels[lang]}</option>)}
      </select>
      {chosen ? (
        <select aria-label={t('interop.mapping.direction', { name })} value={chosen.direction} onChange={(e) => onChoose(chosen.function, e.target.value as SupportDirection)}>
          {DIRECTION_VOCABULARY.map((d) => <option key={d.code} value={d.code}>{d.labels[lang]}</option>)}
        </select>
      ) : null}
    </li>
  );
}
