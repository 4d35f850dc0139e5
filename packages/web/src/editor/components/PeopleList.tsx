import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectorCodesOf, type AlterId, type SectorCode } from '@netwerkkracht/core';
import type { EditorDoc } from '../editor-doc.js';
import type { EditorCommand } from '../editor-state.js';
import { useLanguage } from '../../i18n/use-language.js';
import { ringLabel, sectorLabel } from '../../i18n/vocab.js';
import { newId } from '../../app/ids.js';

/**
 * Everyone on the map as a list, and a form to add someone without pointing: the keyboard and
 * screen-reader way to the same actions as the map.
 */
export function PeopleList({ doc, run, onAdded }: { doc: EditorDoc; run: (command: EditorCommand) => void; onAdded?: (id: AlterId, name: string) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), name: useId(), sector: useId(), ring: useId() };
  const sectors = sectorCodesOf(doc.sectorScheme);
  const [name, setName] = useState('');
  const [sector, setSector] = useState<string>(sectors[0] ?? '');
  const [ring, setRing] = useState(2);
  const uncategorised = t('editor.uncategorised');
  const add = () => {
    if (name.trim() === '') return;
    const id = newId() as AlterId;
    run({ action: 'addPerson', input: { id, name: name.trim(), cell: { sector: (sector || null) as SectorCode | null, ring: Math.min(ring, doc.ringCount) } } });
    onAdded?.(id, name.trim());
    setName('');
  };
  return (
    <section className="people-list" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('people.title')} <small>({t('people.count', { count: doc.snapshot.alters.length })})</small></h2>
      {doc.snapshot.alters.length === 0 ? <p>{t('people.empty')}</p> : (
        <ul>
          {doc.snapshot.alters.map((a) => (
            <li key={a.id}>
              <button type="button" className="link" onClick={() => run({ action: 'select', input: { id: a.id } })}>{a.name}</button>
              <small> {sectorLabel(a.sector, lang, uncategorised)}, {ringLabel(a.ring, doc.ringCount, lang, (n) => t('editor.ring', { n }))}</small>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('people.quickAdd')}</h3>
      <form onSubmit={(e) => { e.preventDefault(); add(); }}>
        <div className="field"><label htmlFor={ids.name}>{t('people.name')}</label>
          <input id={ids.name} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} autoComplete="off" /></div>
        <div className="field"><label htmlFor={ids.sector}>{t('panel.sector')}</label>
          <select id={ids.sector} value={sector} onChange={(e) => setSector(e.target.value)}>
            {sectors.map((s) => <option key={s} value={s}>{sectorLabel(s, lang, uncategorised)}</option>)}
            <option value="">{uncategorised}</option>
          </select></div>
        <div className="field"><label htmlFor={ids.ring}>{t('panel.ring')}</label>
          <select id={ids.ring} value={ring} onChange={(e) => setRing(Number(e.target.value))}>
            {Array.from({ length: doc.ringCount }, (_, i) => <option key={i} value={i + 1}>{ringLabel(i + 1, doc.ringCount, lang, (n) => t('editor.ring', { n }))}</option>)}
          </select></div>
        <button type="submit" disabled={name.trim() === ''}>{t('people.add')}</button>
      </form>
    </section>
  );
}
