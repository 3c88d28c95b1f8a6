import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { DUTY_ROLES, WORK_PLAN_REMINDER_KINDS, WORK_PLAN_STATUSES } from '@maillage/shared';
import { inList, timestamps } from '../../../core/db/columns.js';
import { appUser, organisation } from '../../identity/tables.js';
import { meeting } from '../../instances/tables.js';

/*
 * The work plan of a CIO's orientation service (issue 18, docs/domain.md §5). Every row carries its CIO
 * (`cio_id`): row-level security reads its direction team (writes) and its readers from it (migration
 * 0026). Months are stored as their first day.
 */

/** A plan: a title and a span of months (a school year, or the experiment's April 2021 – May 2022). */
export const workPlan = pgTable(
  'work_plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    startMonth: date('start_month').notNull(),
    endMonth: date('end_month').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('work_plan_months_check', sql`extract(day from start_month) = 1 and extract(day from end_month) = 1`),
    check('work_plan_span_check', sql`end_month >= start_month`),
    index('work_plan_cio_idx').on(t.cioId, t.startMonth),
  ],
);

/**
 * A dated action of a plan: attributed to roles of the « qui fait quoi ? » and/or named people of the
 * CIO, over one month or a range of months, with its status and evidence (a link, a meeting's minutes).
 */
export const workPlanAction = pgTable(
  'work_plan_action',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => workPlan.id, { onDelete: 'cascade' }),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    personIds: uuid('person_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    startMonth: date('start_month').notNull(),
    endMonth: date('end_month').notNull(),
    status: text('status').notNull().default('A_FAIRE'),
    evidenceUrl: text('evidence_url'),
    minutesMeetingId: uuid('minutes_meeting_id').references(() => meeting.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('work_plan_action_status_check', inList('status', WORK_PLAN_STATUSES)),
    check(
      'work_plan_action_roles_check',
      sql.raw(`roles <@ array[${DUTY_ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`),
    ),
    check('work_plan_action_months_check', sql`extract(day from start_month) = 1 and extract(day from end_month) = 1`),
    check('work_plan_action_span_check', sql`end_month >= start_month`),
    check('work_plan_action_evidence_check', sql`evidence_url is null or evidence_url like 'https://%'`),
    index('work_plan_action_plan_idx').on(t.planId, t.startMonth),
    index('work_plan_action_cio_idx').on(t.cioId, t.status),
  ],
);

/** A comment on an action by its CIO's staff (direction team, PsyEn): never a pupil's name. */
export const workPlanComment = pgTable(
  'work_plan_comment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => workPlanAction.id, { onDelete: 'cascade' }),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => appUser.id),
    /** The author's display name when they wrote it (an IEN-IO is no member of the CIO to be named otherwise). */
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('work_plan_comment_action_idx').on(t.actionId, t.createdAt)],
);

/** The reminders sent for an action: one of each kind, ever (the daily job's idempotence). */
export const workPlanReminder = pgTable(
  'work_plan_reminder',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => workPlanAction.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.actionId, t.kind] }),
    check('work_plan_reminder_kind_check', inList('kind', WORK_PLAN_REMINDER_KINDS)),
  ],
);
