export * from './ids.js';
export * from './network-map.js';
export * from './case.js';
export * from './name-text.js';
