export * from './barriers/index.js';
export * from './sociale-kaart/index.js';
export * from './suggestions/index.js';
