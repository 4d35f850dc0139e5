import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onDeviceStorageChange, waitingDraftCount } from '../device/device-storage.js';

/** The browser's own view of the connection, followed through its online/offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** How many maps have edits on this device that the server does not have yet. */
export function useWaitingCount(): number {
  const [count, setCount] = useState(waitingDraftCount);
  useEffect(() => onDeviceStorageChange(() => setCount(waitingDraftCount())), []);
  return count;
}

/**
 * The calm indicator in the header (issue 16): offline, changes waiting, or synced. A status
 * region, so a screen reader hears the change without losing its place; no alarm colours.
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const online = useOnline();
  const waiting = useWaitingCount();
  const state = !online ? (waiting > 0 ? 'offlineWaiting' : 'offline') : waiting > 0 ? 'waiting' : 'synced';
  return (
    <span className={`sync-indicator sync-${state}`} role="status" data-sync-state={state} title={t(`offline.indicator.${state}`)}>
      <span aria-hidden="true" className="sync-dot" />
      <span className="sync-text">{t(`offline.indicator.${state}`)}</span>
    </span>
  );
}
