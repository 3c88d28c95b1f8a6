export * from './enums.js';
export * from './reference-machine.js';
export * from './synthese.js';
export * from './capabilities.js';
export * from './labels.js';
export * as parcoursSchemas from './schemas.js';
