import { guard } from '../../../core/authz.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { INDICATORS_POLICY, parcoursIndicators } from './indicators.service.js';

/**
 * GraphQL of the indicators of the référence de parcours: aggregates only, for social workers,
 * viewers and admins. The count types need no resolver: the service returns them shaped.
 */
export const parcoursIndicatorsResolvers = {
  Query: {
    parcoursIndicators: guard(INDICATORS_POLICY, (_args, ctx) => parcoursIndicators(ctx)),
  },
} satisfies Resolvers;
