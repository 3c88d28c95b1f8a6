import { policies } from '../../../core/authz.js';

/** Who works in a CPMS (agents, directors): row-level security narrows to the pools of their centres. */
export const oncallReader = policies.anyRole('CPMS_AGENT', 'CPMS_DIRECTOR');
/** A CPMS's directors: the rota, its rules, swap decisions. */
export const oncallDirection = policies.anyRole('CPMS_DIRECTOR');
/** « Qui est d'astreinte ? »: the centres' staff and the switchboard (a SERVICE_ACCOUNT of a member CPMS). */
export const oncallSwitchboard = policies.anyRole('CPMS_AGENT', 'CPMS_DIRECTOR', 'SERVICE_ACCOUNT');
