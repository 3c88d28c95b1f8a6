import DataLoader from 'dataloader';
import { isWorkPlanActionLate } from '@maillage/shared';
import { guard, readById } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { orientationCios, type OrientationCioRow } from '../cios.service.js';
import { directedCioIds, readableCioIds } from '../policy.js';
import { orientationDirection, orientationReader, orientationStaff } from '../policy.js';
import * as plans from './service.js';

/** The CIOs the caller reads, by id, once per request. */
function cioOf(ctx: RequestContext, id: string): Promise<OrientationCioRow | null> {
  return ctx
    .loader(
      'workPlanCios',
      () =>
        new DataLoader<string, OrientationCioRow | null>(async (ids) => {
          const cios = await orientationCios(ctx);
          return ids.map((i) => cios.find((c) => c.id === i) ?? null);
        }),
    )
    .load(id);
}

export const workPlanResolvers = {
  Query: {
    workPlans: guard(orientationReader, (args, ctx) => plans.listWorkPlans(ctx, args.cioId)),
    workPlan: guard(
      orientationReader,
      readById({ action: 'work_plan.read', subjectType: 'work_plan' }, (args, ctx) => plans.getWorkPlan(ctx, args.id)),
    ),
  },
  Mutation: {
    createWorkPlan: guard(orientationDirection, (args, ctx) => plans.createWorkPlan(ctx, args.input)),
    updateWorkPlan: guard(orientationDirection, (args, ctx) => plans.updateWorkPlan(ctx, args.input)),
    createWorkPlanAction: guard(orientationDirection, (args, ctx) => plans.createWorkPlanAction(ctx, args.input)),
    updateWorkPlanAction: guard(orientationDirection, (args, ctx) => plans.updateWorkPlanAction(ctx, args.input)),
    deleteWorkPlan: guard(orientationDirection, (args, ctx) => plans.deleteWorkPlan(ctx, args.input)),
    deleteWorkPlanAction: guard(orientationDirection, (args, ctx) => plans.deleteWorkPlanAction(ctx, args.input)),
    setWorkPlanActionStatus: guard(orientationStaff, (args, ctx) => plans.setWorkPlanActionStatus(ctx, args.input)),
    addWorkPlanComment: guard(orientationStaff, (args, ctx) => plans.addWorkPlanComment(ctx, args.input)),
  },
  WorkPlan: {
    cio: async (p, _a, ctx) => (await cioOf(ctx, p.cioId)) ?? { id: p.cioId, name: '—', canDirect: false },
    startMonth: (p) => plans.toMonth(p.startMonth),
    endMonth: (p) => plans.toMonth(p.endMonth),
    state: (p, _a, ctx) => plans.planState(p, plans.todayOf(ctx)),
    canEdit: async (p, _a, ctx) => (await directedCioIds(ctx)).includes(p.cioId),
    actions: (p, _a, ctx) => plans.actionsOfPlan(ctx, p.id),
    completion: async (p, _a, ctx) =>
      plans.completionOf(await plans.actionsOfPlan(ctx, p.id), plans.todayOf(ctx), p.id),
  },
  WorkPlanCompletion: {
    aFaire: (c) => c.A_FAIRE,
    enCours: (c) => c.EN_COURS,
    fait: (c) => c.FAIT,
    reporte: (c) => c.REPORTE,
    abandonne: (c) => c.ABANDONNE,
  },
  WorkPlanAction: {
    roles: (a) => a.roles as never,
    status: (a) => a.status as never,
    startMonth: (a) => plans.toMonth(a.startMonth),
    endMonth: (a) => plans.toMonth(a.endMonth),
    late: (a, _x, ctx) =>
      isWorkPlanActionLate({ status: a.status, endMonth: plans.toMonth(a.endMonth) }, plans.todayOf(ctx)),
    people: async (a, _x, ctx) => {
      const people = await plans.cioPeople(ctx, a.cioId);
      return a.personIds.flatMap((id) => people.filter((p) => p.id === id));
    },
    canChangeStatus: (a, _x, ctx) => plans.canChangeStatus(ctx, a),
    canComment: async (a, _x, ctx) =>
      (await directedCioIds(ctx)).includes(a.cioId) ||
      (Boolean(ctx.actor?.memberships.some((m) => m.organisationId === a.cioId && m.roles.includes('PSYEN'))) &&
        (await readableCioIds(ctx)).includes(a.cioId)),
    comments: (a, _x, ctx) => plans.commentsOfAction(ctx, a.id),
  },
} satisfies Resolvers;
