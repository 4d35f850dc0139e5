#!/usr/bin/env node
// Writes docs/netwerkkaart-v<version>.schema.json from the zod schema of the map format, so the JSON
// Schema is never edited by hand. Run after a build (`npx tsc -b`): node scripts/generate-schema.js
// A test (packages/core/src/format/format.test.ts) fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { CURRENT_MAP_FORMAT_VERSION, mapFormatJsonSchema } from '@netwerkkracht/core';

const target = new URL(`../docs/netwerkkaart-v${CURRENT_MAP_FORMAT_VERSION}.schema.json`, import.meta.url);
writeFileSync(target, `${JSON.stringify(mapFormatJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
