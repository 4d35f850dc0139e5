import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker (vite-plugin-pwa, Workbox) once the page has loaded, so the app
 * opens without a connection next time. A new version takes over at once and the page reloads;
 * edits not yet sent are on the device (sealed drafts), so nothing waits only in memory.
 * Only where the browser allows workers (a secure context: https, or localhost).
 */
export function registerWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  registerSW({ immediate: true });
}
