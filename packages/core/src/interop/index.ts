export * from './report.js';
export * from './finish.js';
export * from './easynwk.js';
export * from './egor.js';
export * from './graphml-read.js';
export * from './graphml-write.js';
export * from './messages.js';
export * from './import-files.js';
