import { guard, policies } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import * as imports from './import.service.js';

type StoredReport = Partial<imports.ConfirmReport>;

/** GraphQL of imports and signals. */
export const importResolvers = {
  Query: {
    imports: guard(policies.anyRole('PSAD_REFERENT'), (args: { platformId: string }, ctx) => imports.listImports(ctx, args.platformId)),
    import: guard(policies.anyRole('PSAD_REFERENT'), (args: { id: string }, ctx) => imports.getImport(ctx, args.id)),
  },
  Mutation: {
    signalYoungPerson: guard(policies.signedIn, (args: { input: unknown }, ctx) => imports.signalYoungPerson(ctx, args.input)),
  },
  SieiImport: {
    uploadedBy: async (row: imports.ImportRow, _a: unknown, ctx: RequestContext) => (await identityLoaders.user(ctx).load(row.uploadedBy).catch(() => null)) ?? null,
    // One import at a time (its own page): the history never asks for it.
    preview: (row: imports.ImportRow, _a: unknown, ctx: RequestContext) => imports.importPreview(ctx, row.id),
  },
  ImportReport: {
    rejected: (r: StoredReport) => r.rejected ?? [],
    rejectedCount: (r: StoredReport) => r.rejected?.length ?? 0,
    created: (r: StoredReport) => r.created ?? null,
    updated: (r: StoredReport) => r.updated ?? null,
    casesOpened: (r: StoredReport) => r.casesOpened ?? null,
  },
};
