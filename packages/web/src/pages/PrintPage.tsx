import { useTranslation } from 'react-i18next';
import { maps } from '../api/endpoints.js';
import { readLocalDraft } from '../maps/local-draft.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { useLoad } from '../app/use-load.js';
import { docFromMap } from '../editor/editor-doc.js';
import { workingVersion } from '../maps/working-version.js';
import { PrintSheet } from '../print/PrintSheet.js';

/**
 * The family's print-out of a map's working version as saved on the server, alone on the page.
 * The server opens this page in a headless browser to make the PDF. Without a connection
 * (issue 16) the device makes it: from the map kept for the visit with this device's edits on
 * top, printed (or saved as PDF) by the browser itself.
 */
export default function PrintPage({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const { loaded, reload } = useLoad(async () => {
    const result = await maps.get(mapId);
    if (!result.ok) return result;
    const draft = await readLocalDraft(mapId);
    return { ok: true as const, value: { map: draft ? draft.map : result.value.map } };
  }, [mapId], mapId);
  if (loaded.status === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <ErrorNotice error={loaded.error} onReload={reload} />;
  const { map } = loaded.value;
  return (
    <>
      {!navigator.onLine ? (
        <div className="device-print-bar">
          <p>{t('offline.print.note')}</p>
          <button type="button" className="primary" onClick={() => window.print()}>{t('offline.print.print')}</button>{' '}
          <button type="button" onClick={() => window.history.back()}>{t('offline.print.back')}</button>
        </div>
      ) : null}
      <PrintSheet doc={docFromMap(map, workingVersion(map, today()))} egoName={map.ego.name} standalone />
    </>
  );
}
