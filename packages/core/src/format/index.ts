export * from './issues.js';
export * from './document.js';
export * from './migrations.js';
export * from './check.js';
export * from './parse.js';
export * from './json-position.js';
export * from './limits.js';
