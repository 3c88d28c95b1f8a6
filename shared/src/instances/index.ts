export * from './enums.js';
export * from './labels.js';
export * as instances from './schemas.js';
export type { DecideSituationInput, ScheduleMeetingInput, UpdateMeetingInput } from './schemas.js';
export * as tools from './tools.js';
export { TOOLS_MAX, type OfferValues } from './tools.js';
