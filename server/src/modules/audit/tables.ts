import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** Append-only: triggers refuse UPDATE, DELETE and TRUNCATE except through audit_purge(). */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    outcome: text('outcome').notNull().default('SUCCESS'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    details: jsonb('details'),
  },
  (t) => [
    check('audit_event_outcome_check', sql`outcome in ('SUCCESS', 'DENIED', 'FAILURE')`),
    index('audit_event_occurred_idx').on(t.occurredAt),
    // The log is read newest first (id desc): each filter's index ends with the id, so that a page
    // of one user's, one object's, one action's or one outcome's events reads that page only.
    index('audit_event_actor_idx').on(t.actorId, t.id),
    index('audit_event_subject_idx').on(t.subjectType, t.subjectId, t.id),
    // text_pattern_ops: the action filter is an exact name or a prefix (LIKE 'case.%').
    index('audit_event_action_idx').on(t.action.op('text_pattern_ops'), t.id),
    index('audit_event_outcome_idx').on(t.outcome, t.id),
  ],
);
