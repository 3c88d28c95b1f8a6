import { guard, policies, readById } from '../../core/authz.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { getOutboxEmail, listOutboxEmails, outboxKindLabel } from './outbox.js';

/** « Courriels envoyés »: the outbox, read by administrators (row-level security allows them alone). */
export const outboxResolvers = {
  Query: {
    outboxEmails: guard(policies.admin, (args, ctx) => listOutboxEmails(ctx, args.first ?? null, args.after ?? null)),
    outboxEmail: guard(
      policies.admin,
      readById({ action: 'email_outbox.read', subjectType: 'email_outbox' }, (args, ctx) =>
        getOutboxEmail(ctx, args.id),
      ),
    ),
  },
  OutboxEmail: {
    kindLabel: (e) => outboxKindLabel(e.kind),
    deliveredVia: (e) => (e.deliveredVia === 'SMTP' || e.deliveredVia === 'OUTBOX' ? e.deliveredVia : null),
  },
} satisfies Resolvers;
