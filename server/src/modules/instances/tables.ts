import { sql } from 'drizzle-orm';
import {
  check,
  date,
  type AnyPgColumn,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ATTENDANCES,
  MEETING_ACTION_STATUSES,
  MEETING_KINDS,
  MEETING_STATUSES,
  PLATFORM_ACTION_KINDS,
  SITUATION_DECISIONS,
  SOLUTION_TYPES,
  THEMATIC_PARCOURS,
} from '@maillage/shared';
import { appUser, organisation } from '../identity/tables.js';
import { platform, psadCase } from '../psad/tables.js';
import { inList, nullOrIn, timestamps } from '../../core/db/columns.js';
import { cpmsContract } from '../cpms/contracts/tables.js';

/**
 * A meeting of a body a platform convenes (cotech, COPIL…, docs/domain.md §2), or of a CIO (a
 * concertation sur projet, a thematic action of parcours Avenir or Citoyen, §5): exactly one of
 * `platform_id` and `cio_id` is set. `series_id` ties the
 * meetings of one body over time (the first meeting's id): open actions carry over along it.
 * `ics_sequence` is the iCalendar SEQUENCE of the last invitation sent, its UID the meeting's id.
 */
export const meeting = pgTable(
  'meeting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    seriesId: uuid('series_id').notNull(),
    platformId: uuid('platform_id').references(() => platform.id),
    /** The CIO that convenes it (an organisation of kind CIO), when no platform does. */
    cioId: uuid('cio_id').references(() => organisation.id),
    /** The CPMS–school contract a concertation belongs to (issue 19): the contract's centre convenes it. */
    cpmsContractId: uuid('cpms_contract_id').references((): AnyPgColumn => cpmsContract.id),
    /** The parcours a CIO's thematic action serves. */
    parcours: text('parcours'),
    title: text('title').notNull(),
    theme: text('theme'),
    communes: text('communes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place'),
    visioUrl: text('visio_url'),
    status: text('status').notNull().default('PLANIFIEE'),
    cancelReason: text('cancel_reason'),
    minutes: text('minutes'),
    icsSequence: integer('ics_sequence').notNull().default(0),
    /** Days after the meeting during which invited partners still see its situations (cotech). */
    caseAccessDays: integer('case_access_days').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    /** The invitations' ORGANIZER, fixed when scheduled: calendars match later updates to it. */
    organizerName: text('organizer_name').notNull(),
    organizerEmail: text('organizer_email').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('meeting_kind_check', inList('kind', MEETING_KINDS)),
    check('meeting_status_check', inList('status', MEETING_STATUSES)),
    check('meeting_time_check', sql`ends_at > starts_at`),
    check('meeting_where_check', sql`place is not null or visio_url is not null`),
    check('meeting_case_access_days_check', sql`case_access_days between 0 and 90`),
    check('meeting_convener_check', sql`num_nonnulls(platform_id, cio_id, cpms_contract_id) = 1`),
    check(
      'meeting_cio_kind_check',
      sql`(cio_id is not null or cpms_contract_id is not null) = (kind in ('CONCERTATION_PROJET', 'ACTION_THEMATIQUE'))`,
    ),
    check('meeting_parcours_check', nullOrIn('parcours', THEMATIC_PARCOURS)),
    check('meeting_parcours_kind_check', sql`(parcours is not null) = (kind = 'ACTION_THEMATIQUE')`),
    // The target of meeting_situation's (meeting_id, meeting_kind) key: a situation exists only on a cotech.
    unique('meeting_id_kind_key').on(t.id, t.kind),
    index('meeting_platform_starts_idx').on(t.platformId, t.startsAt),
    index('meeting_cio_starts_idx')
      .on(t.cioId, t.startsAt)
      .where(sql`cio_id is not null`),
    index('meeting_cpms_contract_idx')
      .on(t.cpmsContractId, t.startsAt)
      .where(sql`cpms_contract_id is not null`),
    index('meeting_series_idx').on(t.seriesId, t.startsAt),
  ],
);

/** The platforms a meeting gathers (the convening one included): several for inter-PSAD and regional ones. */
export const meetingPlatform = pgTable(
  'meeting_platform',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.platformId] }),
    index('meeting_platform_platform_idx').on(t.platformId),
  ],
);

/** Who is invited: an organisation, a user, or a named guest without an account; and whether they came. */
export const meetingInvitee = pgTable(
  'meeting_invitee',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    userId: uuid('user_id').references(() => appUser.id),
    guestName: text('guest_name'),
    guestEmail: text('guest_email'),
    guestOrganisation: text('guest_organisation'),
    attendance: text('attendance'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('meeting_invitee_attendance_check', nullOrIn('attendance', ATTENDANCES)),
    check(
      'meeting_invitee_one_kind_check',
      sql`num_nonnulls(organisation_id, user_id, guest_name) = 1 and (guest_email is null or guest_name is not null)`,
    ),
    uniqueIndex('meeting_invitee_org_key')
      .on(t.meetingId, t.organisationId)
      .where(sql`organisation_id is not null`),
    uniqueIndex('meeting_invitee_user_key')
      .on(t.meetingId, t.userId)
      .where(sql`user_id is not null`),
    index('meeting_invitee_meeting_idx').on(t.meetingId),
    index('meeting_invitee_org_idx').on(t.organisationId),
    index('meeting_invitee_user_idx').on(t.userId),
  ],
);

export const meetingAgendaItem = pgTable(
  'meeting_agenda_item',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.position] })],
);

/**
 * A case on a cotech's agenda (« situation à examiner ») and what the cotech decided. The meeting's
 * kind is repeated and keyed to the meeting's (id, kind), and checked to be COTECH: the database itself
 * refuses a case on any other body, and refuses turning a cotech with situations into another kind.
 */
export const meetingSituation = pgTable(
  'meeting_situation',
  {
    meetingId: uuid('meeting_id').notNull(),
    meetingKind: text('meeting_kind').notNull().default('COTECH'),
    caseId: uuid('case_id')
      .notNull()
      .references(() => psadCase.id),
    position: integer('position').notNull(),
    proposal: text('proposal'),
    decision: text('decision'),
    decisionComment: text('decision_comment'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.caseId] }),
    foreignKey({ columns: [t.meetingId, t.meetingKind], foreignColumns: [meeting.id, meeting.kind] })
      .onDelete('cascade')
      .onUpdate('cascade'),
    check('meeting_situation_cotech_only_check', sql`meeting_kind = 'COTECH'`),
    check('meeting_situation_decision_check', nullOrIn('decision', SITUATION_DECISIONS)),
    index('meeting_situation_case_idx').on(t.caseId),
  ],
);

/** A decision of the meeting (general, never about a person: those are the situations'). */
export const meetingDecision = pgTable(
  'meeting_decision',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.position] })],
);

/** A follow-up action decided in a meeting; it carries over to the next meetings of its series until finished. */
export const meetingAction = pgTable(
  'meeting_action',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    seriesId: uuid('series_id').notNull(),
    title: text('title').notNull(),
    ownerName: text('owner_name').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisation.id),
    dueDate: date('due_date'),
    status: text('status').notNull().default('A_FAIRE'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('meeting_action_status_check', inList('status', MEETING_ACTION_STATUSES)),
    index('meeting_action_series_idx').on(t.seriesId, t.status),
    index('meeting_action_meeting_idx').on(t.meetingId),
  ],
);

/** The referent's written sections of a platform's bilan for a period (the figures are computed). */
export interface BilanSections {
  besoins?: string;
  perspectives?: string;
  veille?: string;
  actionsPartenaires?: string;
}

/** A platform's bilan for a period: the referent's written sections, kept between drafts. */
export const psadBilan = pgTable(
  'psad_bilan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    sections: jsonb('sections').$type<BilanSections>().notNull().default({}),
    updatedBy: uuid('updated_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('psad_bilan_period_check', sql`period_to > period_from`),
    uniqueIndex('psad_bilan_period_key').on(t.platformId, t.periodFrom, t.periodTo),
  ],
);

/**
 * The catalogue of the solutions and dispositifs of a platform's territory: what a partner may offer a
 * young person, by kind (the solution types), where and for whom.
 */
export const solutionOffer = pgTable(
  'solution_offer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    name: text('name').notNull(),
    solutionType: text('solution_type').notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    /** INSEE codes of the communes served; empty: the whole territory. */
    communes: text('communes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    conditions: text('conditions'),
    places: integer('places'),
    contact: text('contact'),
    activeFrom: date('active_from'),
    activeUntil: date('active_until'),
    /** searchKey of the name, for the catalogue's search. */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('solution_offer_type_check', inList('solution_type', SOLUTION_TYPES)),
    check('solution_offer_ages_check', sql`age_min is null or age_max is null or age_min <= age_max`),
    check('solution_offer_places_check', sql`places is null or places >= 0`),
    uniqueIndex('solution_offer_name_key').on(t.platformId, t.searchText),
    index('solution_offer_communes_idx').using('gin', t.communes),
    index('solution_offer_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** A platform's own action (atelier, forum, événement), with its partners and participants, counted in its bilan. */
export const platformAction = pgTable(
  'platform_action',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    description: text('description'),
    partnerOrganisationIds: uuid('partner_organisation_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    participants: integer('participants').notNull().default(0),
    createdBy: uuid('created_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('platform_action_kind_check', inList('kind', PLATFORM_ACTION_KINDS)),
    check('platform_action_participants_check', sql`participants >= 0`),
    index('platform_action_platform_idx').on(t.platformId, t.heldOn),
  ],
);

/** The young people (their cases) who took part in an action, when the referent links them. */
export const platformActionCase = pgTable(
  'platform_action_case',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => platformAction.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => psadCase.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.caseId] }), index('platform_action_case_case_idx').on(t.caseId)],
);

/** The platform's veille documentaire: reference texts, with who added them. */
export const veilleDocument = pgTable(
  'veille_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    title: text('title').notNull(),
    url: text('url'),
    publishedOn: date('published_on'),
    summary: text('summary'),
    addedBy: uuid('added_by').references(() => appUser.id),
    /** The adder's name as it was: partners may not read another organisation's users. */
    addedByName: text('added_by_name'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('veille_document_platform_idx').on(t.platformId, t.createdAt)],
);

/**
 * A platform's bilan figures over a period as computed at `computed_at` (app_psad_bilan_refresh,
 * migration 0023): a région's bilan sums hundreds of platforms and reads these instead of every case.
 * Written only by the database's owner; read only through app_psad_regional_bilan.
 */
export const psadBilanSnapshot = pgTable(
  'psad_bilan_snapshot',
  {
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id, { onDelete: 'cascade' }),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    /** Counts by figure ("stage|REACHED", "solution|EMPLOI", "origin|SIGNAL|CIO"…): never a person. */
    figures: jsonb('figures').$type<Record<string, number>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.platformId, t.periodFrom, t.periodTo] })],
);
