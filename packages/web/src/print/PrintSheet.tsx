import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseSnapshot } from '@netwerkkracht/core';
import type { EditorDoc } from '../editor/editor-doc.js';
import { MapDrawing } from '../editor/components/MapDrawing.js';
import { NetworkGives } from '../reading/NetworkGives.js';
import { today } from '../cases/workspace-store.js';

/**
 * The one-page print-out for the family: the map and what the network gives. Hidden on screen;
 * the print stylesheet shows only this.
 */
export function PrintSheet({ doc, egoName }: { doc: EditorDoc; egoName: string }) {
  const { t } = useTranslation();
  const indicators = useMemo(() => analyseSnapshot(doc.snapshot, doc), [doc]);
  return (
    <div className="print-sheet" aria-hidden="true">
      <h1>{t('print.title')}: {egoName}</h1>
      <p className="print-date">{t('print.date', { date: today() })}</p>
      <div className="print-map"><MapDrawing shape={doc} snapshot={doc.snapshot} egoName={egoName} title={t('print.title')} /></div>
      <NetworkGives indicators={indicators} snapshot={doc.snapshot} caption={t('print.gives')} />
    </div>
  );
}
