import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema is made: zod then never probes `new Function`
 * (its fast path needs eval, which the page's Content-Security-Policy rightly forbids; the probe
 * is caught, but the browser still reports a CSP violation on every page load). Without eval zod
 * takes the same path it takes after a failed probe, so nothing else changes.
 */
z.config({ jitless: true });
