import { describePagesClean } from './pages-clean.js';

describePagesClean({ name: 'a portrait tablet 1024×1366 (touch)', viewport: { width: 1024, height: 1366 }, touch: true });
