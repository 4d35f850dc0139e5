import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COST_CODES, COST_VOCABULARY, labelOf, LIFE_DOMAIN_VOCABULARY, LIFE_DOMAINS, SUPPORT_FUNCTIONS, WORKING_MODEL_CODES, workingModel,
  type CostCode, type LocalService, type LocalServiceInput,
} from '@netwerkkracht/core';
import { functionLabel } from '../i18n/vocab.js';
import { useLanguage } from '../i18n/use-language.js';

export type ServiceFields = Omit<LocalServiceInput, 'id'>;

function Checks<T extends string>({ legend, codes, chosen, label, onChange }: {
  legend: string; codes: readonly T[]; chosen: readonly T[]; label: (code: T) => string; onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      {codes.map((c) => (
        <label key={c} className="check"><input type="checkbox" checked={chosen.includes(c)}
          onChange={(e) => onChange(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))} /> {label(c)}</label>
      ))}
    </fieldset>
  );
}

/** A local service as the beheerder adds or changes it; the server checks every field again. */
export function ServiceForm({ initial, busy, onSave, onCancel }: { initial: LocalService | null; busy: boolean; onSave: (fields: ServiceFields) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { heading: useId(), name: useId(), organisation: useId(), region: useId(), contact: useId(), cost: useId(), accessibility: useId(), target: useId() };
  const [name, setName] = useState(initial?.name ?? '');
  const [organisation, setOrganisation] = useState(initial?.organisation ?? '');
  const [region, setRegion] = useState(initial?.region ?? '');
  const [contact, setContact] = useState(initial?.contact ?? '');
  const [cost, setCost] = useState<CostCode>(initial?.cost ?? 'onbekend');
  const [accessibility, setAccessibility] = useState(initial?.accessibility ?? '');
  const [targetGroup, setTargetGroup] = useState(initial?.targetGroup ?? '');
  const [functions, setFunctions] = useState([...(initial?.supportFunctions ?? [])]);
  const [domains, setDomains] = useState([...(initial?.domains ?? [])]);
  const [models, setModels] = useState([...(initial?.models ?? [])]);
  const [online, setOnline] = useState(initial?.online ?? false);
  const field = (id: string, label: string, value: string, set: (v: string) => void, max: number) => (
    <div className="field"><label htmlFor={id}>{label}</label><input id={id} type="text" value={value} maxLength={max} onChange={(e) => set(e.target.value)} /></div>
  );
  return (
    <form className="stack-form service-form" aria-labelledby={ids.heading}
      onSubmit={(e) => { e.preventDefault(); onSave({ name, organisation, region, contact, cost, accessibility, targetGroup, supportFunctions: functions, domains, models, online }); }}>
      <h2 id={ids.heading}>{initial ? t('socialMap.edit', { name: initial.name }) : t('socialMap.add')}</h2>
      {field(ids.name, t('socialMap.name'), name, setName, 200)}
      {field(ids.organisation, t('socialMap.organisation'), organisation, setOrganisation, 200)}
      {field(ids.region, t('socialMap.region'), region, setRegion, 120)}
      {field(ids.contact, t('socialMap.contact'), contact, setContact, 500)}
      <div className="field"><label htmlFor={ids.cost}>{t('socialMap.cost')}</label>
        <select id={ids.cost} value={cost} onChange={(e) => setCost(e.target.value as CostCode)}>
          {COST_CODES.map((c) => <option key={c} value={c}>{labelOf(COST_VOCABULARY, c, lang)}</option>)}
        </select></div>
      {field(ids.accessibility, t('socialMap.accessibility'), accessibility, setAccessibility, 1000)}
      {field(ids.target, t('socialMap.targetGroup'), targetGroup, setTargetGroup, 500)}
      <Checks legend={t('socialMap.functions')} codes={SUPPORT_FUNCTIONS} chosen={functions} label={(f) => functionLabel(f, lang)} onChange={setFunctions} />
      <Checks legend={t('socialMap.domains')} codes={LIFE_DOMAINS} chosen={domains} label={(d) => labelOf(LIFE_DOMAIN_VOCABULARY, d, lang)} onChange={setDomains} />
      <Checks legend={t('socialMap.models')} codes={WORKING_MODEL_CODES} chosen={models} label={(m) => workingModel(m).labels[lang]} onChange={setModels} />
      <label className="check"><input type="checkbox" checked={online} onChange={(e) => setOnline(e.target.checked)} /> {t('socialMap.online')}</label>
      <p>
        <button type="submit" className="primary" disabled={busy || name.trim() === '' || region.trim() === ''}>{t('socialMap.save')}</button>{' '}
        <button type="button" onClick={onCancel}>{t('socialMap.cancel')}</button>
      </p>
    </form>
  );
}
