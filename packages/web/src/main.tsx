// First: schemas made after this never probe eval (see zod-jitless.ts).
import './zod-jitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { initI18n } from './i18n/i18n.js';
import { removePlainTextEntries } from './device/device-storage.js';
import './styles/app.css';
import './styles/map.css';
import './styles/print.css';
import './styles/plan.css';

// Drafts left in plain text by an older version of the app are removed unread.
removePlainTextEntries();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
