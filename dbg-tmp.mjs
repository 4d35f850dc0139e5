import { readFileSync } from 'node:fs';
import { buildSurveyReport, parseSurveyCsv, GROUPING_COLUMNS } from './packages/core/dist/index.js';
const p = parseSurveyCsv(readFileSync('/tmp/sv-export.csv'));
for (const by of GROUPING_COLUMNS) { try { buildSurveyReport(p.responses, {by}); } catch (e) { console.log(by, e.message); } }
