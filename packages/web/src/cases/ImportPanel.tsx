import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EgorMapping, EgorTemplate, ImportMappingInput, NcMapping, NcTemplate } from '@netwerkkracht/core';
import type { ApiError } from '../api/api-error.js';
import { interop, readChosenFile, type ChosenFile, type ImportPreview } from '../api/interop-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { EgorMappingForm } from './EgorMappingForm.js';
import { NcMappingForm } from './NcMappingForm.js';
import { saveMapping, startingMapping } from './nc-mapping-store.js';

/**
 * Import from another program on the case page: choose the file(s) or a zip, see the preview with
 * the report (what was taken over, translated, left out; the people to check), then confirm.
 * Network Canvas files first show what they hold as choices (NcMappingForm, the mapping saved per
 * protocol and offered again), then the preview with that mapping; so do three CSV files of another
 * program (EgorMappingForm; our own export needs no choices). Nothing is stored before the
 * confirmation; the server checks consent and access again when storing.
 */
export function ImportPanel({ caseId, onImported }: { caseId: string; onImported: (mapId: string) => void }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), file: useId() };
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [nc, setNc] = useState<{ template: NcTemplate; mapping: NcMapping; saved: boolean } | null>(null);
  const [egor, setEgor] = useState<{ template: EgorTemplate; mapping: EgorMapping } | null>(null);
  const mapping: ImportMappingInput | undefined = nc ? { nc: nc.mapping } : egor ? { egor: egor.mapping } : undefined;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (list: FileList | null) => {
    setPreview(null);
    setNc(null);
    setEgor(null);
    setError(null);
    setFiles(await Promise.all([...(list ?? [])].map(readChosenFile)));
  };
  const showPreview = async (chosen: ImportMappingInput | undefined) => {
    const result = await interop.preview(caseId, files, chosen);
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  };
  const look = async () => {
    setBusy(true);
    setError(null);
    setPreview(null);
    const template = await interop.template(caseId, files);
    if (!template.ok) setError(template.error);
    else if (template.value.needed && template.value.format === 'egor') setEgor({ template: template.value.template, mapping: template.value.template.mapping });
    else if (template.value.needed) setNc({ template: template.value.template, ...(await startingMapping(template.value.template)) });
    else await showPreview(undefined);
    setBusy(false);
  };
  const lookWithMapping = async () => {
    if (!mapping) return;
    setBusy(true);
    setError(null);
    await showPreview(mapping);
    setBusy(false);
  };
  const store = async () => {
    setBusy(true);
    const result = await interop.store(caseId, files, mapping);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (nc) await saveMapping(nc.template, nc.mapping);
    const first = result.value.maps[0];
    if (first) onImported(first.map.id);
  };

  const report = preview?.report;
  return (
    <section aria-labelledby={ids.heading} className="import-panel">
      <h3 id={ids.heading}>{t('interop.title')}</h3>
      <p className="hint">{t('interop.help')}</p>
      <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void look(); }}>
        <div className="field"><label htmlFor={ids.file}>{t('interop.file')}</label>
          <input id={ids.file} type="file" multiple accept=".json,.csv,.graphml,.xml,.zip" onChange={(e) => { void choose(e.target.files); }} /></div>
        <button type="submit" disabled={busy || files.length === 0}>{t('interop.read')}</button>
      </form>
      {nc ? (
        <form className="nc-mapping-form" onSubmit={(e) => { e.preventDefault(); void lookWithMapping(); }}>
          {nc.saved ? <p className="notice" role="status">{t('interop.mapping.saved')}</p> : null}
          <NcMappingForm template={nc.template} mapping={nc.mapping} onChange={(mapping) => { setPreview(null); setNc({ ...nc, mapping }); }} />
          <button type="submit" disabled={busy}>{t('interop.mapping.read')}</button>
        </form>
      ) : null}
      {egor ? (
        <form className="nc-mapping-form" onSubmit={(e) => { e.preventDefault(); void lookWithMapping(); }}>
          <EgorMappingForm template={egor.template} mapping={egor.mapping} onChange={(next) => { setPreview(null); setEgor({ ...egor, mapping: next }); }} />
          <button type="submit" disabled={busy}>{t('interop.mapping.read')}</button>
        </form>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {report ? (
        <div className="import-preview" role="status">
          <p><strong>{t('interop.summary', { maps: t('interop.counts.maps', { count: report.maps }), snapshots: t('interop.counts.snapshots', { count: report.snapshots }), alters: t('interop.counts.alters', { count: report.alters }), ties: t('interop.counts.ties', { count: report.ties }) })}</strong></p>
          {report.people.length > 0 ? (
            <>
              <h4>{t('interop.lookAt')}</h4>
              <ul>{report.people.map((p, i) => <li key={i}>{p.name}: {t(`interop.people.${p.kind}`)}</li>)}</ul>
            </>
          ) : null}
          <details>
            <summary>{t('interop.fields')}</summary>
            <ul>{report.fields.map((f, i) => (
              <li key={i}>{t(`interop.outcome.${f.outcome}`)}: {f.source}{f.target ? ` → ${f.target}` : ''}{f.rule ? ` (${f.rule})` : ''} × {f.count}</li>
            ))}</ul>
          </details>
          <button type="button" className="primary" disabled={busy} onClick={() => { void store(); }}>{t('interop.confirm')}</button>
          <button type="button" disabled={busy} onClick={() => setPreview(null)}>{t('interop.cancel')}</button>
        </div>
      ) : null}
    </section>
  );
}
