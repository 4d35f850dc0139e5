export * from './months.js';
export * from './casusoverleg.js';
export * from './caseload.js';
export * from './contact-log.js';
