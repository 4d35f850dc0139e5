import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseSnapshot } from '@netwerkkracht/core';
import type { EditorDoc } from '../editor/editor-doc.js';
import { MapDrawing } from '../editor/components/MapDrawing.js';
import { NetworkGives } from '../reading/NetworkGives.js';
import { today } from '../app/ids.js';
import { formatLocalDate } from '../app/local-date.js';
import { Legend } from '../editor/components/Legend.js';
import { useLanguage } from '../i18n/use-language.js';

/**
 * The one-page print-out for the family: the map and what the network gives. In the editor it is
 * hidden on screen and the print stylesheet shows only this; on the print page it stands alone.
 */
export function PrintSheet({ doc, egoName, standalone = false }: { doc: EditorDoc; egoName: string; standalone?: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const indicators = useMemo(() => analyseSnapshot(doc.snapshot, doc), [doc]);
  return (
    // Standalone (the print page the PDF is made from) it is the page itself, so not hidden.
    <div className={standalone ? 'print-sheet standalone' : 'print-sheet'} aria-hidden={standalone ? undefined : true} data-print-ready={standalone ? 'true' : undefined}>
      <h1>{t('print.title')}: {egoName}</h1>
      <p className="print-date">{t('print.date', { date: formatLocalDate(today(), lang) })}</p>
      <div className="print-map"><MapDrawing shape={doc} snapshot={doc.snapshot} egoName={egoName} title={`${t('print.title')}: ${egoName}`} /></div>
      <Legend open />
      <NetworkGives indicators={indicators} snapshot={doc.snapshot} caption={t('print.gives')} />
    </div>
  );
}
