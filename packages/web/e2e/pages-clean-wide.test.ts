import { describePagesClean } from './pages-clean.js';

describePagesClean({ name: '1366×768', viewport: { width: 1366, height: 768 }, touch: false });
