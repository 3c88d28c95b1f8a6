import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  CALLER_KINDS,
  CALL_CATEGORIES,
  CALL_URGENCIES,
  SHIFT_STATUSES,
  SWAP_ROLES,
  SWAP_STATUSES,
} from '@maillage/shared';
import { inList, timestamps } from '../../../core/db/columns.js';
import { appUser, organisation } from '../../identity/tables.js';

/*
 * The CPMS 24/7 line (issue 19, docs/domain.md §5): a pool of CPMS shares a rota of on-call agents and a
 * call log. Row-level security (migration 0031) reads a pool's rows for the agents and directors of its
 * member centres, and lets its directors write the rota.
 */

/** A pool of CPMS sharing the line, with its coverage rules. */
export const oncallPool = pgTable(
  'oncall_pool',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    maxShiftMinutes: integer('max_shift_minutes').notNull().default(780),
    minRestMinutes: integer('min_rest_minutes').notNull().default(660),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  () => [
    check(
      'oncall_pool_rules_check',
      sql`max_shift_minutes between 60 and 1440 and min_rest_minutes between 0 and 2880`,
    ),
  ],
);

/** The member CPMS of a pool. */
export const oncallPoolCpms = pgTable(
  'oncall_pool_cpms',
  {
    poolId: uuid('pool_id')
      .notNull()
      .references(() => oncallPool.id, { onDelete: 'cascade' }),
    cpmsId: uuid('cpms_id')
      .notNull()
      .references(() => organisation.id),
  },
  (t) => [primaryKey({ columns: [t.poolId, t.cpmsId] }), index('oncall_pool_cpms_cpms_idx').on(t.cpmsId)],
);

/** An agent's on-call phone in a pool (users carry no phone of their own). */
export const oncallAgentPhone = pgTable(
  'oncall_agent_phone',
  {
    poolId: uuid('pool_id')
      .notNull()
      .references(() => oncallPool.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    phone: text('phone').notNull(),
  },
  (t) => [primaryKey({ columns: [t.poolId, t.userId] })],
);

/** A week's template: an ISO weekday, local start and end (the end at or before the start: next day). */
export const oncallTemplate = pgTable(
  'oncall_template',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => oncallPool.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    agentId: uuid('agent_id').references(() => appUser.id),
    backupId: uuid('backup_id').references(() => appUser.id),
  },
  (t) => [
    check('oncall_template_weekday_check', sql`weekday between 1 and 7`),
    check(
      'oncall_template_times_check',
      sql`start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
    index('oncall_template_pool_idx').on(t.poolId, t.weekday),
  ],
);

/** A shift: BROUILLON until its period is published. */
export const oncallShift = pgTable(
  'oncall_shift',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => oncallPool.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => appUser.id),
    backupId: uuid('backup_id')
      .notNull()
      .references(() => appUser.id),
    status: text('status').notNull().default('BROUILLON'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('oncall_shift_status_check', inList('status', SHIFT_STATUSES)),
    check('oncall_shift_span_check', sql`ends_at > starts_at`),
    check('oncall_shift_backup_check', sql`agent_id <> backup_id`),
    index('oncall_shift_pool_idx').on(t.poolId, t.startsAt),
    index('oncall_shift_agent_idx').on(t.agentId, t.startsAt),
    index('oncall_shift_backup_idx').on(t.backupId, t.startsAt),
  ],
);

/** A swap: an agent hands a shift (or its backup role) to another; a director decides. */
export const oncallSwap = pgTable(
  'oncall_swap',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => oncallPool.id, { onDelete: 'cascade' }),
    shiftId: uuid('shift_id')
      .notNull()
      .references(() => oncallShift.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    fromUserId: uuid('from_user_id')
      .notNull()
      .references(() => appUser.id),
    toUserId: uuid('to_user_id')
      .notNull()
      .references(() => appUser.id),
    note: text('note'),
    status: text('status').notNull().default('PROPOSE'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('oncall_swap_role_check', inList('role', SWAP_ROLES)),
    check('oncall_swap_status_check', inList('status', SWAP_STATUSES)),
    index('oncall_swap_pool_idx').on(t.poolId, t.status),
    index('oncall_swap_shift_idx').on(t.shiftId),
  ],
);

/** A call to the line: never the caller's identity. */
export const oncallCall = pgTable(
  'oncall_call',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => oncallPool.id, { onDelete: 'cascade' }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    callerKind: text('caller_kind').notNull(),
    category: text('category').notNull(),
    urgency: text('urgency').notNull(),
    action: text('action').notNull(),
    referredCpmsId: uuid('referred_cpms_id').references(() => organisation.id),
    followUpDue: date('follow_up_due'),
    followUpDoneAt: timestamp('follow_up_done_at', { withTimezone: true }),
    loggedBy: uuid('logged_by')
      .notNull()
      .references(() => appUser.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('oncall_call_caller_check', inList('caller_kind', CALLER_KINDS)),
    check('oncall_call_category_check', inList('category', CALL_CATEGORIES)),
    check('oncall_call_urgency_check', inList('urgency', CALL_URGENCIES)),
    check('oncall_call_follow_up_check', sql`follow_up_due is null or referred_cpms_id is not null`),
    index('oncall_call_pool_idx').on(t.poolId, t.receivedAt),
    index('oncall_call_follow_up_idx').on(t.referredCpmsId, t.followUpDue),
  ],
);

/** The reminders sent before a shift: once per shift and person (the job's idempotence). */
export const oncallReminder = pgTable(
  'oncall_reminder',
  {
    shiftId: uuid('shift_id')
      .notNull()
      .references(() => oncallShift.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shiftId, t.userId] })],
);
