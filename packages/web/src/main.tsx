import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { initI18n } from './i18n/i18n.js';
import { removePlainTextEntries } from './device/device-storage.js';
import { purgeExpiredVisits } from './offline/visit-store.js';
import { registerWorker } from './offline/register-worker.js';
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
