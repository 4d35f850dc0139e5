export * from './barrier-vocabulary.js';
export * from './barrier-record.js';
