import { guard, policies } from '../../core/authz.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { listChanges } from './service.js';

/** The change feed: for service accounts (their key's read scopes and row-level security narrow it). */
export const changesResolvers = {
  Query: {
    changes: guard(policies.anyRole('SERVICE_ACCOUNT'), (args, ctx) => listChanges(ctx, args)),
  },
} satisfies Resolvers;
