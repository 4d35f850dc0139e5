#!/usr/bin/env node
// Entry point linked as `netwerkkracht`; the compiled CLI lives in ../dist (built by `npm install`).
import('../dist/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('netwerkkracht: the CLI is not built yet; run `npm install` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw error;
});
