import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress.js';

export default defineConfig({
  base: '/',
  // precompress: .br and .gz beside every text file of the build (served as they are).
  plugins: [react(), precompress()],
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
