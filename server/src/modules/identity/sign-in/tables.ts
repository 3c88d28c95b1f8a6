import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, inList } from '../../../core/db/columns.js';
import { appUser, organisation } from '../tables.js';

export const SIGN_IN_METHODS = ['PASSWORD', 'PROCONNECT'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];
export const FACTORS = ['TOTP', 'PASSKEY', 'RECOVERY_CODE'] as const;
export type Factor = (typeof FACTORS)[number];
/** How a session passed its second factor: one of the user's own, or ProConnect's strong enough acr. */
export type SessionSecondFactor = Factor | 'PROCONNECT_ACR';
export const SESSION_REVOKE_REASONS = ['LOGOUT', 'USER', 'PASSWORD_CHANGE', 'REFRESH_REUSE', 'ADMIN'] as const;
export type SessionRevokeReason = (typeof SESSION_REVOKE_REASONS)[number];
/**
 * SECOND_FACTOR, ENROL, LINK: a sign-in under way (flow.ts). ACCOUNT_ENROL: a signed-in user adding a
 * passkey or a TOTP from their account page, between the options and the answer (method SESSION).
 */
export const ATTEMPT_STAGES = ['SECOND_FACTOR', 'ENROL', 'LINK', 'ACCOUNT_ENROL'] as const;
export type AttemptStage = (typeof ATTEMPT_STAGES)[number];

/** The claims ProConnect returned, kept on an attempt until it ends. */
export interface ProConnectClaims {
  sub: string;
  email: string;
  given_name?: string | null;
  usual_name?: string | null;
  siret?: string | null;
  uid?: string | null;
  idp_id?: string | null;
  acr?: string | null;
}

/** Migration 0045. The id is the family id of its refresh tokens, and the `sid` of its access tokens. */
export const userSession = pgTable(
  'user_session',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason').$type<SessionRevokeReason>(),
    method: text('method').$type<SignInMethod>().notNull().default('PASSWORD'),
    secondFactor: text('second_factor').$type<SessionSecondFactor>(),
    userAgent: text('user_agent'),
    addressPrefix: text('address_prefix'),
    idToken: text('id_token'),
  },
  (t) => [
    index('user_session_user_idx')
      .on(t.userId)
      .where(sql`revoked_at IS NULL`),
    check('user_session_method_check', inList('method', SIGN_IN_METHODS)),
    check('user_session_second_factor_check', inList('second_factor', [...FACTORS, 'PROCONNECT_ACR'])),
    check('user_session_revoked_reason_check', inList('revoked_reason', SESSION_REVOKE_REASONS)),
  ],
);

export const signInAttempt = pgTable(
  'sign_in_attempt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').references(() => appUser.id),
    stage: text('stage').$type<AttemptStage>().notNull(),
    method: text('method').$type<SignInMethod | 'SESSION'>().notNull(),
    proconnect: jsonb('proconnect').$type<ProConnectClaims>(),
    idToken: text('id_token'),
    webauthnChallenge: text('webauthn_challenge'),
    totpSecret: text('totp_secret'),
    failures: integer('failures').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sign_in_attempt_token_key').on(t.tokenHash),
    index('sign_in_attempt_expires_idx').on(t.expiresAt),
    check('sign_in_attempt_stage_check', inList('stage', ATTEMPT_STAGES)),
    check('sign_in_attempt_method_check', inList('method', [...SIGN_IN_METHODS, 'SESSION'])),
  ],
);

export const userTotp = pgTable('user_totp', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => appUser.id),
  secret: text('secret').notNull(),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});

export const userPasskey = pgTable(
  'user_passkey',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    credentialId: text('credential_id').notNull(),
    publicKey: bytea('public_key').notNull(),
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: text('transports')
      .array()
      .notNull()
      .default(sql`'{}'`),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('user_passkey_credential_key').on(t.credentialId), index('user_passkey_user_idx').on(t.userId)],
);

export const recoveryCode = pgTable(
  'recovery_code',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recovery_code_user_idx').on(t.userId)],
);

export const proconnectIdentity = pgTable(
  'proconnect_identity',
  {
    sub: text('sub').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    idpId: text('idp_id'),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('proconnect_identity_user_key').on(t.userId)],
);

export const proconnectLogin = pgTable(
  'proconnect_login',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    browserHash: text('browser_hash').notNull(),
    returnTo: text('return_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('proconnect_login_state_key').on(t.state)],
);

export const ACCESS_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type AccessRequestStatus = (typeof ACCESS_REQUEST_STATUSES)[number];

export const accessRequest = pgTable(
  'access_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status').$type<AccessRequestStatus>().notNull().default('PENDING'),
    email: text('email').notNull(),
    givenName: text('given_name'),
    usualName: text('usual_name'),
    siret: text('siret'),
    proconnectSub: text('proconnect_sub').notNull(),
    idpId: text('idp_id'),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    roles: text('roles').array(),
    userId: uuid('user_id').references(() => appUser.id),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('access_request_pending_key')
      .on(t.proconnectSub)
      .where(sql`status = 'PENDING'`),
    index('access_request_status_idx').on(t.status, t.createdAt),
    index('access_request_organisation_idx').on(t.organisationId),
    check('access_request_status_check', inList('status', ACCESS_REQUEST_STATUSES)),
  ],
);
