import { guard, policies } from '../../../core/authz.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { notFound } from '../../../core/errors.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import { psadDashboard } from './dashboard.service.js';

/** GraphQL of the PSAD dashboard: aggregates only. */
export const dashboardResolvers = {
  Query: {
    psadDashboard: guard(policies.anyRole('PSAD_REFERENT', 'VIEWER'), (args, ctx) => psadDashboard(ctx, args)),
  },
  PartnerCases: {
    organisation: async (p, _a, ctx) => {
      const o = await identityLoaders.organisation(ctx).load(p.organisationId);
      if (!o) throw notFound('Organisation');
      return o;
    },
  },
} satisfies Resolvers;
