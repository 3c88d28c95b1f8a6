import { guard, policies } from '../../../core/authz.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { clasDashboard } from './dashboard.service.js';

/**
 * GraphQL of the CLAS département dashboard: aggregates only. CAF officers alone: an admin holds no
 * département, and holders see their own projects on their pages. ClasDashboard.departement needs no
 * resolver: the service returns the territory row it already loaded.
 */
export const clasDashboardResolvers = {
  Query: {
    clasDashboard: guard(policies.anyRole('CAF_OFFICER'), (args, ctx) => clasDashboard(ctx, args)),
  },
} satisfies Resolvers;
