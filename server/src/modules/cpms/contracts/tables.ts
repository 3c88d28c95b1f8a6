import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CPMS_CONTRACT_REMINDER_KINDS,
  CPMS_CONTRACT_STATUSES,
  CPMS_EXCHANGE_WAYS,
  CPMS_OBJECTIVES_CONTRACT_STATUSES,
  CPMS_SYSTEM_OBJECTIVES,
  type CpmsIndicator,
  type CpmsSystemObjective,
} from '@maillage/shared/cpms-contracts';
import { inList, timestamps } from '../../../core/db/columns.js';
import { appUser, organisation } from '../../identity/tables.js';

/*
 * The CPMS contracts (issue 19, docs/domain.md §5). Row-level security (migration 0031) reads each row's
 * school (`school_id`) and centre (`cpms_id`): a school head sees their school's, a centre its own, a DCO
 * those of the centres of their zone.
 */

export type PlanObjective = { code: CpmsSystemObjective; wording: string };
export type InformationFlow = { what: string; how: string; consent: string };

const objectiveCodesCheck = (column: string) =>
  sql.raw(`${column} <@ array[${CPMS_SYSTEM_OBJECTIVES.map((o) => `'${o}'`).join(', ')}]::text[]`);

/** A school's plan de pilotage: its objectives (the system's, in its own wording), dates, evaluations, document. */
export const cpmsSchoolPlan = pgTable(
  'cpms_school_plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    objectives: jsonb('objectives').$type<PlanObjective[]>().notNull().default([]),
    midEvaluationOn: date('mid_evaluation_on'),
    midEvaluationResult: text('mid_evaluation_result'),
    endEvaluationOn: date('end_evaluation_on').notNull(),
    endEvaluationResult: text('end_evaluation_result'),
    /** The school's document (the plan as adopted): its storage key, name, type (checked by content) and size. */
    documentKey: text('document_key'),
    documentName: text('document_name'),
    documentType: text('document_type'),
    documentSize: integer('document_size'),
    createdBy: uuid('created_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('cpms_school_plan_span_check', sql`ends_on >= starts_on`),
    check('cpms_school_plan_document_check', sql`(document_key is null) = (document_name is null)`),
    index('cpms_school_plan_school_idx').on(t.schoolId, t.startsOn),
    index('cpms_school_plan_evaluation_idx').on(t.endEvaluationOn),
  ],
);

/** A CPMS–school contract, concluded in step with the school's plan de pilotage. */
export const cpmsContract = pgTable(
  'cpms_contract',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cpmsId: uuid('cpms_id')
      .notNull()
      .references(() => organisation.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisation.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => cpmsSchoolPlan.id),
    status: text('status').notNull().default('BROUILLON'),
    objectiveCodes: text('objective_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    actions: jsonb('actions').$type<string[]>().notNull().default([]),
    cpmsCommitments: text('cpms_commitments'),
    schoolCommitments: text('school_commitments'),
    informationFlows: jsonb('information_flows').$type<InformationFlow[]>().notNull().default([]),
    indicators: jsonb('indicators').$type<CpmsIndicator[]>().notNull().default([]),
    cpmsSignedAt: timestamp('cpms_signed_at', { withTimezone: true }),
    cpmsSignedBy: uuid('cpms_signed_by').references(() => appUser.id),
    cpmsSignerName: text('cpms_signer_name'),
    schoolSignedAt: timestamp('school_signed_at', { withTimezone: true }),
    schoolSignedBy: uuid('school_signed_by').references(() => appUser.id),
    schoolSignerName: text('school_signer_name'),
    /** When its evaluation was recorded (EN_EVALUATION → EVALUE): the year the indicators count it in. */
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('cpms_contract_status_check', inList('status', CPMS_CONTRACT_STATUSES)),
    check('cpms_contract_objectives_check', objectiveCodesCheck('objective_codes')),
    check(
      'cpms_contract_signed_check',
      sql`(status in ('BROUILLON', 'NEGOCIE')) or (cpms_signed_at is not null and school_signed_at is not null)`,
    ),
    uniqueIndex('cpms_contract_plan_key').on(t.cpmsId, t.planId),
    index('cpms_contract_cpms_idx').on(t.cpmsId, t.status),
    index('cpms_contract_school_idx').on(t.schoolId, t.status),
    index('cpms_contract_plan_idx').on(t.planId),
  ],
);

/** An exchange between the school and the centre about a contract: never a pupil's identity. */
export const cpmsContractExchange = pgTable(
  'cpms_contract_exchange',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => cpmsContract.id, { onDelete: 'cascade' }),
    cpmsId: uuid('cpms_id')
      .notNull()
      .references(() => organisation.id),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisation.id),
    occurredOn: date('occurred_on').notNull(),
    way: text('way').notNull(),
    participants: text('participants').notNull(),
    subject: text('subject').notNull(),
    agreed: text('agreed').notNull().default(''),
    authorId: uuid('author_id')
      .notNull()
      .references(() => appUser.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('cpms_contract_exchange_way_check', inList('way', CPMS_EXCHANGE_WAYS)),
    index('cpms_contract_exchange_contract_idx').on(t.contractId, t.occurredOn),
  ],
);

/** The objectives contract of a CPMS with its DCO: its objectives, the school contracts it covers, indicators. */
export const cpmsObjectivesContract = pgTable(
  'cpms_objectives_contract',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cpmsId: uuid('cpms_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    status: text('status').notNull().default('BROUILLON'),
    objectives: jsonb('objectives').$type<string[]>().notNull().default([]),
    contractIds: uuid('contract_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    indicators: jsonb('indicators').$type<CpmsIndicator[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('cpms_objectives_contract_status_check', inList('status', CPMS_OBJECTIVES_CONTRACT_STATUSES)),
    check('cpms_objectives_contract_span_check', sql`ends_on >= starts_on`),
    index('cpms_objectives_contract_cpms_idx').on(t.cpmsId, t.startsOn),
  ],
);

/** The evaluation reminders sent for a contract: one of each kind, ever (the daily job's idempotence). */
export const cpmsContractReminder = pgTable(
  'cpms_contract_reminder',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => cpmsContract.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The plan evaluation date the reminder announced (a new date, a new reminder). */
    dueOn: date('due_on').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.contractId, t.kind, t.dueOn] }),
    check('cpms_contract_reminder_kind_check', inList('kind', CPMS_CONTRACT_REMINDER_KINDS)),
  ],
);
