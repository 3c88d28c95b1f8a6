import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { parcoursLoaders } from '../loaders.js';
import { documentLoaders, isReadable, visibleTitle } from './documents.service.js';

/**
 * The armoire numérique's GraphQL fields: type fields only (uploads and downloads are REST). The PA
 * itself was already checked and audited by the field that returned it.
 */
export const documentResolvers = {
  AccompaniedPerson: {
    documents: (p, _a, ctx) => documentLoaders.ofPerson(ctx).load(p.id),
  },
  LockerDocument: {
    // A document reached through another path (a consent) may be one the caller may not see listed.
    title: (d, _a, ctx) => visibleTitle(ctx, d),
    uploadedBy: (d, _a, ctx) => parcoursLoaders.user(ctx).load(d.uploadedBy),
    sharedWith: (d, _a, ctx) => documentLoaders.shares(ctx).load(d.id),
    readable: (d, _a, ctx) => isReadable(ctx, d),
  },
} satisfies Resolvers;
