export * from './report.js';
export * from './finish.js';
export * from './easynwk.js';
export * from './egor.js';
