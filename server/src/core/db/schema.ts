// Every module's tables, for drizzle-kit and the typed database handle.
export * from '../../modules/identity/tables.js';
export * from '../../modules/identity/sign-in/tables.js';
export * from '../../modules/audit/tables.js';
export * from '../../modules/psad/tables.js';
export * from '../../modules/clas/tables.js';
export * from '../../modules/parcours/tables.js';
export * from '../../modules/notifications/tables.js';
export * from '../../modules/instances/tables.js';
export * from '../../modules/orientation/tables.js';
export * from '../../modules/orientation/workplan/tables.js';
export * from '../../modules/orientation/evaluation/tables.js';
export * from '../../modules/cpms/oncall/tables.js';
export * from '../../modules/cpms/contracts/tables.js';
export * from '../../modules/webhooks/tables.js';
