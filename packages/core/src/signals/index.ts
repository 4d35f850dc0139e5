export * from './family-count.js';
export * from './seven-bs.js';
export * from './signal.js';
export * from './agenda.js';
