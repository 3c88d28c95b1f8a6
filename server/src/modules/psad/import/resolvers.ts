import { guard, policies, readById } from '../../../core/authz.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import * as imports from './import.service.js';

/** GraphQL of imports and signals. */
export const importResolvers = {
  Query: {
    imports: guard(policies.anyRole('PSAD_REFERENT'), (args, ctx) => imports.listImports(ctx, args.platformId)),
    import: guard(
      policies.anyRole('PSAD_REFERENT'),
      readById({ action: 'psad_import.read', subjectType: 'siei_import' }, (args, ctx) =>
        imports.getImport(ctx, args.id),
      ),
    ),
  },
  Mutation: {
    signalYoungPerson: guard(policies.signedIn, (args, ctx) => imports.signalYoungPerson(ctx, args.input)),
  },
  SieiImport: {
    uploadedBy: async (row, _a, ctx) =>
      (await identityLoaders
        .user(ctx)
        .load(row.uploadedBy)
        .catch(() => null)) ?? null,
    // One import at a time (its own page): the history never asks for it.
    preview: (row, _a, ctx) => imports.importPreview(ctx, row.id),
  },
  ImportReport: {
    rejected: (r) => r.rejected,
    rejectedCount: (r) => r.rejected.length,
    created: (r) => r.created ?? null,
    updated: (r) => r.updated ?? null,
    casesOpened: (r) => r.casesOpened ?? null,
  },
} satisfies Resolvers;
