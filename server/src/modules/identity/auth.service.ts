import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { identity } from '@maillage/shared';
import type { Services } from '../../core/services.js';
import { appendAudit } from '../../core/audit.js';
import { AppError } from '../../core/errors.js';
import { verifyPassword } from '../../core/auth/passwords.js';
import { newOpaqueToken, sha256, signAccessToken } from '../../core/auth/tokens.js';
import type { Tx } from '../../core/db/driver.js';
import { parseInput } from '../../core/validation.js';
import { appUser, loginThrottle, refreshToken } from './tables.js';

export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MINUTES = 15;
/** Failed logins one address may make in a window before it is made to wait. */
export const ADDRESS_FAILURES = 30;
export const ADDRESS_WINDOW_MINUTES = 15;

const invalidCredentials = () =>
  new AppError('UNAUTHENTICATED', 'E-mail ou mot de passe incorrect, ou compte temporairement verrouillé.');

export interface Session {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: { id: string; email: string; displayName: string };
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

/** Records a failure for the address; true when the address must wait. */
async function addressThrottled(tx: Tx, address: string): Promise<boolean> {
  const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.address, address));
  if (!row) return false;
  const windowOpen = Date.now() - row.windowStart.getTime() < ADDRESS_WINDOW_MINUTES * 60_000;
  return windowOpen && row.failures >= ADDRESS_FAILURES;
}

async function countAddressFailure(tx: Tx, address: string) {
  await tx
    .insert(loginThrottle)
    .values({ address, failures: 1 })
    .onConflictDoUpdate({
      target: loginThrottle.address,
      set: {
        failures: sql`case when ${loginThrottle.windowStart} < now() - make_interval(mins => ${ADDRESS_WINDOW_MINUTES}) then 1 else ${loginThrottle.failures} + 1 end`,
        windowStart: sql`case when ${loginThrottle.windowStart} < now() - make_interval(mins => ${ADDRESS_WINDOW_MINUTES}) then now() else ${loginThrottle.windowStart} end`,
      },
    });
}

/**
 * Checks the credentials. Every outcome is audited; a failure never says which of e-mail or
 * password was wrong. The failure counters commit even though the login is refused.
 */
export async function login(services: Services, raw: unknown, caller: Caller): Promise<Session> {
  const input = parseInput(identity.loginInput, raw, '');
  const { db } = services.database;
  const outcome = await db.transaction(async (tx) => {
    const fail = async (reason: string, userId: string | null) => {
      await countAddressFailure(tx, caller.address);
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
    if (await addressThrottled(tx, caller.address)) {
      await appendAudit(tx, {
        actorId: null,
        action: 'auth.login',
        outcome: 'DENIED',
        requestId: caller.requestId,
        details: { reason: 'address_throttled' },
      });
      return {
        error: new AppError(
          'RATE_LIMITED',
          'Trop de tentatives depuis cette adresse : réessayez dans quelques minutes.',
        ),
      } as const;
    }
    const [user] = await tx.select().from(appUser).where(eq(appUser.email, input.email)).for('update');
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user) return fail('unknown_account', null);
    if (user.lockedUntil && user.lockedUntil > new Date()) return fail('locked', user.id);
    if (!passwordOk) {
      const failures = user.failedLoginCount + 1;
      const lock = failures >= LOCK_AFTER_FAILURES;
      await tx
        .update(appUser)
        .set({
          failedLoginCount: lock ? 0 : failures,
          lockedUntil: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000) : user.lockedUntil,
        })
        .where(eq(appUser.id, user.id));
      if (lock)
        await appendAudit(tx, {
          actorId: null,
          action: 'auth.lock',
          subjectType: 'user',
          subjectId: user.id,
          requestId: caller.requestId,
        });
      return fail('bad_password', user.id);
    }
    if (!user.active) return fail('inactive', user.id);
    await tx
      .update(appUser)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: sql`now()` })
      .where(eq(appUser.id, user.id));
    await appendAudit(tx, {
      actorId: user.id,
      action: 'auth.login',
      subjectType: 'user',
      subjectId: user.id,
      requestId: caller.requestId,
    });
    return {
      session: await issueSession(
        services,
        tx,
        { id: user.id, email: user.email, displayName: user.displayName },
        randomUUID(),
      ),
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
