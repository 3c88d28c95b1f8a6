export * from './scopes.js';
export * from './keys.js';
export * from './webhook-events.js';
export * from './trusted-documents.js';
export * from './changes.js';
export * from './examples.js';
