export * from './enums.js';
export * from './machine.js';
export * from './pupil-identity.js';
export * as cpmsContracts from './schemas.js';
export { CPMS_CONTRACT_MAX, exchangeNameWarnings, type CpmsIndicator } from './schemas.js';
