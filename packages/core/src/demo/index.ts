export * from './demo-households.js';
