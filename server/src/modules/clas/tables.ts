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
  CLAS_ACTIVITY_LOG_KINDS,
  CLAS_DECISIONS,
  CLAS_STATUSES,
  SCHOOL_LEVELS,
  type Accompagnateur,
  type ClasActivityKind,
  type ClasYearConfig,
  type Eligibility,
  type WeeklySession,
} from '@maillage/shared';
import { organisation, territory } from '../identity/tables.js';
import { inList, timestamps } from '../../core/db/columns.js';

/** The CLAS rules and funding of one school year (docs/domain.md §3), set by admins; absent: the defaults. */
export const clasYearConfig = pgTable('clas_year_config', {
  schoolYear: text('school_year').primaryKey(),
  /** ClasYearConfig without its schoolYear. */
  settings: jsonb('settings').$type<Omit<ClasYearConfig, 'schoolYear'>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  ...timestamps,
});

/** The project-wide part of a declaration that no query filters on. */
export interface ClasDeclaration {
  diagnostic: string;
  charterSigned: boolean;
  inDepartmentalFramework: boolean;
  concertationDescription: string;
  activityKinds: ClasActivityKind[];
  localPartners: string[];
  schools: { name: string; uai: string | null; contactName: string | null }[];
  parentActions: { title: string; period: string | null }[];
  concertationActions: { title: string; period: string | null }[];
}

/** The figures of the bilan, fixed when the holder submits it. */
export interface ClasBilanFigures {
  sessionsPlanned: number;
  sessionsHeld: number;
  attendanceRate: number | null;
  parentActionsPlanned: number;
  parentActionsHeld: number;
  concertationPlanned: number;
  concertationHeld: number;
}

/** One CLAS project of a holder organisation for one school year, submitted to the CAF of its département. */
export const clasProject = pgTable(
  'clas_project',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** The département (territory) of the holder organisation: whose CAF officers examine it. */
    departementId: uuid('departement_id')
      .notNull()
      .references(() => territory.id),
    schoolYear: text('school_year').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('BROUILLON'),
    declaration: jsonb('declaration').$type<ClasDeclaration>().notNull(),
    /** The rule results at the last submission (what the officer was handed). */
    submittedEligibility: jsonb('submitted_eligibility').$type<Eligibility>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    bilanAssessment: text('bilan_assessment'),
    bilanFigures: jsonb('bilan_figures').$type<ClasBilanFigures>(),
    bilanSubmittedAt: timestamp('bilan_submitted_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('clas_project_status_check', inList('status', CLAS_STATUSES)),
    check('clas_project_school_year_check', sql`school_year ~ '^[0-9]{4}-[0-9]{4}$'`),
    // One project per holder organisation and school year (docs/domain.md §3); also the holder's list.
    uniqueIndex('clas_project_org_year_key').on(t.organisationId, t.schoolYear),
    // The officer's queue: by département, year and status.
    index('clas_project_departement_idx').on(t.departementId, t.schoolYear, t.status),
  ],
);

/** A group (collectif) of a project. */
export const clasGroup = pgTable(
  'clas_group',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => clasProject.id),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    level: text('level').notNull(),
    childrenCount: integer('children_count').notNull(),
    accompagnateurs: jsonb('accompagnateurs').$type<Accompagnateur[]>().notNull(),
    sessions: jsonb('sessions').$type<WeeklySession[]>().notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    longestBreakWeeks: integer('longest_break_weeks').notNull().default(0),
    place: text('place'),
    eligibleCostCents: integer('eligible_cost_cents').notNull(),
    otherFundingCents: integer('other_funding_cents').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    check('clas_group_level_check', inList('level', SCHOOL_LEVELS)),
    check(
      'clas_group_counts_check',
      sql`children_count >= 0 and eligible_cost_cents >= 0 and other_funding_cents >= 0`,
    ),
    index('clas_group_project_idx').on(t.projectId, t.position),
  ],
);

/** A decision of the CAF officer, with the rule results and the configuration it was taken on. */
export const clasDecision = pgTable(
  'clas_decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => clasProject.id),
    decision: text('decision').notNull(),
    reasons: text('reasons').notNull(),
    amountGrantedCents: integer('amount_granted_cents'),
    eligibility: jsonb('eligibility').$type<Eligibility>().notNull(),
    config: jsonb('config').$type<ClasYearConfig>().notNull(),
    decidedBy: uuid('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('clas_decision_kind_check', inList('decision', CLAS_DECISIONS)),
    check(
      'clas_decision_amount_check',
      sql`(decision = 'ACCEPTE') = (amount_granted_cents is not null) and (amount_granted_cents is null or amount_granted_cents >= 0)`,
    ),
    index('clas_decision_project_idx').on(t.projectId, t.decidedAt),
  ],
);

/** An exchange between the officer and the holder about a project. */
export const clasComment = pgTable(
  'clas_comment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => clasProject.id),
    authorId: uuid('author_id').notNull(),
    authorParty: text('author_party').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('clas_comment_party_check', sql`author_party in ('HOLDER', 'OFFICER')`),
    index('clas_comment_project_idx').on(t.projectId, t.createdAt),
  ],
);

/** A session held by a group during the year: children are counted, not named. */
export const clasSessionLog = pgTable(
  'clas_session_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => clasProject.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => clasGroup.id),
    heldOn: date('held_on').notNull(),
    childrenPresent: integer('children_present').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('clas_session_log_present_check', sql`children_present >= 0`),
    uniqueIndex('clas_session_log_group_day_key').on(t.groupId, t.heldOn),
    index('clas_session_log_project_idx').on(t.projectId),
  ],
);

/** The holder's own attendance list of a group (names), seen by that holder only. */
export const clasRosterEntry = pgTable(
  'clas_roster_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => clasProject.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => clasGroup.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('clas_roster_entry_group_idx').on(t.groupId, t.position),
    index('clas_roster_entry_project_idx').on(t.projectId),
  ],
);

/** Who of the holder's list was present at a session (holder only, as the list). */
export const clasAttendance = pgTable(
  'clas_attendance',
  {
    sessionLogId: uuid('session_log_id')
      .notNull()
      .references(() => clasSessionLog.id),
    rosterEntryId: uuid('roster_entry_id')
      .notNull()
      .references(() => clasRosterEntry.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => clasProject.id),
  },
  (t) => [
    primaryKey({ columns: [t.sessionLogId, t.rosterEntryId] }),
    index('clas_attendance_roster_idx').on(t.rosterEntryId),
    index('clas_attendance_project_idx').on(t.projectId),
  ],
);

/** Parent actions and concertation moments held during the year. */
export const clasActivityLog = pgTable(
  'clas_activity_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => clasProject.id),
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    title: text('title').notNull(),
    participants: integer('participants'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('clas_activity_log_kind_check', inList('kind', CLAS_ACTIVITY_LOG_KINDS)),
    index('clas_activity_log_project_idx').on(t.projectId, t.heldOn),
  ],
);
