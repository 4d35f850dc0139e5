import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress.js';

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    // .br and .gz beside every text file of the build (served as they are).
    precompress(),
    // The installable app (issue 16, docs/offline.md): Workbox precaches the shell (html, scripts
    // with the translations and pictograms, styles, icons) so the app opens without a connection.
    // Nothing of /api is ever cached by the worker: what the app keeps of families lives only in
    // the sealed device storage (src/offline/). A new worker takes over at once (autoUpdate); the
    // page then reloads, and edits waiting on the device are read back from there.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      filename: 'sw.js',
      includeAssets: ['icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Netwerkkracht',
        short_name: 'Netwerkkracht',
        description: 'Samen het sociale netwerk van een gezin in kaart brengen, ook op huisbezoek zonder verbinding.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f5f6b',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        skipWaiting: true,
        clientsClaim: true,
        runtimeCaching: [],
      },
    }),
  ],
  resolve: {
    // Build @netwerkkracht/core from its TypeScript sources, never a stale dist/.
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The core is pure (a lint rule keeps it free of I/O and globals), so a core module whose
      // exports the app does not use (the initiative catalogue, plan rules...) can be left out.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id) },
      output: {
        // zod and the module that turns its eval probe off share one chunk, which every chunk that
        // makes schemas imports: the setting is in place before the first schema is made.
        codeSplitting: { groups: [{ name: 'schemas', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]zod-jitless\.ts$/ }] },
      },
    },
  },
  server: {
    // The API runs on the Fastify server; in development the app talks to it through this proxy.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
