export * from './enums.js';
export * from './config.js';
export * from './eligibility.js';
export * from './funding.js';
export * from './machine.js';
export * from './labels.js';
export * as clasSchemas from './schemas.js';
export type {
  ClasGroupInput,
  ClasProjectContent,
  ClasProjectContentInput,
  Accompagnateur,
  WeeklySession,
} from './schemas.js';
