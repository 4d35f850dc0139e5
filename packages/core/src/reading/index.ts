export * from './observations.js';
export * from './observe-snapshot.js';
export * from './observe-comparison.js';
export * from './reading-messages.js';
export * from './render.js';
export * from './read-snapshot.js';
export * from './four-needs.js';
