import DataLoader from 'dataloader';
import { guard, policies, readById } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { notFound } from '../../core/errors.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import * as platforms from './platforms.service.js';

const loaders = {
  referents: (ctx: RequestContext) =>
    ctx.loader('platformReferents', () => new DataLoader((ids: readonly string[]) => platforms.referentsOf(ctx, ids))),
  partners: (ctx: RequestContext) =>
    ctx.loader('platformPartners', () => new DataLoader((ids: readonly string[]) => platforms.partnersOf(ctx, ids))),
};

const present = <T>(rows: (T | null)[]) => rows.filter((r): r is T => r !== null);

export const psadResolvers = {
  Query: {
    platforms: guard(policies.signedIn, (args, ctx) => platforms.listPlatforms(ctx, Boolean(args.mine))),
    platform: guard(
      policies.signedIn,
      readById({ action: 'platform.read', subjectType: 'platform' }, (args, ctx) =>
        platforms.getPlatform(ctx, args.id),
      ),
    ),
  },
  Mutation: {
    createPlatform: guard(policies.admin, (args, ctx) => platforms.createPlatform(ctx, args.input)),
    updatePlatform: guard(policies.admin, (args, ctx) => platforms.updatePlatform(ctx, args.input)),
  },
  Platform: {
    territory: async (p, _a, ctx) => {
      const t = await identityLoaders.territory(ctx).load(p.territoryId);
      if (!t) throw notFound('Territoire');
      return t;
    },
    referents: async (p, _a, ctx) =>
      present(
        await identityLoaders
          .user(ctx)
          .loadMany(await loaders.referents(ctx).load(p.id))
          .then((r) => r.map((x) => (x instanceof Error ? null : x))),
      ),
    partners: async (p, _a, ctx) =>
      present(
        await identityLoaders
          .organisation(ctx)
          .loadMany(await loaders.partners(ctx).load(p.id))
          .then((r) => r.map((x) => (x instanceof Error ? null : x))),
      ),
  },
} satisfies Resolvers;
