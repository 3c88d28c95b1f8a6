import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/driver.js';
import { AppError } from '../../../core/errors.js';
import { sha256 } from '../../../core/auth/tokens.js';
import { appUser, loginThrottle } from '../tables.js';

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

export const isAlertCount = (failures: number) =>
  failures >= ALERT_AFTER_FAILURES &&
  failures % ALERT_AFTER_FAILURES === 0 &&
  Number.isInteger(Math.log2(failures / ALERT_AFTER_FAILURES));

export const invalidCredentials = () => new AppError('UNAUTHENTICATED', 'E-mail ou mot de passe incorrect.');

/** "3 secondes", "4 minutes": how long to wait, in a message. */
export function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 seconde' : `${seconds} secondes`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The row of `login_throttle` counting every account tried from an address. */
const EVERY_ACCOUNT = '';

/** Seconds the address must wait, whatever the account, or 0. */
export async function addressWait(tx: Tx, address: string, now: Date): Promise<number> {
  const [row] = await tx
    .select()
    .from(loginThrottle)
    .where(and(eq(loginThrottle.address, address), eq(loginThrottle.account, EVERY_ACCOUNT)));
  if (!row || row.failures < ADDRESS_FAILURES) return 0;
  const windowEnd = row.windowStart.getTime() + ADDRESS_WINDOW_MINUTES * 60_000;
  return windowEnd > now.getTime() ? Math.ceil((windowEnd - now.getTime()) / 1000) : 0;
}

export async function countAddressFailure(tx: Tx, address: string) {
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
export async function accountState(
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

export async function countAccountFailure(tx: Tx, address: string, account: string, failures: number, now: Date) {
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
 * A wrong guess of the current password on the change form, counted as a failed sign-in from the address
 * on the account (after the request's rollback: core/request-state.ts records it with the refusal).
 */
export async function countPasswordGuess(tx: Tx, address: string, userId: string): Promise<void> {
  const [user] = await tx
    .select({ email: appUser.email, resetAt: appUser.loginThrottleResetAt })
    .from(appUser)
    .where(eq(appUser.id, userId));
  if (!user) return;
  const account = sha256(user.email);
  const now = new Date();
  const state = await accountState(tx, address, account, user.resetAt, now);
  await countAddressFailure(tx, address);
  await countAccountFailure(tx, address, account, state.failures + 1, now);
}
