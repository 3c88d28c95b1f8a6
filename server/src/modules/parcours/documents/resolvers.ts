import type { RequestContext } from '../../../core/context.js';
import { parcoursLoaders } from '../loaders.js';
import { documentLoaders, isReadable, visibleTitle, type DocumentNode } from './documents.service.js';

/**
 * The armoire numérique's GraphQL fields: type fields only (uploads and downloads are REST). The PA
 * itself was already checked and audited by the field that returned it.
 */
export const documentResolvers = {
  AccompaniedPerson: {
    documents: (p: { id: string }, _a: unknown, ctx: RequestContext) => documentLoaders.ofPerson(ctx).load(p.id),
  },
  LockerDocument: {
    // A document reached through another path (a consent) may be one the caller may not see listed.
    title: (d: DocumentNode, _a: unknown, ctx: RequestContext) => visibleTitle(ctx, d),
    uploadedBy: (d: DocumentNode, _a: unknown, ctx: RequestContext) => parcoursLoaders.user(ctx).load(d.uploadedBy),
    sharedWith: (d: DocumentNode, _a: unknown, ctx: RequestContext) => documentLoaders.shares(ctx).load(d.id),
    readable: (d: DocumentNode, _a: unknown, ctx: RequestContext) => isReadable(ctx, d),
  },
};
