import type { Role } from '@maillage/shared';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { guard, policies } from '../../core/authz.js';
import { loaders } from './loaders.js';
import * as requests from './access-requests.service.js';

/** ProConnect access requests (issue 21): administrators approve them with roles, or refuse them. */
export const accessRequestResolvers = {
  Query: {
    accessRequests: guard(policies.admin, (args, ctx) => requests.listAccessRequests(ctx, args.status)),
  },
  Mutation: {
    approveAccessRequest: guard(policies.admin, (args, ctx) => requests.approveAccessRequest(ctx, args.input)),
    rejectAccessRequest: guard(policies.admin, (args, ctx) => requests.rejectAccessRequest(ctx, args.input)),
  },
  AccessRequest: {
    roles: (r) => (r.roles ?? []) as Role[],
    organisation: (r, _a, ctx) => (r.organisationId ? loaders.organisation(ctx).load(r.organisationId) : null),
    user: (r, _a, ctx) => (r.userId ? loaders.user(ctx).load(r.userId) : null),
    decidedBy: (r, _a, ctx) => (r.decidedBy ? loaders.user(ctx).load(r.decidedBy) : null),
  },
} satisfies Resolvers;
