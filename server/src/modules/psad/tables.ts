import { sql } from 'drizzle-orm';
import type { StoredReport } from './import/import.service.js';
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
  boolean,
} from 'drizzle-orm/pg-core';
import {
  CASE_STATUSES,
  CLOSE_OUTCOMES,
  CONTACT_CHANNELS,
  CONTACT_RESULTS,
  SIGNAL_SOURCES,
  SOLUTION_TYPES,
} from '@maillage/shared';
import { bytea, inList, nullOrIn } from '../../core/db/columns.js';

/**
 * Ids of the rows written by the hundred thousand (a SIEI list, its cases and their events, contact
 * attempts): UUID version 7, time-ordered (uuid_v7(), migration 0007), so that a list's new rows
 * land at the end of each primary-key and case_id index instead of on a random page of each.
 */
const timeOrderedId = sql`uuid_v7()`;

/** A PSAD: a territory, its referents and its partner organisations. */
export const platform = pgTable(
  'platform',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    territoryId: uuid('territory_id').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('platform_name_key').on(t.name), index('platform_territory_idx').on(t.territoryId)],
);

export const platformReferent = pgTable(
  'platform_referent',
  {
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.platformId, t.userId] }),
    index('platform_referent_user_idx').on(t.userId, t.platformId),
  ],
);

export const platformPartner = pgTable(
  'platform_partner',
  {
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    organisationId: uuid('organisation_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.platformId, t.organisationId] }),
    index('platform_partner_org_idx').on(t.organisationId),
  ],
);

/** What a list says of a young person: the person's columns. */
const personColumns = () => ({
  ine: text('ine'),
  lastName: text('last_name').notNull(),
  firstNames: text('first_names').notNull(),
  birthDate: date('birth_date').notNull(),
  sex: text('sex'),
  address: text('address'),
  postalCode: text('postal_code'),
  commune: text('commune'),
  phone: text('phone'),
  email: text('email'),
  lastSchoolUai: text('last_school_uai'),
  lastFormation: text('last_formation'),
  schoolExitDate: date('school_exit_date'),
  highestDiploma: text('highest_diploma'),
  /** searchKey(last name)|searchKey(first name)|birth date: the match when there is no INE. */
  matchKey: text('match_key').notNull(),
  /** searchKey of names and INE, for the worklist search. */
  searchText: text('search_text').notNull(),
});

/** A young person on a platform's list; matched on INE, else on (name, first name, birth date). */
export const youngPerson = pgTable(
  'young_person',
  {
    id: uuid('id').primaryKey().default(timeOrderedId),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    ...personColumns(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('young_person_sex_check', sql`sex is null or sex in ('M', 'F')`),
    uniqueIndex('young_person_platform_ine_key')
      .on(t.platformId, t.ine)
      .where(sql`ine is not null`),
    index('young_person_platform_match_idx').on(t.platformId, t.matchKey),
    // The dashboard's minors (16–17 years old) of a platform; INCLUDE (id) since migration 0008, so
    // that the dashboard's join reads the index only.
    index('young_person_platform_birth_idx').on(t.platformId, t.birthDate),
    index('young_person_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** One young person followed by one platform for one episode (docs/domain.md §2). */
export const psadCase = pgTable(
  'psad_case',
  {
    id: uuid('id').primaryKey().default(timeOrderedId),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    youngPersonId: uuid('young_person_id')
      .notNull()
      .references(() => youngPerson.id),
    /**
     * The worklist's name order, kept by triggers (migration 0014): the young person's last name,
     * chr(1), first names, collated "C". A platform's list reads its page off an index in that order
     * instead of sorting all its cases joined to their people.
     */
    sortName: text('sort_name'),
    episode: integer('episode').notNull().default(1),
    status: text('status').notNull().default('A_TRAITER'),
    source: text('source').notNull(),
    campaign: text('campaign'),
    signalSource: text('signal_source'),
    importId: uuid('import_id'),
    assignedOrganisationId: uuid('assigned_organisation_id'),
    assignedCounsellorId: uuid('assigned_counsellor_id'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    firstAttemptAt: timestamp('first_attempt_at', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    reachedAt: timestamp('reached_at', { withTimezone: true }),
    solutionType: text('solution_type'),
    solutionStartDate: date('solution_start_date'),
    solutionOrganisationId: uuid('solution_organisation_id'),
    /** The catalogue offer chosen with the solution (solution_offer; its key is in migration 0023). */
    solutionOfferId: uuid('solution_offer_id'),
    solutionAt: timestamp('solution_at', { withTimezone: true }),
    closeOutcome: text('close_outcome'),
    closeComment: text('close_comment'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Date of the Mission Locale convocation: 2 months later the file is due to the département. */
    convocationDate: date('convocation_date'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('psad_case_status_check', inList('status', CASE_STATUSES)),
    check('psad_case_source_check', sql`source in ('SIEI', 'SIGNAL')`),
    check('psad_case_signal_source_check', nullOrIn('signal_source', SIGNAL_SOURCES)),
    check('psad_case_solution_type_check', nullOrIn('solution_type', SOLUTION_TYPES)),
    check('psad_case_close_outcome_check', nullOrIn('close_outcome', CLOSE_OUTCOMES)),
    // One open episode per young person: a match updates, never duplicates.
    uniqueIndex('psad_case_open_key')
      .on(t.youngPersonId)
      .where(sql`status <> 'CLOS'`),
    index('psad_case_platform_status_idx').on(t.platformId, t.status),
    index('psad_case_platform_name_idx').on(t.platformId, t.sortName, t.id),
    // The dashboard's one pass over a platform's cases, index-only: migration 0008 creates it with
    // INCLUDE (every column the dashboard reads), which drizzle cannot declare. It also serves the
    // lists' campaign filter: a plain (platform_id, campaign) index would repeat it (migration 0013).
    index('psad_case_dashboard_idx').on(t.platformId, t.campaign),
    index('psad_case_assigned_org_idx').on(t.assignedOrganisationId, t.status),
    index('psad_case_young_person_idx').on(t.youngPersonId),
  ],
);

export const contactAttempt = pgTable(
  'contact_attempt',
  {
    id: uuid('id').primaryKey().default(timeOrderedId),
    caseId: uuid('case_id')
      .notNull()
      .references(() => psadCase.id),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(),
    result: text('result').notNull(),
    actorId: uuid('actor_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('contact_attempt_channel_check', inList('channel', CONTACT_CHANNELS)),
    check('contact_attempt_result_check', inList('result', CONTACT_RESULTS)),
    index('contact_attempt_case_idx').on(t.caseId, t.attemptedAt),
  ],
);

/** The timeline of a case: every change, who, when. */
export const caseEvent = pgTable(
  'case_event',
  {
    id: uuid('id').primaryKey().default(timeOrderedId),
    caseId: uuid('case_id')
      .notNull()
      .references(() => psadCase.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    kind: text('kind').notNull(),
    data: jsonb('data'),
  },
  (t) => [index('case_event_case_idx').on(t.caseId, t.occurredAt)],
);

export const caseTransfer = pgTable(
  'case_transfer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => psadCase.id),
    fromPlatformId: uuid('from_platform_id').notNull(),
    fromOrganisationId: uuid('from_organisation_id'),
    toPlatformId: uuid('to_platform_id').notNull(),
    toOrganisationId: uuid('to_organisation_id'),
    reason: text('reason'),
    status: text('status').notNull().default('PROPOSE'),
    proposedBy: uuid('proposed_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('case_transfer_status_check', sql`status in ('PROPOSE', 'ACCEPTE', 'REFUSE', 'ANNULE')`),
    uniqueIndex('case_transfer_pending_key')
      .on(t.caseId)
      .where(sql`status = 'PROPOSE'`),
    index('case_transfer_to_idx').on(t.toPlatformId, t.status),
    // The dashboard's transfers out of a platform.
    index('case_transfer_from_idx').on(t.fromPlatformId, t.status),
  ],
);

/** An uploaded SIEI list: stored, previewed, then confirmed once. */
export const sieiImport = pgTable(
  'siei_import',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platformId: uuid('platform_id')
      .notNull()
      .references(() => platform.id),
    campaign: text('campaign').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    content: bytea('content').notNull(),
    status: text('status').notNull().default('PREVIEW'),
    report: jsonb('report').$type<StoredReport>().notNull(),
    /**
     * What the preview shows of the file beyond the counts, bounded (import/parse.ts): the header and
     * first rows as read, the first duplicates and the first rows matched to a known young person.
     */
    preview: jsonb('preview'),
    /** The record of each rejected row as read from the file (decoded), bounded, for the rejected-lines CSV: [{ line, original }]. */
    rejectedLines: jsonb('rejected_lines'),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    check('siei_import_status_check', sql`status in ('PREVIEW', 'CONFIRME')`),
    index('siei_import_platform_idx').on(t.platformId, t.uploadedAt),
  ],
);
