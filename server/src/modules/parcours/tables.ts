import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  COMPETENCE_KINDS,
  CONSENT_KINDS,
  DOCUMENT_CATEGORIES,
  PLAN_ACTION_STATUSES,
  PLAN_THEMES,
  REFERENCE_END_REASONS,
  REFERENCE_STATUSES,
  SANS_SUITE_MOTIVES,
  SYNTHESE_REQUESTERS,
} from '@maillage/shared';
import { appUser, organisation } from '../identity/tables.js';
import { bytea, inList, nullOrIn, timestamps } from '../../core/db/columns.js';

/** A person accompanied (PA, docs/domain.md §4). */
export const accompaniedPerson = pgTable(
  'accompanied_person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lastName: text('last_name').notNull(),
    firstNames: text('first_names').notNull(),
    /** searchKey of the names, for the list's search. */
    searchText: text('search_text').notNull(),
    birthDate: date('birth_date'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    domiciled: boolean('domiciled').notNull().default(false),
    domiciliationOrganisationId: uuid('domiciliation_organisation_id').references(() => organisation.id),
    createdBy: uuid('created_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('accompanied_person_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('accompanied_person_name_idx').on(t.lastName, t.firstNames),
  ],
);

/** An entry of a PA's liste d'accompagnement: a user, or a named professional without an account. */
export const accompanimentMember = pgTable(
  'accompaniment_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    userId: uuid('user_id').references(() => appUser.id),
    professionalName: text('professional_name'),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    service: text('service'),
    mission: text('mission').notNull(),
    since: date('since').notNull(),
    until: date('until'),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [
    check('accompaniment_member_who_check', sql`(user_id is null) <> (professional_name is null)`),
    check('accompaniment_member_period_check', sql`until is null or until >= since`),
    index('accompaniment_member_person_idx').on(t.personId),
    // Row-level security's lookup: the PAs whose list a user is on.
    index('accompaniment_member_user_idx').on(t.userId, t.personId),
  ],
);

/** A référence de parcours: proposed to a PA, the referent chosen by the PA among the list. */
export const parcoursReference = pgTable(
  'parcours_reference',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    status: text('status').notNull().default('PROPOSEE'),
    referentMemberId: uuid('referent_member_id').references(() => accompanimentMember.id),
    proposedBy: uuid('proposed_by').notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    chosenAt: timestamp('chosen_at', { withTimezone: true }),
    sansSuiteMotive: text('sans_suite_motive'),
    endReason: text('end_reason'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    comment: text('comment'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('parcours_reference_status_check', inList('status', REFERENCE_STATUSES)),
    check('parcours_reference_motive_check', nullOrIn('sans_suite_motive', SANS_SUITE_MOTIVES)),
    check('parcours_reference_end_reason_check', nullOrIn('end_reason', REFERENCE_END_REASONS)),
    check('parcours_reference_referent_check', sql`(status = 'ACCEPTEE') = (referent_member_id is not null)`),
    // At most one open reference per PA.
    uniqueIndex('parcours_reference_open_key')
      .on(t.personId)
      .where(sql`status in ('PROPOSEE', 'ACCEPTEE')`),
    index('parcours_reference_person_idx').on(t.personId, t.proposedAt),
  ],
);

/** The history of a reference: every step, with who took it. */
export const referenceEvent = pgTable(
  'reference_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referenceId: uuid('reference_id')
      .notNull()
      .references(() => parcoursReference.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    referentMemberId: uuid('referent_member_id').references(() => accompanimentMember.id),
    motive: text('motive'),
    endReason: text('end_reason'),
    comment: text('comment'),
    byUserId: uuid('by_user_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reference_event_reference_idx').on(t.referenceId, t.at),
    index('reference_event_person_idx').on(t.personId),
  ],
);

/** A goal of the plan d'action partagé, by theme. */
export const planGoal = pgTable(
  'plan_goal',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    theme: text('theme').notNull(),
    title: text('title').notNull(),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [check('plan_goal_theme_check', inList('theme', PLAN_THEMES)), index('plan_goal_person_idx').on(t.personId)],
);

/** An action of a goal: who does what, by when, where it stands. */
export const planAction = pgTable(
  'plan_action',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => planGoal.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    title: text('title').notNull(),
    memberId: uuid('member_id').references(() => accompanimentMember.id),
    byPerson: boolean('by_person').notNull().default(false),
    dueDate: date('due_date'),
    status: text('status').notNull().default('EN_PROJET'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('plan_action_status_check', inList('status', PLAN_ACTION_STATUSES)),
    index('plan_action_goal_idx').on(t.goalId),
    index('plan_action_person_idx').on(t.personId),
  ],
);

/** The PA's potentials and competences. */
export const competence = pgTable(
  'competence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('competence_kind_check', inList('kind', COMPETENCE_KINDS)),
    index('competence_person_idx').on(t.personId),
  ],
);

/** A synthèse meeting about a PA. */
export const syntheseMeeting = pgTable(
  'synthese_meeting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    referenceId: uuid('reference_id').references(() => parcoursReference.id),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    subject: text('subject').notNull(),
    requestedBy: text('requested_by').notNull(),
    paParticipates: boolean('pa_participates').notNull().default(false),
    notes: text('notes').notNull().default(''),
    decisions: text('decisions').notNull().default(''),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('synthese_meeting_requester_check', inList('requested_by', SYNTHESE_REQUESTERS)),
    index('synthese_meeting_person_idx').on(t.personId, t.scheduledAt),
  ],
);

/** An intervenant taking part in a synthèse, and whether they agreed to the PA's presence. */
export const syntheseParticipant = pgTable(
  'synthese_participant',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => syntheseMeeting.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => accompanimentMember.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] }), index('synthese_participant_person_idx').on(t.personId)],
);

/** A document of the armoire numérique: encrypted content in the storage, its wrapped key here. */
export const lockerDocument = pgTable(
  'locker_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    title: text('title').notNull(),
    category: text('category').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Where the storage keeps the ciphertext. */
    storageKey: text('storage_key').notNull(),
    /** The document's own AES-256 key, encrypted (AES-256-GCM) with the master key: iv | tag | ciphertext. */
    wrappedKey: bytea('wrapped_key').notNull(),
    /** IV and authentication tag of the content's AES-256-GCM encryption. */
    iv: bytea('iv').notNull(),
    authTag: bytea('auth_tag').notNull(),
    /** Which master key wrapped the document key (rotation). */
    keyId: text('key_id').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('locker_document_category_check', inList('category', DOCUMENT_CATEGORIES)),
    index('locker_document_person_idx').on(t.personId, t.uploadedAt),
    uniqueIndex('locker_document_storage_key').on(t.storageKey),
  ],
);

/** What a PA agreed to, when, and when it was withdrawn. */
export const consent = pgTable(
  'consent',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => accompaniedPerson.id),
    kind: text('kind').notNull(),
    documentId: uuid('document_id').references(() => lockerDocument.id),
    memberId: uuid('member_id').references(() => accompanimentMember.id),
    meetingId: uuid('meeting_id').references(() => syntheseMeeting.id),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by').notNull(),
    withdrawnBy: uuid('withdrawn_by'),
  },
  (t) => [
    check('consent_kind_check', inList('kind', CONSENT_KINDS)),
    check(
      'consent_document_check',
      sql`kind <> 'PARTAGE_DOCUMENT' or (document_id is not null and member_id is not null)`,
    ),
    check('consent_meeting_check', sql`kind <> 'PARTICIPATION_SYNTHESE' or meeting_id is not null`),
    index('consent_person_idx').on(t.personId, t.givenAt),
    // Who may read a document: its active shares.
    index('consent_document_idx')
      .on(t.documentId, t.memberId)
      .where(sql`withdrawn_at is null`),
  ],
);
