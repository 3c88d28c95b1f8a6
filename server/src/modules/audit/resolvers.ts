import { guard, policies } from '../../core/authz.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { loaders } from '../identity/loaders.js';
import { auditActionLabel } from '@maillage/shared';
import { searchAuditEvents } from './events.service.js';
import { loadAuditSubject } from './subjects.js';

export const auditResolvers = {
  Query: {
    auditEvents: guard(policies.admin, (args, ctx) =>
      searchAuditEvents(ctx, args.filter, args.first ?? null, args.after ?? null),
    ),
  },
  AuditEvent: {
    // The row's id is a bigint read as a number; the SDL's ID is a string.
    id: (e) => String(e.id),
    actor: (e, _a, ctx) => (e.actorId ? loaders.user(ctx).load(e.actorId) : null),
    actionLabel: (e) => auditActionLabel(e.action),
    recordCount: (e) => e.recordIds?.length ?? null,
    subject: (e, _a, ctx) => (e.subjectType && e.subjectId ? loadAuditSubject(ctx, e.subjectType, e.subjectId) : null),
  },
} satisfies Resolvers;
