import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { INTERVIEW_THEMES, QVT_QUESTION_KINDS } from '@maillage/shared';
import { appUser, organisation } from '../../identity/tables.js';
import { inList, timestamps } from '../../../core/db/columns.js';
import { orientationNetwork } from '../tables.js';

/*
 * Activity and evaluation of the experiment (issue 18, docs/domain.md §5), per CIO: row-level security
 * reads the CIO's direction team and PsyEn from `cio_id` (migration 0026, custom SQL).
 */

/** Externalised interviews of a month, by theme, for a network or (network null) the CIO as a whole: counts only. */
export const orientationInterviewCount = pgTable(
  'orientation_interview_count',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    networkId: uuid('network_id').references(() => orientationNetwork.id, { onDelete: 'cascade' }),
    /** The first day of the month. */
    month: date('month').notNull(),
    theme: text('theme').notNull(),
    count: integer('count').notNull(),
    ...timestamps,
  },
  (t) => [
    check('orientation_interview_count_theme_check', inList('theme', INTERVIEW_THEMES)),
    check('orientation_interview_count_count_check', sql`count >= 0`),
    check('orientation_interview_count_month_check', sql`extract(day from month) = 1`),
    unique('orientation_interview_count_key').on(t.cioId, t.networkId, t.month, t.theme).nullsNotDistinct(),
    index('orientation_interview_count_cio_idx').on(t.cioId, t.month),
  ],
);

/** A criterion the working group evaluates the experiment by. */
export const orientationCriterion = pgTable(
  'orientation_criterion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    label: text('label').notNull(),
    indicator: text('indicator').notNull(),
    baseline: doublePrecision('baseline'),
    target: doublePrecision('target'),
    unit: text('unit'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('orientation_criterion_cio_idx').on(t.cioId)],
);

/** A value of a criterion measured on a day. */
export const orientationCriterionValue = pgTable(
  'orientation_criterion_value',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => orientationCriterion.id, { onDelete: 'cascade' }),
    measuredOn: date('measured_on').notNull(),
    value: doublePrecision('value').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('orientation_criterion_value_criterion_idx').on(t.criterionId, t.measuredOn)],
);

/** A quality-of-working-life questionnaire put to a CIO's PsyEn. */
export const qvtCampaign = pgTable(
  'qvt_campaign',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('qvt_campaign_dates_check', sql`closes_on >= opens_on`),
    index('qvt_campaign_cio_idx').on(t.cioId, t.opensOn),
  ],
);

export const qvtQuestion = pgTable(
  'qvt_question',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => qvtCampaign.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    lowLabel: text('low_label'),
    highLabel: text('high_label'),
  },
  (t) => [
    check('qvt_question_kind_check', inList('kind', QVT_QUESTION_KINDS)),
    unique('qvt_question_position_key').on(t.campaignId, t.position),
  ],
);

/**
 * Who has answered a campaign, to refuse a second answer: nothing else, and nothing that leads to the
 * answer (no time, no answer id). Written only by app_qvt_answer().
 */
export const qvtRespondent = pgTable(
  'qvt_respondent',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => qvtCampaign.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId] })],
);

/**
 * An answer to a question, without its respondent and without a time: a random id, the question, the
 * value. Written only by app_qvt_answer(), read only by app_qvt_results() (the app role has no SELECT).
 */
export const qvtAnswer = pgTable(
  'qvt_answer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => qvtCampaign.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => qvtQuestion.id, { onDelete: 'cascade' }),
    scale: smallint('scale'),
    comment: text('comment'),
  },
  (t) => [
    check('qvt_answer_scale_check', sql`scale is null or scale between 1 and 5`),
    check('qvt_answer_value_check', sql`scale is not null or comment is not null`),
    index('qvt_answer_question_idx').on(t.questionId),
  ],
);
