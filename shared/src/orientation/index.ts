export * from './enums.js';
export * as orientation from './schemas.js';
