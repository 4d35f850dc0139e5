import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NcMapping, type NcTemplate, type SupportDirection, type SupportFunction,
} from '@netwerkkracht/core';
import { RingValueTable, SectorValueTable, SupportChoice } from './value-tables.js';

/** Layout variables come as `<v>_X`/`<v>_Y` (GraphML) or `<v>_x`/`<v>_y` (CSV): the `<v>`s. */
function layoutNames(variables: readonly string[]): string[] {
  return variables.filter((v) => /_[Xx]$/.test(v) && variables.includes(v.replace(/_X$/, '_Y').replace(/_x$/, '_y'))).map((v) => v.slice(0, -2));
}

/**
 * The Network Canvas mapping as choices (docs/interop.md, "Network Canvas"): which node type are
 * the people, which variable is the name, the sector and the ring (each value of the variable, or
 * each option of a categorical exported as one yes/no variable per option, to one of ours), which
 * yes/no variables mean support, which edge types mean "know each other", and whether the sessions
 * of one case make one map. Only what the file holds is offered (the server's template).
 */
export function NcMappingForm({ template, mapping, onChange }: { template: NcTemplate; mapping: NcMapping; onChange: (next: NcMapping) => void }) {
  const { t } = useTranslation();
  const base = useId();
  const nodeType = template.nodeTypes.find((n) => n.name === mapping.nodeType) ?? template.nodeTypes[0];
  const variables = nodeType?.variables ?? [];
  const values = nodeType?.values ?? {};
  const listed = variables.filter((v) => values[v] !== undefined);
  const categoricals = nodeType?.categoricals ?? [];
  const optionsOf = (name: string) => categoricals.find((c) => c.name === name)?.options ?? [];
  const layouts = layoutNames(variables);
  const ring = mapping.ring;
  const ringChoice = ring === undefined ? '' : 'layout' in ring ? `layout:${ring.layout}` : 'categorical' in ring ? `categorical:${ring.categorical}` : `variable:${ring.variable}`;
  const sector = mapping.sector;
  // A plain variable keeps its own name as the choice; a categorical is `categorical:<name>`.
  const sectorChoice = sector === undefined ? '' : 'categorical' in sector ? `categorical:${sector.categorical}` : sector.variable;
  const sectorValues = sector === undefined ? [] : 'categorical' in sector ? optionsOf(sector.categorical) : (values[sector.variable] ?? []);
  const support = mapping.support ?? [];
  const ties = mapping.tieEdgeTypes ?? [];
  const yesNo = listed.filter((v) => (values[v] ?? []).every((x) => ['true', 'false', '1', '0'].includes(x)));
  const set = (change: Partial<NcMapping>) => onChange({ ...mapping, ...change });
  const withoutKey = <K extends keyof NcMapping>(key: K): NcMapping => {
    const copy = { ...mapping };
    delete copy[key];
    return copy;
  };

  return (
    <fieldset className="nc-mapping">
      <legend>{t('interop.mapping.title')}</legend>
      <p className="hint">{t('interop.mapping.help')}</p>
      <div className="field"><label htmlFor={`${base}-type`}>{t('interop.mapping.nodeType')}</label>
        <select id={`${base}-type`} value={nodeType?.name ?? ''} onChange={(e) => onChange({ nodeType: e.target.value, support: [], tieEdgeTypes: ties, ...(mapping.mapPer ? { mapPer: mapping.mapPer } : {}) })}>
          {template.nodeTypes.map((n) => <option key={n.name} value={n.name}>{t('interop.mapping.nodeTypeOption', { name: n.name, count: n.count })}</option>)}
        </select></div>
      <div className="field"><label htmlFor={`${base}-name`}>{t('interop.mapping.name')}</label>
        <select id={`${base}-name`} value={mapping.name ?? ''} onChange={(e) => (e.target.value === '' ? onChange(withoutKey('name')) : set({ name: e.target.value }))}>
          <option value="">{t('interop.mapping.none')}</option>
          {variables.map((v) => <option key={v} value={v}>{v}</option>)}
        </select></div>

      <div className="field"><label htmlFor={`${base}-sector`}>{t('interop.mapping.sector')}</label>
        <select id={`${base}-sector`} value={sectorChoice}
          onChange={(e) => {
            const value = e.target.value;
            if (value === '') onChange(withoutKey('sector'));
            else if (!listed.includes(value) && value.startsWith('categorical:')) set({ sector: { categorical: value.slice('categorical:'.length), values: {} } });
            else set({ sector: { variable: value, values: {} } });
          }}>
          <option value="">{t('interop.mapping.none')}</option>
          {listed.map((v) => <option key={v} value={v}>{v}</option>)}
          {categoricals.map((c) => <option key={`c${c.name}`} value={`categorical:${c.name}`}>{t('importMapping.categorical', { name: c.name, count: c.options.length })}</option>)}
        </select></div>
      {sector ? (
        <SectorValueTable idBase={base} values={sectorValues} table={sector.values} onChange={(next) => set({ sector: { ...sector, values: next } })} />
      ) : null}

      <div className="field"><label htmlFor={`${base}-ring`}>{t('interop.mapping.ring')}</label>
        <select id={`${base}-ring`} value={ringChoice} onChange={(e) => {
          const [kind, name = ''] = e.target.value.split(/:(.*)/s);
          if (kind === 'layout') set({ ring: { layout: name } });
          else if (kind === 'categorical') set({ ring: { categorical: name, values: {} } });
          else if (kind === 'variable') set({ ring: { variable: name, values: {} } });
          else onChange(withoutKey('ring'));
        }}>
          <option value="">{t('interop.mapping.ringOuter')}</option>
          {listed.map((v) => <option key={`v${v}`} value={`variable:${v}`}>{v}</option>)}
          {categoricals.map((c) => <option key={`c${c.name}`} value={`categorical:${c.name}`}>{t('importMapping.categorical', { name: c.name, count: c.options.length })}</option>)}
          {layouts.map((v) => <option key={`l${v}`} value={`layout:${v}`}>{t('interop.mapping.ringLayout', { name: v })}</option>)}
        </select></div>
      {ring && !('layout' in ring) ? (
        <RingValueTable idBase={base} values={'categorical' in ring ? optionsOf(ring.categorical) : (values[ring.variable] ?? [])} table={ring.values}
          onChange={(next) => set({ ring: { ...ring, values: next } })} />
      ) : null}

      {yesNo.length > 0 ? (
        <fieldset className="nc-support">
          <legend>{t('interop.mapping.support')}</legend>
          <ul className="nc-values">{yesNo.map((v, i) => {
            const chosen = support.find((s) => s.variable === v);
            const put = (fn: string, direction: SupportDirection) => set({ support: [
              ...support.filter((s) => s.variable !== v),
              ...(fn === '' ? [] : [{ variable: v, function: fn as SupportFunction, direction }]),
            ] });
            return <SupportChoice key={v} id={`${base}-su${i}`} name={v} chosen={chosen} onChoose={put} />;
          })}</ul>
        </fieldset>
      ) : null}

      {template.edgeTypes.length > 0 ? (
        <fieldset className="nc-ties">
          <legend>{t('interop.mapping.ties')}</legend>
          {template.edgeTypes.map((edge, i) => (
            <div key={edge.name} className="check">
              <input id={`${base}-e${i}`} type="checkbox" checked={ties.includes(edge.name)}
                onChange={(e) => set({ tieEdgeTypes: e.target.checked ? [...ties, edge.name] : ties.filter((x) => x !== edge.name) })} />
              <label htmlFor={`${base}-e${i}`}>{t('interop.mapping.edgeOption', { name: edge.name, count: edge.count })}</label>
            </div>
          ))}
        </fieldset>
      ) : null}

      <div className="check">
        <input id={`${base}-per-case`} type="checkbox" checked={mapping.mapPer === 'case'}
          onChange={(e) => set({ mapPer: e.target.checked ? 'case' : 'session' })} />
        <label htmlFor={`${base}-per-case`}>{t('importMapping.mapPer')}</label>
      </div>
    </fieldset>
  );
}
