export * from './vocabulary.js';
export * from './sectors.js';
export * from './support-functions.js';
export * from './alter-fields.js';
export * from './snapshot-fields.js';
export * from './life-domains.js';
export * from './roles.js';
