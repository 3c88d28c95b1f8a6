import { organisationsWithRole } from '../../../core/auth/actor.js';
import { policies } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';

/** Who opens the contracts: the centres, the heads of their schools, the zone's DCO (row-level security narrows). */
export const cpmsContractReader = policies.anyRole('CPMS_DIRECTOR', 'CPMS_AGENT', 'SCHOOL_HEAD', 'DCO');
/** Who writes the contracts and the objectives contracts: a centre's director. */
export const cpmsDirector = policies.anyRole('CPMS_DIRECTOR');
/** Who writes a plan de pilotage: the school's head. */
export const cpmsSchoolHead = policies.anyRole('SCHOOL_HEAD');
/** Who signs: a centre's director (for the centre), a school's head (for the school). */
export const cpmsSignatory = policies.anyRole('CPMS_DIRECTOR', 'SCHOOL_HEAD');
/** Who writes in the exchange log: the centre's staff and the school's head. */
export const cpmsExchangeWriter = policies.anyRole('CPMS_DIRECTOR', 'CPMS_AGENT', 'SCHOOL_HEAD');
/** Who schedules a concertation: the centre's staff. */
export const cpmsStaff = policies.anyRole('CPMS_DIRECTOR', 'CPMS_AGENT');

const holds = (ctx: RequestContext, role: 'CPMS_DIRECTOR' | 'CPMS_AGENT' | 'SCHOOL_HEAD', orgId: string) =>
  !!ctx.actor && organisationsWithRole(ctx.actor, role).includes(orgId);

export const directsCentre = (ctx: RequestContext, cpmsId: string) => holds(ctx, 'CPMS_DIRECTOR', cpmsId);
export const worksAtCentre = (ctx: RequestContext, cpmsId: string) =>
  holds(ctx, 'CPMS_DIRECTOR', cpmsId) || holds(ctx, 'CPMS_AGENT', cpmsId);
export const headsSchool = (ctx: RequestContext, schoolId: string) => holds(ctx, 'SCHOOL_HEAD', schoolId);
export const directedCentreIds = (ctx: RequestContext) =>
  ctx.actor ? organisationsWithRole(ctx.actor, 'CPMS_DIRECTOR') : [];
