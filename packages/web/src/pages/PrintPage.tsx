import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../app/local-date.js';
import { useLanguage } from '../i18n/use-language.js';
import { maps } from '../api/endpoints.js';
import { readLocalDraft } from '../maps/local-draft.js';
import { ErrorNotice } from '../app/ErrorNotice.js';
import { today } from '../app/ids.js';
import { useLoad } from '../app/use-load.js';
import { docFromMap } from '../editor/editor-doc.js';
import { workingVersion } from '../maps/working-version.js';
import { PrintSheet } from '../print/PrintSheet.js';
import { FamilyPlanView, loadFamilyPlan } from '../plan/FamilyPlanPage.js';

/**
 * The family's print-out of a map's working version as saved on the server, alone on the page.
 * The server opens this page in a headless browser to make the PDF. Without a connection
 * (issue 16) the device makes it: from the map kept for the visit with this device's edits on
 * top, printed (or saved as PDF) by the browser itself.
 */
export default function PrintPage({ mapId, planOf = null }: { mapId: string; planOf?: string | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // With `planOf` (the case) the family's plan follows the map; the page is ready when both are there.
  const { loaded, reload } = useLoad(async () => {
    const [map, plan] = await Promise.all([maps.get(mapId), planOf ? loadFamilyPlan(planOf) : Promise.resolve(null)]);
    if (!map.ok) return map;
    if (plan && !plan.ok) return plan;
    // This device's edits not yet on the server are part of the print-out (offline, issue 16).
    const draft = await readLocalDraft(mapId);
    return { ok: true as const, value: { map: draft ? draft.map : map.value.map, familyPlan: plan?.value ?? null } };
  }, [mapId, planOf], mapId);
  const ego = loaded.status === 'ready' ? loaded.value.map.ego.name : null;
  // The PDF takes its title from the page: what it is, whose, and when, in the reader's language.
  useEffect(() => {
    if (ego !== null) document.title = `${t('print.title')}: ${ego}, ${formatLocalDate(today(), lang)}`;
  }, [ego, t, lang]);
  if (loaded.status === 'loading') return <p>{t('app.loading')}</p>;
  if (loaded.status === 'failed') return <ErrorNotice error={loaded.error} onReload={reload} />;
  const { map, familyPlan } = loaded.value;
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
      {familyPlan && planOf ? <FamilyPlanView caseId={planOf} {...familyPlan} inPrintOut /> : null}
    </>
  );
}
