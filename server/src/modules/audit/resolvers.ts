import { guard, policies } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { loaders } from '../identity/loaders.js';
import { auditActionLabel } from '@maillage/shared';
import { searchAuditEvents } from './events.service.js';
import { loadAuditSubject } from './subjects.js';

export const auditResolvers = {
  Query: {
    auditEvents: guard(policies.admin, (args: { filter?: unknown; first?: number; after?: string }, ctx) =>
      searchAuditEvents(ctx, args.filter, args.first ?? null, args.after ?? null),
    ),
  },
  AuditEvent: {
    actor: (e: { actorId: string | null }, _a: unknown, ctx: RequestContext) => (e.actorId ? loaders.user(ctx).load(e.actorId) : null),
    actionLabel: (e: { action: string }) => auditActionLabel(e.action),
    subject: (e: { subjectType: string | null; subjectId: string | null }, _a: unknown, ctx: RequestContext) =>
      e.subjectType && e.subjectId ? loadAuditSubject(ctx, e.subjectType, e.subjectId) : null,
  },
};
