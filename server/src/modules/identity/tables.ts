import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ORGANISATION_KINDS, ROLES, TERRITORY_KINDS, TIME_ZONES, type TimeZone } from '@maillage/shared';
import { inList, timestamps } from '../../core/db/columns.js';

export const territory = pgTable(
  'territory',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    code: text('code'),
    name: text('name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => territory.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('territory_kind_check', inList('kind', TERRITORY_KINDS)),
    uniqueIndex('territory_kind_code_key').on(t.kind, t.code),
    index('territory_parent_idx').on(t.parentId),
  ],
);

export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** Lower-cased, accents removed: what the directory search matches. */
    searchName: text('search_name').notNull(),
    kind: text('kind').$type<(typeof ORGANISATION_KINDS)[number]>().notNull(),
    uai: text('uai'),
    /** A Belgian school's FASE number (kind ECOLE). */
    fase: text('fase'),
    /** Its SIRET (14 digits): where a ProConnect access request goes (migration 0045). */
    siret: text('siret'),
    /** Where the organisation's clocks are: Belgian kinds live in Europe/Brussels (issue 19). */
    timeZone: text('time_zone').$type<TimeZone>().notNull().default('Europe/Paris'),
    lyceeTeteDeReseau: boolean('lycee_tete_de_reseau').notNull().default(false),
    address: text('address'),
    postalCode: text('postal_code'),
    communeInsee: text('commune_insee'),
    communeName: text('commune_name'),
    territoryId: uuid('territory_id').references(() => territory.id),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('organisation_kind_check', inList('kind', ORGANISATION_KINDS)),
    check('organisation_tete_de_reseau_check', sql`not lycee_tete_de_reseau or kind = 'EPLE'`),
    check('organisation_fase_check', sql`fase is null or kind = 'ECOLE'`),
    check('organisation_time_zone_check', inList('time_zone', TIME_ZONES)),
    uniqueIndex('organisation_uai_key').on(t.uai),
    uniqueIndex('organisation_fase_key').on(t.fase),
    uniqueIndex('organisation_siret_key').on(t.siret),
    check('organisation_siret_check', sql`siret ~ '^[0-9]{14}$'`),
    index('organisation_kind_idx').on(t.kind),
    index('organisation_commune_idx').on(t.communeInsee),
    index('organisation_territory_idx').on(t.territoryId),
    index('organisation_search_name_trgm_idx').using('gin', t.searchName.op('gin_trgm_ops')),
  ],
);

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    /** Failed sign-ins since the last successful one (or since an administrator lifted the delays), from every address. */
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lastFailedLoginAt: timestamp('last_failed_login_at', { withTimezone: true }),
    /** Set by an administrator: the delays of failures before it no longer count (auth.service.ts). */
    loginThrottleResetAt: timestamp('login_throttle_reset_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('app_user_email_key').on(t.email),
    check('app_user_email_lower_check', sql`email = lower(email)`),
  ],
);

export const membership = pgTable(
  'membership',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    roles: text('roles').array().notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('membership_user_org_key').on(t.userId, t.organisationId),
    index('membership_org_idx').on(t.organisationId),
    check(
      'membership_roles_check',
      sql.raw(`cardinality(roles) > 0 and roles <@ array[${ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`),
    ),
  ],
);

export const refreshToken = pgTable(
  'refresh_token',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    /** SHA-256 of the token: the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('refresh_token_hash_key').on(t.tokenHash),
    index('refresh_token_family_idx').on(t.familyId),
    index('refresh_token_user_idx').on(t.userId),
  ],
);

/** Keys of service accounts (third-party systems); the secret is shown once and stored hashed. */
export const apiKey = pgTable(
  'api_key',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** What it may do (shared/src/api/scopes.ts), for whom (null: all its account reaches), until when (migration 0035). */
    scopes: text('scopes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    organisationIds: uuid('organisation_ids').array(),
    platformIds: uuid('platform_ids').array(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    rateLimitPerMinute: integer('rate_limit_per_minute').notNull().default(600),
    trustedDocumentsOnly: boolean('trusted_documents_only').notNull().default(false),
  },
  (t) => [uniqueIndex('api_key_hash_key').on(t.keyHash), index('api_key_user_idx').on(t.userId)],
);

/** Calls and errors per key and operation, counted after each response (core/auth/api-key-usage.ts). */
export const apiKeyUsage = pgTable(
  'api_key_usage',
  {
    keyId: uuid('key_id')
      .notNull()
      .references(() => apiKey.id, { onDelete: 'cascade' }),
    operation: text('operation').notNull(),
    calls: bigint('calls', { mode: 'number' }).notNull().default(0),
    errors: bigint('errors', { mode: 'number' }).notNull().default(0),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.operation] })],
);

/**
 * Failed logins per client address (auth.service.ts). `account` '' counts every account tried from the
 * address in a window, so that one address cannot try many accounts; any other `account` (the sha256 of
 * the e-mail typed, whether an account has it or not: never the e-mail itself) counts the failures in a
 * row of that address on that account, which then waits until `blocked_until` before its next try.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    address: text('address').notNull(),
    account: text('account').notNull().default(''),
    failures: integer('failures').notNull().default(0),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  (t) => [primaryKey({ name: 'login_throttle_pkey', columns: [t.address, t.account] })],
);

/**
 * The GraphQL documents a service account's keys may send by their id instead of their text (issue 20,
 * migration 0038): `documentId` is `sha256:` and the hex SHA-256 of `body`. Looked up by
 * core/graphql/trusted-documents.ts before a request is parsed; administrators register and remove them.
 */
export const trustedDocument = pgTable(
  'trusted_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceAccountId: uuid('service_account_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    documentId: text('document_id').notNull(),
    body: text('body').notNull(),
    operationNames: text('operation_names')
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('trusted_document_account_document_key').on(t.serviceAccountId, t.documentId),
    check('trusted_document_id_check', sql`document_id ~ '^sha256:[0-9a-f]{64}$'`),
  ],
);
