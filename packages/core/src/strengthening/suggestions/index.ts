export * from './rule-ids.js';
export * from './suggestion-settings.js';
export * from './suggestion.js';
export * from './rule-options.js';
export * from './suggestion-rules.js';
export * from './suggest.js';
export * from './suggestion-messages.js';
export * from './accept-suggestion.js';
