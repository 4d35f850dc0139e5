import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error.js';
import { interop, type ChosenFile, type ImportPreview } from '../api/interop-endpoints.js';
import { ErrorNotice } from '../app/ErrorNotice.js';

/**
 * Import from another program on the case page: choose the file(s), see the preview with the
 * report (what was taken over, translated, left out; the people to check), then confirm. Nothing
 * is stored before the confirmation; the server checks consent and access again when storing.
 */
export function ImportPanel({ caseId, onImported }: { caseId: string; onImported: (mapId: string) => void }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), file: useId() };
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (list: FileList | null) => {
    setPreview(null);
    setError(null);
    setFiles(await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() }))));
  };
  const look = async () => {
    setBusy(true);
    setError(null);
    const result = await interop.preview(caseId, files);
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  };
  const store = async () => {
    setBusy(true);
    const result = await interop.store(caseId, files);
    setBusy(false);
    if (!result.ok) return setError(result.error);
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
          <input id={ids.file} type="file" multiple accept=".json,.csv,.graphml,.xml" onChange={(e) => { void choose(e.target.files); }} /></div>
        <button type="submit" disabled={busy || files.length === 0}>{t('interop.read')}</button>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {report ? (
        <div className="import-preview" role="status">
          <p><strong>{t('interop.summary', { maps: report.maps, snapshots: report.snapshots, alters: report.alters, ties: report.ties })}</strong></p>
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
