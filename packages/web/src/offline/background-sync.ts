import { clearLocalDraft, readLocalDraft } from '../maps/local-draft.js';
import { pushEdits } from '../maps/push-edits.js';
import { casesWithPlanChanges, sendPlanChanges } from './plan-queue.js';
import { caseSynced, visitSynced } from './visit-store.js';

/**
 * When the connection comes back (issue 16): edits waiting on the device for a map that is not
 * open in an editor are sent as well (merged, as operations: ../maps/push-edits.ts), and so are
 * the plan changes waiting on the device (./plan-queue.ts). A map with a
 * real conflict stays waiting: the indicator says so, and opening it shows the conflict screen.
 * Only at the `online` event, never at start: an editor opened at start offers its edits itself.
 */
const openEditors = new Set<string>();

/** The editor of `mapId` sends its own edits while it is open. */
export function editorOpened(mapId: string): () => void {
  openEditors.add(mapId);
  return () => { openEditors.delete(mapId); };
}

function waitingMapIds(): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (name?.startsWith('netwerkkracht.draft.')) ids.push(name.slice('netwerkkracht.draft.'.length));
    }
  } catch {
    // Storage off: nothing waits.
  }
  return ids;
}

let running = false;

export async function sendWaitingEdits(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (const mapId of waitingMapIds()) {
      if (openEditors.has(mapId)) continue;
      const draft = await readLocalDraft(mapId);
      if (!draft?.base) continue;
      const outcome = await pushEdits({ base: draft.base, baseVersion: draft.baseVersion, mine: draft.map });
      if (outcome.status !== 'sent' || openEditors.has(mapId)) continue;
      await clearLocalDraft(mapId);
      await visitSynced(mapId);
    }
    // Plan changes go in order as the plan API's requests; a clash waits for the plan to be opened.
    for (const caseId of casesWithPlanChanges()) {
      if ((await sendPlanChanges(caseId)).status === 'sent') await caseSynced(caseId);
    }
  } finally {
    running = false;
  }
}

/** Listens for the connection coming back while someone is signed in; returns the way to stop. */
export function startBackgroundSync(): () => void {
  const back = () => { void sendWaitingEdits(); };
  window.addEventListener('online', back);
  return () => window.removeEventListener('online', back);
}
