import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EgorColumnInfo, type EgorMapping, type EgorTemplate, type SupportDirection, type SupportFunction,
} from '@netwerkkracht/core';
import { RingValueTable, SectorValueTable, SupportChoice } from './value-tables.js';

type Ring = 1 | 2 | 3;
const RINGS: readonly Ring[] = [1, 2, 3];

/** Values that read as yes or no, so the column can mean a kind of support. */
const YES_NO = new Set(['true', 'false', 't', 'f', '1', '0', 'yes', 'no', 'y', 'n', 'ja', 'nee', 'j', 'oui', 'non', 'x']);

function ColumnSelect({ id, label, columns, value, noneLabel, onChange }: {
  id: string; label: string; columns: readonly EgorColumnInfo[]; value: string | undefined; noneLabel: string; onChange: (column: string | undefined) => void;
}) {
  return (
    <div className="field"><label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{noneLabel}</option>
        {columns.map((c) => <option key={c.name} value={c.name}>{c.name}</option>)}
      </select></div>
  );
}

/**
 * The mapping of three CSV files from another program (docs/interop.md, "Foreign files"), in the
 * way of NcMappingForm: the columns that link the rows, the names, the interview's date, the
 * sector and the ring (each value to one of ours, or numeric bands for a column of many numbers),
 * the yes/no columns that mean support, and which tie strength counts as "know each other".
 * Only the columns the files hold are offered (the server's template).
 */
export function EgorMappingForm({ template, mapping, onChange }: { template: EgorTemplate; mapping: EgorMapping; onChange: (next: EgorMapping) => void }) {
  const { t } = useTranslation();
  const base = useId();
  const none = t('interop.mapping.none');
  const alters = template.alters.columns;
  const column = (name: string | undefined) => alters.find((c) => c.name === name);
  const listed = alters.filter((c) => !c.more && c.values.length > 0);
  const set = (change: Partial<EgorMapping>) => onChange({ ...mapping, ...change });
  const put = <K extends keyof EgorMapping>(key: K, value: EgorMapping[K] | undefined) => {
    const copy = { ...mapping };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    onChange(copy);
  };
  const ids = mapping.ids ?? {};
  const setId = (key: keyof typeof ids, value: string | undefined) => {
    const next = { ...ids };
    if (value === undefined) delete next[key];
    else next[key] = value;
    set({ ids: next });
  };
  const sector = mapping.sector;
  const ring = mapping.ring;
  const ringColumn = column(ring?.column);
  const support = mapping.support ?? [];
  const yesNo = alters.filter((c) => !c.more && c.values.length > 0 && c.values.every((v) => YES_NO.has(v.toLowerCase())));
  const tieColumns = template.aaties.columns.filter((c) => c.numeric !== null);

  return (
    <fieldset className="nc-mapping egor-mapping">
      <legend>{t('importMapping.egor.title')}</legend>
      <p className="hint">{t('importMapping.egor.help')}</p>
      <fieldset>
        <legend>{t('importMapping.egor.ids')}</legend>
        <ColumnSelect id={`${base}-ego`} label={t('importMapping.egor.egoId')} columns={template.egos.columns} value={ids.ego} noneLabel={none} onChange={(v) => setId('ego', v)} />
        <ColumnSelect id={`${base}-alter`} label={t('importMapping.egor.alterId')} columns={alters} value={ids.alter} noneLabel={none} onChange={(v) => setId('alter', v)} />
        <ColumnSelect id={`${base}-source`} label={t('importMapping.egor.sourceId')} columns={template.aaties.columns} value={ids.source} noneLabel={none} onChange={(v) => setId('source', v)} />
        <ColumnSelect id={`${base}-target`} label={t('importMapping.egor.targetId')} columns={template.aaties.columns} value={ids.target} noneLabel={none} onChange={(v) => setId('target', v)} />
      </fieldset>
      <ColumnSelect id={`${base}-ego-name`} label={t('importMapping.egor.egoName')} columns={template.egos.columns} value={mapping.egoName} noneLabel={none} onChange={(v) => put('egoName', v)} />
      <ColumnSelect id={`${base}-date`} label={t('importMapping.egor.date')} columns={template.egos.columns} value={mapping.date} noneLabel={none} onChange={(v) => put('date', v)} />
      <ColumnSelect id={`${base}-name`} label={t('importMapping.egor.name')} columns={alters} value={mapping.name} noneLabel={none} onChange={(v) => put('name', v)} />

      <ColumnSelect id={`${base}-sector`} label={t('importMapping.egor.sector')} columns={listed} value={sector?.column} noneLabel={none}
        onChange={(v) => put('sector', v === undefined ? undefined : { column: v, values: {} })} />
      {sector ? (
        <SectorValueTable idBase={base} values={column(sector.column)?.values ?? []} table={sector.values} onChange={(next) => set({ sector: { column: sector.column, values: next } })} />
      ) : null}

      <div className="field"><label htmlFor={`${base}-ring`}>{t('importMapping.egor.ring')}</label>
        <select id={`${base}-ring`} value={ring?.column ?? ''} onChange={(e) => {
          const chosen = column(e.target.value);
          if (!chosen) put('ring', undefined);
          else if (chosen.more && chosen.numeric) set({ ring: { column: chosen.name, bands: [] } });
          else set({ ring: { column: chosen.name, values: {} } });
        }}>
          <option value="">{t('interop.mapping.ringOuter')}</option>
          {alters.filter((c) => (!c.more && c.values.length > 0) || c.numeric).map((c) => <option key={c.name} value={c.name}>{c.name}</option>)}
        </select></div>
      {ring && 'values' in ring ? (
        <RingValueTable idBase={base} values={ringColumn?.values ?? []} table={ring.values} onChange={(next) => set({ ring: { column: ring.column, values: next } })} />
      ) : null}
      {ring && 'bands' in ring ? (
        <>
          <p className="hint">{t('importMapping.egor.bandsHelp', { min: ringColumn?.numeric?.min ?? '', max: ringColumn?.numeric?.max ?? '' })}</p>
          <ul className="nc-values">{RINGS.map((n) => (
            <li key={n}><label htmlFor={`${base}-band${n}`}>{t('importMapping.egor.upTo', { n })}</label>
              <input id={`${base}-band${n}`} type="number" step="any" value={ring.bands.find((b) => b.ring === n)?.max ?? ''} onChange={(e) => {
                const others = ring.bands.filter((b) => b.ring !== n);
                const max = e.target.value === '' ? NaN : Number(e.target.value);
                set({ ring: { column: ring.column, bands: Number.isFinite(max) ? [...others, { max, ring: n }] : others } });
              }} /></li>
          ))}</ul>
        </>
      ) : null}

      {yesNo.length > 0 ? (
        <fieldset className="nc-support">
          <legend>{t('importMapping.egor.support')}</legend>
          <ul className="nc-values">{yesNo.map((c, i) => {
            const chosen = support.find((s) => s.column === c.name);
            const choose = (fn: string, direction: SupportDirection) => set({ support: [
              ...support.filter((s) => s.column !== c.name),
              ...(fn === '' ? [] : [{ column: c.name, function: fn as SupportFunction, direction }]),
            ] });
            return <SupportChoice key={c.name} id={`${base}-su${i}`} name={c.name} chosen={chosen} onChoose={choose} />;
          })}</ul>
        </fieldset>
      ) : null}

      {tieColumns.length > 0 ? (
        <>
          <ColumnSelect id={`${base}-tie`} label={t('importMapping.egor.tie')} columns={tieColumns} value={mapping.tie?.column} noneLabel={t('importMapping.egor.tieAll')}
            onChange={(v) => put('tie', v === undefined ? undefined : { column: v, min: template.aaties.columns.find((c) => c.name === v)?.numeric?.min ?? 0 })} />
          {mapping.tie ? (
            <div className="field"><label htmlFor={`${base}-tie-min`}>{t('importMapping.egor.tieMin')}</label>
              <input id={`${base}-tie-min`} type="number" step="any" value={mapping.tie.min}
                onChange={(e) => { if (mapping.tie && e.target.value !== '' && Number.isFinite(Number(e.target.value))) set({ tie: { column: mapping.tie.column, min: Number(e.target.value) } }); }} /></div>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
