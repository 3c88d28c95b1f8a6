import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { guard, policies } from '../../core/authz.js';
import { notFound } from '../../core/errors.js';
import { loaders } from './loaders.js';
import * as trusted from './trusted-documents.service.js';

/** Trusted documents (issue 20): administrators register a service account's GraphQL documents. */
export const trustedDocumentResolvers = {
  Query: {
    trustedDocuments: guard(policies.admin, (args, ctx) => trusted.listTrustedDocuments(ctx, args.userId)),
  },
  Mutation: {
    registerTrustedDocuments: guard(policies.admin, (args, ctx) =>
      trusted.registerTrustedDocuments(ctx, args.userId, args.documents),
    ),
    removeTrustedDocument: guard(policies.admin, (args, ctx) => trusted.removeTrustedDocument(ctx, args.id)),
  },
  TrustedDocument: {
    user: async (d, _a, ctx) => {
      const user = await loaders.user(ctx).load(d.serviceAccountId);
      if (!user) throw notFound('Utilisateur');
      return user;
    },
  },
} satisfies Resolvers;
