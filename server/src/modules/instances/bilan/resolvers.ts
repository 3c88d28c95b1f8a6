import { inArray } from 'drizzle-orm';
import { guard, policies } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { dayOf } from '../../../core/graphql/days.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { platform } from '../../psad/tables.js';
import { platformBilan, regionalBilan, saveBilanSections } from './bilan.service.js';

const platformsOf = (ctx: RequestContext, ids: string[]) =>
  ids.length === 0 ? [] : ctx.db.select().from(platform).where(inArray(platform.id, ids));

export const bilanResolvers = {
  Query: {
    psadBilan: guard(policies.anyRole('PSAD_REFERENT', 'REGIONAL_COORDINATOR', 'VIEWER'), (args, ctx) =>
      platformBilan(ctx, { platformId: args.platformId, from: dayOf(args.from), to: dayOf(args.to) }),
    ),
    regionalBilan: guard(policies.anyRole('REGIONAL_COORDINATOR'), (args, ctx) =>
      regionalBilan(ctx, { from: dayOf(args.from), to: dayOf(args.to) }),
    ),
  },
  Mutation: {
    saveBilanSections: guard(policies.anyRole('PSAD_REFERENT'), (args, ctx) =>
      saveBilanSections(ctx, { ...args.input, from: dayOf(args.input.from), to: dayOf(args.input.to) }),
    ),
  },
  PsadBilan: {
    platforms: (b, _a, ctx) => platformsOf(ctx, b.platformIds),
    periodFrom: (b) => b.period.from,
    periodTo: (b) => b.period.to,
    previousFrom: (b) => b.previous.from,
    previousTo: (b) => b.previous.to,
  },
  RegionalBilan: {
    platforms: (b, _a, ctx) => platformsOf(ctx, b.platformIds),
    periodFrom: (b) => b.period.from,
    periodTo: (b) => b.period.to,
  },
} satisfies Resolvers;
