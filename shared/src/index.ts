export * from './identity/enums.js';
export * as identity from './identity/schemas.js';
export { pageSize, uuid, version } from './identity/schemas.js';
export * from './text.js';
