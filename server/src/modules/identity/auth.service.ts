import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { identity } from '@maillage/shared';
import type { Services } from '../../core/services.js';
import { notifyInTx } from '../notifications/events.js';
import { appendAudit } from '../../core/audit.js';
import { AppError, RateLimitedError } from '../../core/errors.js';
import { verifyPassword } from '../../core/auth/passwords.js';
import { newOpaqueToken, sha256, signAccessToken } from '../../core/auth/tokens.js';
import type { Tx } from '../../core/db/driver.js';
import { parseInput } from '../../core/validation.js';
import { appUser, loginThrottle, refreshToken } from './tables.js';

/** Failed logins one address may make in a window, whatever the accounts tried, before it is made to wait. */
export const ADDRESS_FAILURES = 30;
export const ADDRESS_WINDOW_MINUTES = 15;
/**
 * Failed logins never lock an account (anyone could then keep its user out): an address that fails on
 * one account this many times in a row waits 1 s before its next try on it, then twice as long after
 * each further failure, up to ACCOUNT_MAX_WAIT_SECONDS. The user, from their own address, is not held
 * back; their successful login, or an administrator (users.service.ts unlockUser), ends the waits.
 */
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_MAX_WAIT_SECONDS = 15 * 60;
/** A run of failures of an address on an account with none for this long is forgotten. */
export const ACCOUNT_FORGET_HOURS = 24;
/**
 * Failures in a row on an account, from every address, at which the administrators are alerted (an
 * `auth.repeated_failures` event in the audit log, as `auth.lock` was): 10, then 20, 40, 80…
 */
export const ALERT_AFTER_FAILURES = 10;

/** The wait after an address's `failures`-th failure in a row on an account. */
export function accountWaitSeconds(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - ACCOUNT_FREE_FAILURES), ACCOUNT_MAX_WAIT_SECONDS);
}

const isAlertCount = (failures: number) =>
  failures >= ALERT_AFTER_FAILURES &&
  failures % ALERT_AFTER_FAILURES === 0 &&
  Number.isInteger(Math.log2(failures / ALERT_AFTER_FAILURES));

const invalidCredentials = () => new AppError('UNAUTHENTICATED', 'E-mail ou mot de passe incorrect.');

/** "3 secondes", "4 minutes": how long to wait, in a message. */
function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 seconde' : `${seconds} secondes`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export interface Session {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: { id: string; email: string; displayName: string };
  /**
   * At sign-in only: the failed sign-ins on the account since the user's last one, from every address,
   * for the web app to tell them (someone else may be trying their password).
   */
  failedLogins?: { count: number; lastAt: Date | null };
}

interface Caller {
  address: string;
  requestId: string;
}

async function issueSession(services: Services, tx: Tx, user: Session['user'], familyId: string): Promise<Session> {
  const token = newOpaqueToken();
  const refreshExpiresAt = new Date(Date.now() + services.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  await tx
    .insert(refreshToken)
    .values({ familyId, userId: user.id, tokenHash: sha256(token), expiresAt: refreshExpiresAt });
  const access = await signAccessToken(services.keys, services.tokens, user.id);
  return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: token, refreshExpiresAt, user };
}

/** The row of `login_throttle` counting every account tried from an address. */
const EVERY_ACCOUNT = '';

/** Seconds the address must wait, whatever the account, or 0. */
async function addressWait(tx: Tx, address: string, now: Date): Promise<number> {
  const [row] = await tx
    .select()
    .from(loginThrottle)
    .where(and(eq(loginThrottle.address, address), eq(loginThrottle.account, EVERY_ACCOUNT)));
  if (!row || row.failures < ADDRESS_FAILURES) return 0;
  const windowEnd = row.windowStart.getTime() + ADDRESS_WINDOW_MINUTES * 60_000;
  return windowEnd > now.getTime() ? Math.ceil((windowEnd - now.getTime()) / 1000) : 0;
}

async function countAddressFailure(tx: Tx, address: string) {
  await tx
    .insert(loginThrottle)
    .values({ address, account: EVERY_ACCOUNT, failures: 1 })
    .onConflictDoUpdate({
      target: [loginThrottle.address, loginThrottle.account],
      set: {
        failures: sql`case when ${loginThrottle.windowStart} < now() - make_interval(mins => ${ADDRESS_WINDOW_MINUTES}) then 1 else ${loginThrottle.failures} + 1 end`,
        windowStart: sql`case when ${loginThrottle.windowStart} < now() - make_interval(mins => ${ADDRESS_WINDOW_MINUTES}) then now() else ${loginThrottle.windowStart} end`,
        lastFailureAt: sql`now()`,
      },
    });
}

/**
 * The failures in a row of an address on an account (the sha256 of the e-mail typed) and the seconds
 * it must still wait. A run is forgotten after ACCOUNT_FORGET_HOURS without a failure, or once an
 * administrator lifted the account's waits (`resetAt`).
 */
async function accountState(
  tx: Tx,
  address: string,
  account: string,
  resetAt: Date | null,
  now: Date,
): Promise<{ failures: number; wait: number }> {
  const [row] = await tx
    .select()
    .from(loginThrottle)
    .where(and(eq(loginThrottle.address, address), eq(loginThrottle.account, account)));
  if (!row) return { failures: 0, wait: 0 };
  const forgotten =
    now.getTime() - row.lastFailureAt.getTime() > ACCOUNT_FORGET_HOURS * 3_600_000 ||
    (resetAt !== null && row.lastFailureAt <= resetAt);
  if (forgotten) return { failures: 0, wait: 0 };
  const wait = row.blockedUntil ? Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000) : 0;
  return { failures: row.failures, wait: Math.max(wait, 0) };
}

async function countAccountFailure(tx: Tx, address: string, account: string, failures: number, now: Date) {
  const wait = accountWaitSeconds(failures);
  const values = {
    failures,
    windowStart: now,
    lastFailureAt: now,
    blockedUntil: wait > 0 ? new Date(now.getTime() + wait * 1000) : null,
  };
  await tx
    .insert(loginThrottle)
    .values({ address, account, ...values })
    .onConflictDoUpdate({ target: [loginThrottle.address, loginThrottle.account], set: values });
}

/**
 * Checks the credentials. Every outcome is audited; a failure never says which of e-mail or
 * password was wrong, nor whether an account has the e-mail (an unknown e-mail is counted and made to
 * wait as an account is). The failure counters commit even though the login is refused.
 */
export async function login(services: Services, raw: unknown, caller: Caller): Promise<Session> {
  const input = parseInput(identity.loginInput, raw, '');
  const { db } = services.database;
  const account = sha256(input.email);
  const outcome = await db.transaction(async (tx) => {
    const now = new Date();
    const denied = async (reason: string, userId: string | null, error: AppError) => {
      await appendAudit(tx, {
        actorId: null,
        action: 'auth.login',
        outcome: 'DENIED',
        subjectType: userId ? 'user' : null,
        subjectId: userId,
        requestId: caller.requestId,
        details: { reason },
      });
      return { error } as const;
    };
    const waitForAddress = await addressWait(tx, caller.address, now);
    if (waitForAddress > 0)
      return denied(
        'address_throttled',
        null,
        new RateLimitedError(
          'Trop de tentatives depuis cette adresse : réessayez dans quelques minutes.',
          waitForAddress,
        ),
      );
    // Locked for the transaction: the tries on one account are counted one after the other.
    const [user] = await tx.select().from(appUser).where(eq(appUser.email, input.email)).for('update');
    const state = await accountState(tx, caller.address, account, user?.loginThrottleResetAt ?? null, now);
    // Refused before the password is even checked: waiting is the only way on.
    if (state.wait > 0)
      return denied(
        'account_throttled',
        user?.id ?? null,
        new RateLimitedError(
          `Trop d'échecs de connexion à ce compte depuis cette adresse : réessayez dans ${waitText(state.wait)}.`,
          state.wait,
        ),
      );

    const fail = async (reason: string, userId: string | null) => {
      await countAddressFailure(tx, caller.address);
      await countAccountFailure(tx, caller.address, account, state.failures + 1, now);
      await appendAudit(tx, {
        actorId: null,
        action: 'auth.login',
        outcome: 'FAILURE',
        subjectType: userId ? 'user' : null,
        subjectId: userId,
        requestId: caller.requestId,
        details: { reason },
      });
      return { error: invalidCredentials() } as const;
    };
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user) return fail('unknown_account', null);
    if (!passwordOk) {
      const failures = user.failedLoginCount + 1;
      await tx
        .update(appUser)
        .set({ failedLoginCount: failures, lastFailedLoginAt: now })
        .where(eq(appUser.id, user.id));
      if (isAlertCount(failures))
        await appendAudit(tx, {
          actorId: null,
          action: 'auth.repeated_failures',
          subjectType: 'user',
          subjectId: user.id,
          requestId: caller.requestId,
          details: { failures },
        });
      if (isAlertCount(failures)) {
        // The account's user and the administrators hear of it (no address, no count: they sign in to read).
        const target = { type: 'user', id: user.id };
        await notifyInTx(services, tx, {
          kind: 'SECURITY_ACCOUNT_LOCKED',
          audience: { type: 'USERS', userIds: [user.id] },
          target,
          link: '/',
        });
        await notifyInTx(services, tx, {
          kind: 'SECURITY_ACCOUNT_LOCKED',
          audience: { type: 'ADMINS' },
          target,
          link: `/admin/utilisateurs/${user.id}`,
        });
      }
      return fail('bad_password', user.id);
    }
    if (!user.active) return fail('inactive', user.id);
    await tx
      .delete(loginThrottle)
      .where(and(eq(loginThrottle.address, caller.address), eq(loginThrottle.account, account)));
    await tx
      .update(appUser)
      .set({ failedLoginCount: 0, lastLoginAt: sql`now()` })
      .where(eq(appUser.id, user.id));
    await appendAudit(tx, {
      actorId: user.id,
      action: 'auth.login',
      subjectType: 'user',
      subjectId: user.id,
      requestId: caller.requestId,
    });
    const session = await issueSession(
      services,
      tx,
      { id: user.id, email: user.email, displayName: user.displayName },
      randomUUID(),
    );
    return {
      session: { ...session, failedLogins: { count: user.failedLoginCount, lastAt: user.lastFailedLoginAt } },
    } as const;
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.session;
}

const noSession = () => new AppError('UNAUTHENTICATED', 'Session expirée : reconnectez-vous.');

/** Rotates the refresh token. A token used twice means it was stolen: its whole family is revoked. */
export async function refresh(services: Services, token: string | undefined, caller: Caller): Promise<Session> {
  if (!token) throw noSession();
  const { db } = services.database;
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(refreshToken)
      .where(eq(refreshToken.tokenHash, sha256(token)))
      .for('update');
    if (!row) return { error: noSession() };
    if (row.usedAt || row.revokedAt) {
      await tx
        .update(refreshToken)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshToken.familyId, row.familyId), isNull(refreshToken.revokedAt)));
      await appendAudit(tx, {
        actorId: null,
        action: 'auth.refresh_reuse',
        outcome: 'DENIED',
        subjectType: 'user',
        subjectId: row.userId,
        requestId: caller.requestId,
        details: { family: row.familyId },
      });
      return { error: noSession() };
    }
    if (row.expiresAt <= new Date()) return { error: noSession() };
    const [user] = await tx.select().from(appUser).where(eq(appUser.id, row.userId));
    if (!user || !user.active) return { error: noSession() };
    await tx
      .update(refreshToken)
      .set({ usedAt: sql`now()` })
      .where(eq(refreshToken.id, row.id));
    return {
      session: await issueSession(
        services,
        tx,
        { id: user.id, email: user.email, displayName: user.displayName },
        row.familyId,
      ),
    };
  });
  if (outcome.error) throw outcome.error;
  return outcome.session!;
}

export async function logout(services: Services, token: string | undefined, caller: Caller): Promise<void> {
  if (!token) return;
  await services.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(refreshToken)
      .where(eq(refreshToken.tokenHash, sha256(token)));
    if (!row) return;
    await tx
      .update(refreshToken)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(refreshToken.familyId, row.familyId), isNull(refreshToken.revokedAt)));
    await appendAudit(tx, {
      actorId: row.userId,
      action: 'auth.logout',
      subjectType: 'user',
      subjectId: row.userId,
      requestId: caller.requestId,
    });
  });
}
