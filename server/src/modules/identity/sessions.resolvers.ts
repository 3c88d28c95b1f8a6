import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { guard, policies } from '../../core/authz.js';
import * as sessions from './sessions.service.js';

/** « Mes sessions » (issue 21): a signed-in user's own sessions, which they may end. */
export const sessionResolvers = {
  Query: {
    mySessions: guard(policies.signedIn, (_args, ctx) => sessions.mySessions(ctx)),
  },
  Mutation: {
    revokeSession: guard(policies.signedIn, (args, ctx) => sessions.revokeSession(ctx, args.id)),
    revokeOtherSessions: guard(policies.signedIn, (_args, ctx) => sessions.revokeOtherSessions(ctx)),
  },
} satisfies Resolvers;
