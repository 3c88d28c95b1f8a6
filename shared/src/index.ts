export * from './identity/enums.js';
export * as identity from './identity/schemas.js';
export { pageSize, uuid, version } from './identity/schemas.js';
export * from './text.js';
export * from './psad/enums.js';
export * from './psad/case-machine.js';
export * as psad from './psad/schemas.js';
export * from './psad/flags.js';
