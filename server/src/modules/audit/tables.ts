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
    /**
     * A list read's records (core/list-reads.ts): their kind and ids, as uuid[] (16 bytes an id), so
     * that "who read this person's case" finds the pages that showed it (GIN index below).
     */
    recordType: text('record_type'),
    recordIds: uuid('record_ids').array(),
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
    index('audit_event_record_ids_idx').using('gin', t.recordIds),
  ],
);

/**
 * The people each user's list reads showed, and when (core/list-reads.ts): the budget of people a user
 * may read in an hour counts the distinct ones of the last hour. No unique key: two reads of one user
 * at once may both add a person (counted once), where a key would fail one of them on a serialization
 * conflict (reads are repeatable-read). Rows older than the hour are purged hourly; row-level security
 * keeps each user to their own rows.
 */
export const readBudget = pgTable(
  'read_budget',
  {
    userId: uuid('user_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    // The last hour's people of one user come off this index alone.
    index('read_budget_user_read_idx').on(t.userId, t.readAt, t.personId),
    index('read_budget_read_at_idx').on(t.readAt),
  ],
);
