import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMap } from '@netwerkkracht/core';
import { draftFile } from './local-draft.js';

interface Props {
  readonly onReapply: () => Promise<void>;
  readonly onDiscard: () => Promise<void>;
  /** The map with the local edits, for the download. */
  readonly current: () => NetworkMap;
  /** Whether the edits are also kept on this device (sealed), or only in the open page. */
  readonly onDevice: boolean;
}

/**
 * Someone else saved the map first. Nothing is thrown away without the user choosing it: they can
 * put their edits on the newest version, keep them as a file, or drop them for the newest version.
 */
export function ConflictNotice({ onReapply, onDiscard, current, onDevice }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = (step: () => Promise<void>) => () => {
    setBusy(true);
    void step().finally(() => setBusy(false));
  };
  const download = () => {
    const map = current();
    const url = URL.createObjectURL(draftFile(map));
    const link = document.createElement('a');
    link.href = url;
    link.download = `netwerkkaart-${map.id}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="error-notice conflict-notice" role="alert">
      <p><strong>{t('conflict.title')}</strong></p>
      <p>{t(onDevice ? 'conflict.text' : 'conflict.textPageOnly')}</p>
      <p className="actions">
        <button type="button" className="primary" disabled={busy} onClick={run(onReapply)}>{t('conflict.reapply')}</button>{' '}
        <button type="button" disabled={busy} onClick={download}>{t('conflict.download')}</button>{' '}
        <button type="button" className="quiet" disabled={busy} onClick={run(onDiscard)}>{t('conflict.discard')}</button>
      </p>
    </div>
  );
}
