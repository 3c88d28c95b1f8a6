import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import {
  DUTY_INVOLVEMENTS,
  DUTY_ROLES,
  HALF_DAYS,
  SLOT_ACTIVITIES,
  SLOT_MODES,
  TRANSVERSAL_FILE_KINDS,
  TRANSVERSAL_FILE_STATUSES,
} from '@maillage/shared';
import { appUser, organisation } from '../identity/tables.js';
import { inList, timestamps } from '../../core/db/columns.js';

/*
 * Orientation networks (issue 18, docs/domain.md §5). Every row carries its CIO (`cio_id`): row-level
 * security reads the CIO's direction team (DCIO, the département's IEN-IO), its PsyEn and the heads of
 * the networks' schools from it (migration 0025).
 */

/** A period of a school year's orientation calendar (rentrée, vœux, affectation…), per CIO. */
export const orientationPeriod = pgTable(
  'orientation_period',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    schoolYear: text('school_year').notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('orientation_period_year_check', sql`school_year ~ '^[0-9]{4}-[0-9]{4}$'`),
    check('orientation_period_dates_check', sql`ends_on >= starts_on`),
    unique('orientation_period_name_key').on(t.cioId, t.schoolYear, t.name),
    index('orientation_period_cio_idx').on(t.cioId, t.schoolYear, t.startsOn),
  ],
);

/** A network: a lycée tête de réseau and the schools attached to it, with its PsyEn, within a CIO. */
export const orientationNetwork = pgTable(
  'orientation_network',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    name: text('name').notNull(),
    headSchoolId: uuid('head_school_id')
      .notNull()
      .references(() => organisation.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [unique('orientation_network_name_key').on(t.cioId, t.name), index('orientation_network_cio_idx').on(t.cioId)],
);

/** The schools of a network (the tête de réseau among them). A school in two networks is flagged, not refused. */
export const orientationNetworkSchool = pgTable(
  'orientation_network_school',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => orientationNetwork.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => organisation.id),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.schoolId] }),
    index('orientation_network_school_school_idx').on(t.schoolId),
  ],
);

/** The PsyEn associated with a network (about two). */
export const orientationNetworkPsyen = pgTable(
  'orientation_network_psyen',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => orientationNetwork.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.userId] }), index('orientation_network_psyen_user_idx').on(t.userId)],
);

/** A PsyEn's quotity at their CIO (100 = full time, ten half-days a week). */
export const psyenService = pgTable(
  'psyen_service',
  {
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    quotityPercent: smallint('quotity_percent').notNull().default(100),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.cioId, t.userId] }),
    check('psyen_service_quotity_check', sql`quotity_percent between 10 and 100`),
  ],
);

/**
 * One half-day of a PsyEn's week in one period: at the CIO (permanence, externalised interviews,
 * concertation) or in a school of one of their networks, on site or remote. One PsyEn is in one place
 * per half-day: the unique key refuses a second slot at the same time.
 */
export const orientationSlot = pgTable(
  'orientation_slot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => orientationPeriod.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    activity: text('activity').notNull(),
    networkId: uuid('network_id').references(() => orientationNetwork.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id').references(() => organisation.id),
    weekday: smallint('weekday').notNull(),
    halfDay: text('half_day').notNull(),
    mode: text('mode').notNull().default('SUR_SITE'),
    ...timestamps,
  },
  (t) => [
    check('orientation_slot_activity_check', inList('activity', SLOT_ACTIVITIES)),
    check('orientation_slot_half_day_check', inList('half_day', HALF_DAYS)),
    check('orientation_slot_mode_check', inList('mode', SLOT_MODES)),
    check('orientation_slot_weekday_check', sql`weekday between 1 and 5`),
    // A school's half-day names the school and its network; a CIO's names neither.
    check(
      'orientation_slot_place_check',
      sql`(activity = 'ETABLISSEMENT') = (school_id is not null and network_id is not null)
          and (activity = 'ETABLISSEMENT' or (school_id is null and network_id is null))`,
    ),
    unique('orientation_slot_time_key').on(t.userId, t.periodId, t.weekday, t.halfDay),
    index('orientation_slot_period_idx').on(t.periodId, t.userId),
    index('orientation_slot_school_idx').on(t.schoolId, t.periodId),
    index('orientation_slot_network_idx').on(t.networkId),
  ],
);

/** A line of the « qui fait quoi ? »: a responsibility, and each role's part in it. */
export const orientationDuty = pgTable(
  'orientation_duty',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    label: text('label').notNull(),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('orientation_duty_cio_idx').on(t.cioId, t.position)],
);

export const orientationDutyCell = pgTable(
  'orientation_duty_cell',
  {
    dutyId: uuid('duty_id')
      .notNull()
      .references(() => orientationDuty.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    involvement: text('involvement').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.dutyId, t.role] }),
    check('orientation_duty_cell_role_check', inList('role', DUTY_ROLES)),
    check('orientation_duty_cell_involvement_check', inList('involvement', DUTY_INVOLVEMENTS)),
  ],
);

/**
 * A transversal file the direction team pilots by delegation of the IEN-IO (dispositifs relais,
 * FOQUALE…): who pilots, since when, its status. Never a pupil's name: the form says so and the file
 * holds only the team's own wording.
 */
export const orientationTransversalFile = pgTable(
  'orientation_transversal_file',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cioId: uuid('cio_id')
      .notNull()
      .references(() => organisation.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    pilotUserId: uuid('pilot_user_id').references(() => appUser.id),
    since: date('since').notNull(),
    status: text('status').notNull().default('EN_COURS'),
    summary: text('summary'),
    /** Links to its documents (the académie's shared drive, a circular): https only. */
    documentLinks: text('document_links')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('orientation_transversal_file_kind_check', inList('kind', TRANSVERSAL_FILE_KINDS)),
    check('orientation_transversal_file_status_check', inList('status', TRANSVERSAL_FILE_STATUSES)),
    index('orientation_transversal_file_cio_idx').on(t.cioId, t.status),
  ],
);
