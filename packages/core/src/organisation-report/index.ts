export * from './summary.js';
export * from './report.js';
