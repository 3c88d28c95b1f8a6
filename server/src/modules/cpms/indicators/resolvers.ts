import { guard } from '../../../core/authz.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { CPMS_INDICATORS_POLICY, cpmsIndicators } from './indicators.service.js';

/** GraphQL of the CPMS indicators: aggregates only; the tables need no resolver (shaped by the service). */
export const cpmsIndicatorsResolvers = {
  Query: {
    cpmsIndicators: guard(CPMS_INDICATORS_POLICY, (args, ctx) => cpmsIndicators(ctx, args)),
  },
} satisfies Resolvers;
