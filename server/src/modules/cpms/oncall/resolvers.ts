import { identity } from '@maillage/shared';
import { crossesDstChange, shiftMinutes } from '@maillage/shared/oncall-rota';
import { guard, readById } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { withDays } from '../../../core/graphql/days.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { badInput, notFound } from '../../../core/errors.js';
import { oncallDirection, oncallReader, oncallSwitchboard } from './policy.js';
import * as oncall from './service.js';

/** DateTime inputs (Date objects) as the ISO strings the shared schemas read. */
function withInstants<T extends Record<string, unknown>>(input: T, keys: (keyof T)[]): T {
  const out = { ...input };
  for (const k of keys) if (out[k] instanceof Date) out[k] = (out[k] as Date).toISOString() as T[keyof T];
  return out;
}

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

const person = (ctx: RequestContext, poolId: string, id: string | null) =>
  oncall.personOf(ctx, poolId, id).then((p) => (p ? { ...p, isAgent: p.roles.includes('CPMS_AGENT') } : null));

async function poolOrFail(ctx: RequestContext, id: string) {
  const pool = await oncall.getPool(ctx, id);
  if (!pool) throw notFound('Pool d’astreinte');
  return pool;
}

export const oncallResolvers = {
  Query: {
    oncallPools: guard(oncallSwitchboard, (_a, ctx) => oncall.listPools(ctx)),
    oncallPool: guard(
      oncallReader,
      readById({ action: 'oncall_pool.read', subjectType: 'oncall_pool' }, (args, ctx) => oncall.getPool(ctx, args.id)),
    ),
    cpmsOnCall: guard(oncallSwitchboard, async (args, ctx) => {
      if (!identity.uuid.safeParse(args.poolId).success)
        throw badInput([{ path: 'poolId', message: 'identifiant invalide' }]);
      const pool = await poolOrFail(ctx, args.poolId);
      const at = args.at ? new Date(args.at) : new Date();
      const answer = await oncall.onCallAt(ctx, pool.id, at);
      return {
        at: answer.at,
        shift: answer.shift,
        agent: answer.agent ? { ...answer.agent, isAgent: answer.agent.roles.includes('CPMS_AGENT') } : null,
        backup: answer.backup ? { ...answer.backup, isAgent: answer.backup.roles.includes('CPMS_AGENT') } : null,
      };
    }),
  },
  Mutation: {
    updateOncallRules: guard(oncallDirection, (args, ctx) => oncall.updateRules(ctx, args.input)),
    createOncallShift: guard(oncallDirection, (args, ctx) =>
      oncall.createShift(ctx, withInstants(args.input, ['startsAt', 'endsAt'])),
    ),
    deleteOncallShift: guard(oncallDirection, (args, ctx) => oncall.deleteShift(ctx, args.input)),
    generateOncallWeeks: guard(oncallDirection, (args, ctx) =>
      oncall.generateWeeks(ctx, withDays(args.input, ['firstWeek'])),
    ),
    publishOncallPeriod: guard(oncallDirection, (args, ctx) =>
      oncall.publishPeriod(ctx, withDays(args.input, ['from', 'to'])),
    ),
    replaceOncallTemplates: guard(oncallDirection, (args, ctx) => oncall.replaceTemplates(ctx, args.input)),
    setOncallPhone: guard(oncallDirection, async (args, ctx) => {
      const p = await oncall.setPhone(ctx, args.input);
      return { ...p, isAgent: p.roles.includes('CPMS_AGENT') };
    }),
    proposeOncallSwap: guard(oncallReader, (args, ctx) => oncall.proposeSwap(ctx, args.input)),
    withdrawOncallSwap: guard(oncallReader, (args, ctx) => oncall.withdrawSwap(ctx, args.input)),
    decideOncallSwap: guard(oncallDirection, (args, ctx) => oncall.decideSwap(ctx, args.input)),
    logOncallCall: guard(oncallReader, (args, ctx) =>
      oncall.logCall(ctx, withDays(withInstants(args.input, ['receivedAt']), ['followUpDue'])),
    ),
    closeOncallFollowUp: guard(oncallReader, (args, ctx) => oncall.closeFollowUp(ctx, args.input)),
  },
  OncallPool: {
    cpms: (p, _a, ctx) => oncall.poolCpms(ctx, p.id),
    canDirect: async (p, _a, ctx) => (await oncall.directedPoolIds(ctx)).includes(p.id),
    people: async (p, _a, ctx) =>
      (await oncall.poolPeople(ctx, p.id)).map((x) => ({ ...x, isAgent: x.roles.includes('CPMS_AGENT') })),
    templates: (p, _a, ctx) => oncall.templatesOfPool(ctx, p.id),
    shifts: (p, args, ctx) => {
      const period = oncall.periodOf(day(args.from), day(args.to));
      return oncall.shiftsBetween(ctx, p.id, period.from, period.to);
    },
    check: async (p, args, ctx) => {
      const report = await oncall.checkPeriod(ctx, p, day(args.from), day(args.to));
      return { ...report, issues: report.issues.map((i) => ({ ...i, poolId: p.id })) };
    },
    swaps: (p, _a, ctx) => oncall.swapsOfPool(ctx, p.id),
    calls: (p, args, ctx) => oncall.callsOfMonth(ctx, p.id, args.month),
    callStats: (p, args, ctx) => oncall.callStats(ctx, p.id, args.month),
  },
  OncallTemplate: {
    agent: (t, _a, ctx) => person(ctx, t.poolId, t.agentId),
    backup: (t, _a, ctx) => person(ctx, t.poolId, t.backupId),
  },
  OncallShift: {
    minutes: (s) => shiftMinutes({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() }),
    crossesDstChange: (s) => crossesDstChange({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() }),
    agent: (s, _a, ctx) => person(ctx, s.poolId, s.agentId),
    backup: (s, _a, ctx) => person(ctx, s.poolId, s.backupId),
    status: (s) => s.status as never,
  },
  OncallSwap: {
    shift: (s, _a, ctx) => oncall.getShift(ctx, s.shiftId),
    role: (s) => s.role as never,
    status: (s) => s.status as never,
    from: (s, _a, ctx) => person(ctx, s.poolId, s.fromUserId),
    to: (s, _a, ctx) => person(ctx, s.poolId, s.toUserId),
  },
  OncallIssue: {
    kind: (i) => i.kind,
    person: (i, _a, ctx) => (i.personId ? person(ctx, i.poolId, i.personId) : null),
  },
  OncallCall: {
    callerKind: (c) => c.callerKind as never,
    category: (c) => c.category as never,
    urgency: (c) => c.urgency as never,
    referredCpms: async (c, _a, ctx) =>
      c.referredCpmsId ? ((await oncall.cpmsName(ctx, c.referredCpmsId)) ?? null) : null,
  },
} satisfies Resolvers;
