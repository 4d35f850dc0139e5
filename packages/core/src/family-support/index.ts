export * from './kansarmoede.js';
export * from './basic-rights.js';
export * from './rights-measurement.js';
export * from './rights-explorer.js';
export * from './rights-explorer-csv.js';
export * from './doelenplan.js';
