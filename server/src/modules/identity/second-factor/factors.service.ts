import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Services } from '../../../core/services.js';
import type { Tx } from '../../../core/db/driver.js';
import { AppError, notFound } from '../../../core/errors.js';
import { newOpaqueToken, sha256 } from '../../../core/auth/tokens.js';
import { appUser } from '../tables.js';
import { secondFactorRequired } from '../sign-in/flow.js';
import { recoveryCode, signInAttempt, userPasskey, userTotp, type Factor } from '../sign-in/tables.js';
import { checkTotp, newTotpSecret, totpQrCode, totpUri, type TotpCheck } from './totp.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import {
  PASSKEY_TIMEOUT_MS,
  authenticationOptions,
  registrationOptions,
  relyingParty,
  verifyAuthentication,
  verifyRegistration,
  type StoredPasskey,
} from './passkeys.js';

/**
 * A user's second factors: their TOTP app (one), their passkeys (up to MAX_PASSKEYS), their recovery
 * codes (one set). Every function runs in the caller's transaction, on the owner's connection (these
 * tables have no grant to the request role: only the sign-in and account code reach them).
 */
export const MAX_PASSKEYS = 20;

export interface FactorSummary {
  totp: { createdAt: Date; lastUsedAt: Date | null } | null;
  passkeys: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }[];
  recoveryCodesLeft: number;
}

/** The user's row, locked: every change of their factors waits for the one under way (the count of what is left stays true). */
export async function lockUser(tx: Tx, userId: string): Promise<{ id: string; email: string; displayName: string }> {
  const [user] = await tx
    .select({ id: appUser.id, email: appUser.email, displayName: appUser.displayName })
    .from(appUser)
    .where(eq(appUser.id, userId))
    .for('update');
  if (!user) throw notFound('Le compte');
  return user;
}

export async function factorSummary(tx: Tx, userId: string): Promise<FactorSummary> {
  const [totp] = await tx
    .select({ createdAt: userTotp.createdAt, lastUsedAt: userTotp.lastUsedAt })
    .from(userTotp)
    .where(eq(userTotp.userId, userId));
  const passkeys = await tx
    .select({
      id: userPasskey.id,
      name: userPasskey.name,
      createdAt: userPasskey.createdAt,
      lastUsedAt: userPasskey.lastUsedAt,
    })
    .from(userPasskey)
    .where(eq(userPasskey.userId, userId))
    .orderBy(userPasskey.createdAt, userPasskey.id);
  const [codes] = await tx
    .select({ n: count() })
    .from(recoveryCode)
    .where(and(eq(recoveryCode.userId, userId), isNull(recoveryCode.usedAt)));
  return { totp: totp ?? null, passkeys, recoveryCodesLeft: codes?.n ?? 0 };
}

/** How many factors the user holds (a TOTP app, passkeys): recovery codes alone are none. */
const factorCount = (s: FactorSummary) => (s.totp ? 1 : 0) + s.passkeys.length;

// --- TOTP --------------------------------------------------------------------------------------------

/** What an authenticator app needs: the secret (typed), its otpauth:// URI, the URI's QR code. */
export interface TotpSetup {
  secret: string;
  uri: string;
  qrCode: string;
}

export async function totpSetup(secret: string, email: string): Promise<TotpSetup> {
  const uri = totpUri(secret, email);
  return { secret, uri, qrCode: await totpQrCode(uri) };
}

/** Checks a code against the user's TOTP app; accepted, its step is spent (never accepted again). */
export async function useTotp(
  tx: Tx,
  userId: string,
  code: string,
): Promise<TotpCheck | { ok: false; reason: 'none' }> {
  const [row] = await tx.select().from(userTotp).where(eq(userTotp.userId, userId)).for('update');
  if (!row) return { ok: false, reason: 'none' };
  const check = checkTotp(row.secret, code, row.lastUsedStep);
  if (check.ok)
    await tx
      .update(userTotp)
      .set({ lastUsedStep: check.step, lastUsedAt: sql`now()` })
      .where(eq(userTotp.userId, userId));
  return check;
}

/**
 * Enrols (or replaces) the user's TOTP app once they typed its first code: `code` checked against the
 * secret given at the options, its step spent. Refused: BAD_USER_INPUT on `code`.
 */
export async function saveTotp(tx: Tx, userId: string, secret: string, code: string): Promise<{ replaced: boolean }> {
  const check = checkTotp(secret, code, null);
  if (!check.ok) throw wrongCode();
  const [old] = await tx.select({ userId: userTotp.userId }).from(userTotp).where(eq(userTotp.userId, userId));
  const values = { secret, lastUsedStep: check.step, lastUsedAt: sql`now()`, createdAt: sql`now()` };
  await tx
    .insert(userTotp)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: userTotp.userId, set: values });
  return { replaced: Boolean(old) };
}

export const wrongCode = () =>
  new AppError('BAD_USER_INPUT', 'Code incorrect ou déjà utilisé.', [
    { path: 'code', message: 'code incorrect ou déjà utilisé' },
  ]);

// --- Recovery codes ----------------------------------------------------------------------------------

/** A new set of recovery codes, the old ones void; returns the codes, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const { shown, hashes } = newRecoveryCodes();
  await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
  await tx.insert(recoveryCode).values(hashes.map((codeHash) => ({ userId, codeHash })));
  return shown;
}

/** Spends one recovery code of the user (normalised); false when it is none of theirs, or used. Returns the codes left. */
export async function useRecoveryCode(
  tx: Tx,
  userId: string,
  normalised: string,
): Promise<{ ok: boolean; left: number }> {
  const used = await tx
    .update(recoveryCode)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(recoveryCode.userId, userId),
        eq(recoveryCode.codeHash, hashRecoveryCode(normalised)),
        isNull(recoveryCode.usedAt),
      ),
    )
    .returning({ id: recoveryCode.id });
  const [left] = await tx
    .select({ n: count() })
    .from(recoveryCode)
    .where(and(eq(recoveryCode.userId, userId), isNull(recoveryCode.usedAt)));
  return { ok: used.length > 0, left: left?.n ?? 0 };
}

// --- Passkeys ----------------------------------------------------------------------------------------

async function storedPasskeys(tx: Tx, userId: string): Promise<(StoredPasskey & { id: string })[]> {
  const rows = await tx
    .select({
      id: userPasskey.id,
      credentialId: userPasskey.credentialId,
      publicKey: userPasskey.publicKey,
      counter: userPasskey.counter,
      transports: userPasskey.transports,
    })
    .from(userPasskey)
    .where(eq(userPasskey.userId, userId));
  return rows.map((r) => ({ ...r, publicKey: new Uint8Array(r.publicKey) }));
}

export async function passkeyCreationOptions(
  services: Services,
  tx: Tx,
  user: { id: string; email: string; displayName: string },
) {
  const existing = await storedPasskeys(tx, user.id);
  if (existing.length >= MAX_PASSKEYS)
    throw new AppError(
      'CONFLICT',
      `Vous avez déjà ${MAX_PASSKEYS} clés d'accès : retirez-en une d'abord.`,
      'RULE_REFUSED',
    );
  return registrationOptions(relyingParty(services.config), user, existing);
}

export async function passkeyRequestOptions(services: Services, tx: Tx, userId: string) {
  return authenticationOptions(relyingParty(services.config), await storedPasskeys(tx, userId));
}

/** The name a passkey gets when the user gives none: « Clé d'accès 2 ». */
const defaultName = (n: number) => `Clé d'accès ${n}`;

/**
 * Registers the passkey the browser made for the challenge. Refused: BAD_USER_INPUT on `response`
 * (it does not answer the challenge) or CONFLICT (already registered, or too many).
 */
export async function savePasskey(
  services: Services,
  tx: Tx,
  userId: string,
  response: RegistrationResponseJSON,
  challenge: string,
  name: string | undefined,
): Promise<{ id: string }> {
  const stored = await verifyRegistration(relyingParty(services.config), response, challenge);
  const [taken] = await tx
    .select({ id: userPasskey.id })
    .from(userPasskey)
    .where(eq(userPasskey.credentialId, stored.credentialId));
  if (taken)
    throw new AppError('CONFLICT', "Cette clé d'accès est déjà enregistrée.", 'DUPLICATE', [
      { path: 'response', message: 'clé déjà enregistrée' },
    ]);
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(userPasskey).where(eq(userPasskey.userId, userId));
  if (n >= MAX_PASSKEYS)
    throw new AppError(
      'CONFLICT',
      `Vous avez déjà ${MAX_PASSKEYS} clés d'accès : retirez-en une d'abord.`,
      'RULE_REFUSED',
    );
  const [row] = await tx
    .insert(userPasskey)
    .values({
      userId,
      credentialId: stored.credentialId,
      publicKey: Buffer.from(stored.publicKey),
      counter: stored.counter,
      transports: stored.transports ?? [],
      name: name ?? defaultName(n + 1),
    })
    .returning({ id: userPasskey.id });
  return { id: row!.id };
}

/**
 * Checks a passkey's answer to the challenge: one of the user's own, signed by its key, its counter
 * moving on (a counter that goes back is a cloned authenticator: refused). Accepted: the new counter kept.
 */
export async function usePasskey(
  services: Services,
  tx: Tx,
  userId: string,
  response: AuthenticationResponseJSON,
  challenge: string | null,
): Promise<{ ok: true; passkeyId: string } | { ok: false; reason: 'no_challenge' | 'unknown_passkey' | 'refused' }> {
  if (!challenge) return { ok: false, reason: 'no_challenge' };
  const [row] = await tx
    .select()
    .from(userPasskey)
    .where(and(eq(userPasskey.userId, userId), eq(userPasskey.credentialId, response.id)))
    .for('update');
  if (!row) return { ok: false, reason: 'unknown_passkey' };
  const counter = await verifyAuthentication(relyingParty(services.config), response, challenge, {
    credentialId: row.credentialId,
    publicKey: new Uint8Array(row.publicKey),
    counter: row.counter,
    transports: row.transports,
  });
  if (counter === null) return { ok: false, reason: 'refused' };
  await tx
    .update(userPasskey)
    .set({ counter, lastUsedAt: sql`now()` })
    .where(eq(userPasskey.id, row.id));
  return { ok: true, passkeyId: row.id };
}

// --- A signed-in user's enrolment under way ----------------------------------------------------------

/**
 * Between the options and the answer of an enrolment from the account page, its TOTP secret or WebAuthn
 * challenge waits on a sign_in_attempt row of stage ACCOUNT_ENROL (in the database: any API process may
 * take the answer). One per user; its token is random and never given out (the row is found by user).
 */
async function accountEnrolment(tx: Tx, userId: string) {
  const [row] = await tx
    .select()
    .from(signInAttempt)
    .where(
      and(
        eq(signInAttempt.userId, userId),
        eq(signInAttempt.stage, 'ACCOUNT_ENROL'),
        gt(signInAttempt.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(signInAttempt.createdAt))
    .limit(1)
    .for('update');
  return row ?? null;
}

/** An account enrolment stays open this long after its last options. */
const ACCOUNT_ENROL_MS = 10 * 60_000;

export async function startAccountEnrolment(
  tx: Tx,
  userId: string,
  values: { totpSecret: string } | { webauthnChallenge: string },
): Promise<void> {
  const expiresAt = new Date(Date.now() + Math.max(ACCOUNT_ENROL_MS, PASSKEY_TIMEOUT_MS));
  const row = await accountEnrolment(tx, userId);
  if (row) {
    await tx
      .update(signInAttempt)
      .set({ ...values, expiresAt })
      .where(eq(signInAttempt.id, row.id));
    return;
  }
  await tx.delete(signInAttempt).where(and(eq(signInAttempt.userId, userId), eq(signInAttempt.stage, 'ACCOUNT_ENROL')));
  await tx.insert(signInAttempt).values({
    tokenHash: sha256(newOpaqueToken()),
    userId,
    stage: 'ACCOUNT_ENROL',
    method: 'SESSION',
    expiresAt,
    ...values,
  });
}

/** Takes (once) the TOTP secret or the challenge the account enrolment holds; null when none is waiting. */
export async function takeAccountEnrolment(
  tx: Tx,
  userId: string,
  what: 'totpSecret' | 'webauthnChallenge',
): Promise<string | null> {
  const row = await accountEnrolment(tx, userId);
  const value = row?.[what] ?? null;
  if (row && value)
    await tx
      .update(signInAttempt)
      .set({ [what]: null })
      .where(eq(signInAttempt.id, row.id));
  return value;
}

export const noEnrolment = (path: string) =>
  new AppError('BAD_USER_INPUT', 'Aucun ajout en cours, ou il a expiré : recommencez depuis le début.', [
    { path, message: "aucun ajout en cours : demandez d'abord les options" },
  ]);

// --- Adding and removing, for a signed-in user -------------------------------------------------------

/** A factor added: the first one comes with a new set of recovery codes (shown once). */
export async function afterFactorAdded(tx: Tx, userId: string, before: FactorSummary): Promise<string[] | undefined> {
  if (factorCount(before) > 0 && before.recoveryCodesLeft > 0) return undefined;
  return replaceRecoveryCodes(tx, userId);
}

/** Refuses to remove the user's last factor when one of their roles requires a second factor. */
async function assertMayRemove(services: Services, tx: Tx, userId: string, summary: FactorSummary): Promise<void> {
  if (factorCount(summary) > 1) return;
  if (await secondFactorRequired(services, tx, userId))
    throw new AppError(
      'CONFLICT',
      'Votre rôle exige un second facteur : ajoutez-en un autre avant de retirer celui-ci.',
      'RULE_REFUSED',
    );
}

/** Removes what is left when the last factor goes: recovery codes stand in for a factor, not alone. */
async function afterFactorRemoved(tx: Tx, userId: string, summary: FactorSummary): Promise<void> {
  if (factorCount(summary) === 1) await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
}

export async function removeTotp(services: Services, tx: Tx, userId: string): Promise<void> {
  const summary = await factorSummary(tx, userId);
  if (!summary.totp) throw notFound("L'application d'authentification");
  await assertMayRemove(services, tx, userId, summary);
  await tx.delete(userTotp).where(eq(userTotp.userId, userId));
  await afterFactorRemoved(tx, userId, summary);
}

export async function removePasskey(services: Services, tx: Tx, userId: string, passkeyId: string): Promise<void> {
  const summary = await factorSummary(tx, userId);
  if (!summary.passkeys.some((p) => p.id === passkeyId)) throw notFound("La clé d'accès");
  await assertMayRemove(services, tx, userId, summary);
  await tx.delete(userPasskey).where(and(eq(userPasskey.id, passkeyId), eq(userPasskey.userId, userId)));
  await afterFactorRemoved(tx, userId, summary);
}

/** A new set of recovery codes, for a user who holds a factor (alone, codes are none). */
export async function regenerateRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const summary = await factorSummary(tx, userId);
  if (factorCount(summary) === 0)
    throw new AppError(
      'CONFLICT',
      "Ajoutez d'abord une application d'authentification ou une clé d'accès : les codes de secours les remplacent.",
      'RULE_REFUSED',
    );
  return replaceRecoveryCodes(tx, userId);
}

export { newTotpSecret, factorCount };
export type { Factor };
