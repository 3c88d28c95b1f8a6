import { and, eq, isNull, sql } from 'drizzle-orm';
import { identity } from '@maillage/shared';
import type { Services } from '../../core/services.js';
import { notifyInTx } from '../notifications/events.js';
import { appendAudit } from '../../core/audit.js';
import { AppError, RateLimitedError } from '../../core/errors.js';
import { verifyPassword } from '../../core/auth/passwords.js';
import { sha256 } from '../../core/auth/tokens.js';
import { parseInput } from '../../core/validation.js';
import { appUser, loginThrottle, refreshToken } from './tables.js';
import { afterFirstFactor, type SignInOutcome } from './sign-in/flow.js';
import { continueSession, revokeSessions, type Caller, type Session } from './sign-in/sessions.js';
import { userSession } from './sign-in/tables.js';
import {
  accountState,
  addressWait,
  countAccountFailure,
  countAddressFailure,
  invalidCredentials,
  isAlertCount,
  waitText,
} from './sign-in/throttle.js';

export {
  ACCOUNT_FORGET_HOURS,
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_WAIT_SECONDS,
  ADDRESS_FAILURES,
  ADDRESS_WINDOW_MINUTES,
  ALERT_AFTER_FAILURES,
  accountWaitSeconds,
} from './sign-in/throttle.js';
export type { Session } from './sign-in/sessions.js';

/**
 * Checks the credentials. Every outcome is audited; a failure never says which of e-mail or
 * password was wrong, nor whether an account has the e-mail (an unknown e-mail is counted and made to
 * wait as an account is). The failure counters commit even though the login is refused.
 */
export async function login(services: Services, raw: unknown, caller: Caller): Promise<SignInOutcome> {
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
    await tx.update(appUser).set({ failedLoginCount: 0 }).where(eq(appUser.id, user.id));
    const next = await afterFirstFactor(services, tx, { userId: user.id, method: 'PASSWORD', caller });
    // Told once signed in (the failures before this sign-in; a second factor may come between).
    return {
      outcome:
        next.kind === 'session'
          ? {
              ...next,
              session: {
                ...next.session,
                failedLogins: { count: user.failedLoginCount, lastAt: user.lastFailedLoginAt },
              },
            }
          : next,
    } as const;
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.outcome;
}

const noSession = () => new AppError('UNAUTHENTICATED', 'Session expirée : reconnectez-vous.');

/**
 * Rotates the refresh token of a live session. A token used twice means it was stolen: its whole family
 * is revoked, and its session with it (its access tokens stop too).
 */
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
      await revokeSessions(tx, { userId: row.userId, ids: [row.familyId] }, 'REFRESH_REUSE');
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
    const session = await continueSession(
      services,
      tx,
      { id: user.id, email: user.email, displayName: user.displayName },
      row.familyId,
      caller,
    );
    return session ? { session } : { error: noSession() };
  });
  if (outcome.error) throw outcome.error;
  return outcome.session!;
}

/**
 * Ends the session of the refresh cookie. Returns the ProConnect ID token of a session opened through
 * ProConnect, for its end-session endpoint (the provider's own session ends there).
 */
export async function logout(
  services: Services,
  token: string | undefined,
  caller: Caller,
): Promise<{ proconnectIdToken: string | null }> {
  if (!token) return { proconnectIdToken: null };
  return services.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(refreshToken)
      .where(eq(refreshToken.tokenHash, sha256(token)));
    if (!row) return { proconnectIdToken: null };
    await tx
      .update(refreshToken)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(refreshToken.familyId, row.familyId), isNull(refreshToken.revokedAt)));
    await revokeSessions(tx, { userId: row.userId, ids: [row.familyId] }, 'LOGOUT');
    const [session] = await tx
      .select({ method: userSession.method, idToken: userSession.idToken })
      .from(userSession)
      .where(eq(userSession.id, row.familyId));
    await appendAudit(tx, {
      actorId: row.userId,
      action: 'auth.logout',
      subjectType: 'user',
      subjectId: row.userId,
      requestId: caller.requestId,
    });
    return { proconnectIdToken: session?.method === 'PROCONNECT' ? session.idToken : null };
  });
}
