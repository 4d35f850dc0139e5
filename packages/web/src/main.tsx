// First: schemas made after this never probe eval (see zod-jitless.ts).
import './zod-jitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { initI18n } from './i18n/i18n.js';
import { removePlainTextEntries } from './device/device-storage.js';
import { purgeExpiredVisits } from './offline/visit-store.js';
import { registerWorker } from './offline/register-worker.js';
import { parseRoute } from './app/route.js';
import { preloadEditorModule } from './pages/editor-module.js';
import { preloadEditorData } from './pages/editor-preload.js';
import { primeSession } from './app/use-session.js';
import { ensureDeviceKey } from './device/device-key.js';
import './styles/app.css';
import './styles/map.css';
import './styles/print.css';
import './styles/coordination.css';
import './styles/plan.css';
import './styles/survey.css';

// Drafts left in plain text by an older version of the app are removed unread.
removePlainTextEntries();
// Cases taken on a visit past their date leave the device before anything opens (no key needed).
purgeExpiredVisits();
registerWorker();

// Who is signed in is asked at once. Opening a map's address: the editor's code is fetched while
// the session is checked, and the map's data as soon as the answer says someone is signed in.
const session = primeSession();
const opened = parseRoute(window.location.hash);
if (opened.page === 'map') {
  void preloadEditorModule();
  void session.then((result) => {
    if (!result.ok || !result.value || result.value.user.mustChangePassword) return;
    // The device key opens what this device kept of the map (asked once; the session hook finds it).
    ensureDeviceKey(result.value.user);
    preloadEditorData(opened.caseId, opened.mapId);
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
