// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Imports the pure domain core may never use: I/O, Node built-ins, databases, servers, React. */
const forbiddenInCore = [
  { group: ['node:*'], message: 'packages/core is pure: no Node built-ins (do I/O in server or cli).' },
  { group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'stream', 'worker_threads', 'url', 'process'], message: 'packages/core is pure: no Node built-ins.' },
  { group: ['react', 'react-*', 'react/*', '@vitejs/*', 'vite'], message: 'packages/core has no UI code.' },
  { group: ['kysely', 'kysely/*', 'better-sqlite3', 'pg', 'pg-*', 'fastify', 'fastify-*', '@fastify/*', 'undici', 'axios', 'node-fetch'], message: 'packages/core does no database or network I/O.' },
  { group: ['@netwerkkracht/server', '@netwerkkracht/web', '@netwerkkracht/cli'], message: 'Data flows one way: core depends on nothing of ours.' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    // interop-samples.ts: test-only, reads the shared sample files beside the repository.
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/test-support/interop-samples.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: forbiddenInCore }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'packages/core is pure: no process access.' },
        { name: 'fetch', message: 'packages/core does no network I/O.' },
        { name: 'require', message: 'packages/core uses ESM imports only.' },
        { name: 'localStorage', message: 'packages/core is pure.' },
        { name: 'document', message: 'packages/core has no DOM.' },
        { name: 'window', message: 'packages/core has no DOM.' },
        { name: 'Date', message: 'packages/core is deterministic: pass dates in (as ISO strings).' }],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['bench/**/*.js', '.ci/**/*.js', 'scripts/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
