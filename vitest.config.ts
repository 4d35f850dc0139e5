import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Run tests against the TypeScript sources of the workspace packages, never a stale dist/.
    conditions: ['source'],
  },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.ts', 'packages/web/e2e/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
