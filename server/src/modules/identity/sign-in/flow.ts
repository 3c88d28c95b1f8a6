import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Services } from '../../../core/services.js';
import type { Tx } from '../../../core/db/driver.js';
import { appendAudit } from '../../../core/audit.js';
import { RateLimitedError } from '../../../core/errors.js';
import { newOpaqueToken, sha256 } from '../../../core/auth/tokens.js';
import { appUser, loginThrottle, membership, organisation } from '../tables.js';
import { accountWaitSeconds } from './throttle.js';
import { openSession, type Caller, type Session, type SessionUser } from './sessions.js';
import {
  proconnectIdentity,
  recoveryCode,
  signInAttempt,
  userPasskey,
  userTotp,
  type AttemptStage,
  type Factor,
  type ProConnectClaims,
  type SessionSecondFactor,
  type SignInMethod,
} from './tables.js';

/** How long a sign-in may wait at its second step. */
export const ATTEMPT_MINUTES = 10;
/** Wrong codes an attempt takes before it ends (the user starts again from the password). */
export const ATTEMPT_MAX_FAILURES = 5;

export type LinkMethod = 'PASSWORD' | Factor;

/** Where a sign-in stands after one of its steps. */
export type SignInOutcome =
  | { kind: 'session'; session: Session; recoveryCodes?: string[] }
  | {
      kind: 'attempt';
      token: string;
      stage: Exclude<AttemptStage, 'ACCOUNT_ENROL'>;
      methods: (Factor | 'PASSWORD')[];
      email?: string;
    };

export type AttemptRow = typeof signInAttempt.$inferSelect;

/** The factors the user enrolled, as a sign-in offers them. */
export async function factorsOf(tx: Tx, userId: string): Promise<Factor[]> {
  const [row] = await tx
    .select({
      totp: sql<boolean>`exists (select 1 from ${userTotp} where ${userTotp.userId} = ${userId})`,
      passkey: sql<boolean>`exists (select 1 from ${userPasskey} where ${userPasskey.userId} = ${userId})`,
      codes: sql<boolean>`exists (select 1 from ${recoveryCode} where ${recoveryCode.userId} = ${userId} and ${recoveryCode.usedAt} is null)`,
    })
    .from(sql`(select 1) as one`);
  const factors: Factor[] = [];
  if (row?.passkey) factors.push('PASSKEY');
  if (row?.totp) factors.push('TOTP');
  // Recovery codes stand in for a lost factor: alone, they are not one.
  if (row?.codes && factors.length > 0) factors.push('RECOVERY_CODE');
  return factors;
}

/** Whether one of the user's roles (in an active organisation) requires a second factor (SECOND_FACTOR_ROLES). */
export async function secondFactorRequired(services: Services, tx: Tx, userId: string): Promise<boolean> {
  const required = services.config.SECOND_FACTOR_ROLES;
  if (required.length === 0) return false;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(membership)
    .innerJoin(organisation, and(eq(organisation.id, membership.organisationId), eq(organisation.active, true)))
    .where(
      and(
        eq(membership.userId, userId),
        sql`${membership.roles} && array[${sql.join(
          required.map((role: string) => sql`${role}`),
          sql`, `,
        )}]::text[]`,
      ),
    );
  return (row?.n ?? 0) > 0;
}

async function sessionUser(tx: Tx, userId: string): Promise<SessionUser & { active: boolean }> {
  const [user] = await tx
    .select({ id: appUser.id, email: appUser.email, displayName: appUser.displayName, active: appUser.active })
    .from(appUser)
    .where(eq(appUser.id, userId));
  if (!user) throw new Error('sign-in of an unknown user');
  return user;
}

async function startAttempt(
  tx: Tx,
  values: {
    userId: string;
    stage: 'SECOND_FACTOR' | 'ENROL' | 'LINK';
    method: SignInMethod;
    proconnect?: ProConnectClaims | null;
    idToken?: string | null;
  },
): Promise<string> {
  const token = newOpaqueToken();
  await tx.insert(signInAttempt).values({
    tokenHash: sha256(token),
    userId: values.userId,
    stage: values.stage,
    method: values.method,
    proconnect: values.proconnect ?? null,
    idToken: values.idToken ?? null,
    expiresAt: new Date(Date.now() + ATTEMPT_MINUTES * 60_000),
  });
  return token;
}

async function signedIn(
  services: Services,
  tx: Tx,
  userId: string,
  method: SignInMethod,
  secondFactor: SessionSecondFactor | null,
  caller: Caller,
  idToken: string | null,
): Promise<SignInOutcome> {
  const user = await sessionUser(tx, userId);
  await tx
    .update(appUser)
    .set({ lastLoginAt: sql`now()` })
    .where(eq(appUser.id, userId));
  await appendAudit(tx, {
    actorId: userId,
    action: 'auth.login',
    subjectType: 'user',
    subjectId: userId,
    requestId: caller.requestId,
    details: { method, ...(secondFactor ? { secondFactor } : {}) },
  });
  const session = await openSession(services, tx, {
    user: { id: user.id, email: user.email, displayName: user.displayName },
    method,
    secondFactor,
    idToken,
    caller,
  });
  return { kind: 'session', session };
}

/**
 * After the password, or after ProConnect for a linked identity: a second factor is asked of a user who
 * enrolled one, or whose role requires one (they enrol first, and reach nothing before); after ProConnect,
 * not when the provider's acr says it already asked one (PROCONNECT_STRONG_ACR).
 */
export async function afterFirstFactor(
  services: Services,
  tx: Tx,
  first: {
    userId: string;
    method: SignInMethod;
    caller: Caller;
    proconnect?: ProConnectClaims | null;
    idToken?: string | null;
  },
): Promise<SignInOutcome> {
  const { userId, method, caller } = first;
  const idToken = first.idToken ?? null;
  const acr = first.proconnect?.acr;
  if (method === 'PROCONNECT' && acr && services.config.PROCONNECT_STRONG_ACR.includes(acr))
    return signedIn(services, tx, userId, method, 'PROCONNECT_ACR', caller, idToken);
  const factors = await factorsOf(tx, userId);
  if (factors.length > 0) {
    const token = await startAttempt(tx, {
      userId,
      stage: 'SECOND_FACTOR',
      method,
      proconnect: first.proconnect,
      idToken,
    });
    return { kind: 'attempt', token, stage: 'SECOND_FACTOR', methods: factors };
  }
  if (await secondFactorRequired(services, tx, userId)) {
    const token = await startAttempt(tx, { userId, stage: 'ENROL', method, proconnect: first.proconnect, idToken });
    return { kind: 'attempt', token, stage: 'ENROL', methods: ['PASSKEY', 'TOTP'] };
  }
  return signedIn(services, tx, userId, method, null, caller, idToken);
}

/**
 * A first ProConnect sign-in whose e-mail is an active user's: the user confirms, once, that the
 * identity is theirs (password or second factor) before it is linked.
 */
export async function startLink(
  tx: Tx,
  link: { userId: string; proconnect: ProConnectClaims; idToken: string | null },
): Promise<SignInOutcome> {
  const user = await sessionUser(tx, link.userId);
  const token = await startAttempt(tx, {
    userId: link.userId,
    stage: 'LINK',
    method: 'PROCONNECT',
    proconnect: link.proconnect,
    idToken: link.idToken,
  });
  return {
    kind: 'attempt',
    token,
    stage: 'LINK',
    methods: ['PASSWORD', ...(await factorsOf(tx, link.userId))],
    email: user.email,
  };
}

/** The attempt of a token, locked for the step; null when unknown, expired or ended. */
export async function loadAttempt(tx: Tx, token: string | undefined): Promise<AttemptRow | null> {
  if (!token) return null;
  const [row] = await tx
    .select()
    .from(signInAttempt)
    .where(and(eq(signInAttempt.tokenHash, sha256(token)), gt(signInAttempt.expiresAt, sql`now()`)))
    .for('update');
  return row ?? null;
}

/** The throttle row counting a user's wrong second-factor codes, from every address and attempt. */
const factorAccount = (userId: string) => sha256(`second-factor:${userId}`);
const EVERY_ADDRESS = '*';

/**
 * Refuses a code while the user's wrong codes make them wait: an attempt ends after 5, but someone who
 * knows the password could start another; the waits grow with the failures across attempts as a
 * password's do (throttle.ts), and a right code ends them.
 */
export async function assertFactorAllowed(tx: Tx, attempt: AttemptRow): Promise<void> {
  if (!attempt.userId) return;
  const [row] = await tx
    .select({ blockedUntil: loginThrottle.blockedUntil })
    .from(loginThrottle)
    .where(and(eq(loginThrottle.address, EVERY_ADDRESS), eq(loginThrottle.account, factorAccount(attempt.userId))));
  const wait = row?.blockedUntil ? Math.ceil((row.blockedUntil.getTime() - Date.now()) / 1000) : 0;
  if (wait > 0) throw new RateLimitedError(`Trop de codes erronés : réessayez dans ${Math.max(wait, 1)} s.`, wait);
}

/** A wrong code: counted on the attempt (the 5th ends it) and on the user (growing waits). */
export async function countFactorFailure(tx: Tx, attempt: AttemptRow): Promise<void> {
  if (attempt.failures + 1 >= ATTEMPT_MAX_FAILURES)
    await tx.delete(signInAttempt).where(eq(signInAttempt.id, attempt.id));
  else
    await tx
      .update(signInAttempt)
      .set({ failures: sql`${signInAttempt.failures} + 1` })
      .where(eq(signInAttempt.id, attempt.id));
  if (!attempt.userId) return;
  const account = factorAccount(attempt.userId);
  const [row] = await tx
    .select({ failures: loginThrottle.failures })
    .from(loginThrottle)
    .where(and(eq(loginThrottle.address, EVERY_ADDRESS), eq(loginThrottle.account, account)));
  const failures = (row?.failures ?? 0) + 1;
  const wait = accountWaitSeconds(failures);
  const values = {
    failures,
    windowStart: new Date(),
    lastFailureAt: new Date(),
    blockedUntil: wait > 0 ? new Date(Date.now() + wait * 1000) : null,
  };
  await tx
    .insert(loginThrottle)
    .values({ address: EVERY_ADDRESS, account, ...values })
    .onConflictDoUpdate({ target: [loginThrottle.address, loginThrottle.account], set: values });
}

/**
 * Links the identity the user confirmed as theirs; one they linked before (another agency's account,
 * whose `sub` differs) is replaced: a user has one ProConnect identity.
 */
async function linkIdentity(tx: Tx, userId: string, claims: ProConnectClaims): Promise<void> {
  await tx
    .delete(proconnectIdentity)
    .where(and(eq(proconnectIdentity.userId, userId), ne(proconnectIdentity.sub, claims.sub)));
  await tx
    .insert(proconnectIdentity)
    .values({ sub: claims.sub, userId, idpId: claims.idp_id ?? null })
    // Linked meanwhile (another tab): the same link.
    .onConflictDoNothing();
}

/**
 * After the user confirmed a LINK attempt by password: the identity is linked, then the sign-in goes on
 * as any ProConnect sign-in (a second factor when needed).
 */
export async function afterLinkPassword(
  services: Services,
  tx: Tx,
  attempt: AttemptRow,
  caller: Caller,
): Promise<SignInOutcome> {
  await tx.delete(signInAttempt).where(eq(signInAttempt.id, attempt.id));
  await linkIdentity(tx, attempt.userId!, attempt.proconnect!);
  await appendAudit(tx, {
    actorId: attempt.userId,
    action: 'auth.proconnect_link',
    subjectType: 'user',
    subjectId: attempt.userId,
    requestId: caller.requestId,
    details: { confirmedBy: 'PASSWORD' },
  });
  return afterFirstFactor(services, tx, {
    userId: attempt.userId!,
    method: 'PROCONNECT',
    caller,
    proconnect: attempt.proconnect,
    idToken: attempt.idToken,
  });
}

/**
 * After a second factor checked, or a first one enrolled (`recoveryCodes`: the codes made with it, shown
 * once): a LINK attempt links its identity; every attempt then opens its session.
 */
export async function afterSecondFactor(
  services: Services,
  tx: Tx,
  attempt: AttemptRow,
  factor: Factor,
  caller: Caller,
  recoveryCodes?: string[],
): Promise<SignInOutcome> {
  await tx.delete(signInAttempt).where(eq(signInAttempt.id, attempt.id));
  const userId = attempt.userId!;
  await tx
    .delete(loginThrottle)
    .where(and(eq(loginThrottle.address, EVERY_ADDRESS), eq(loginThrottle.account, factorAccount(userId))));
  if (attempt.stage === 'LINK') {
    await linkIdentity(tx, userId, attempt.proconnect!);
    await appendAudit(tx, {
      actorId: userId,
      action: 'auth.proconnect_link',
      subjectType: 'user',
      subjectId: userId,
      requestId: caller.requestId,
      details: { confirmedBy: factor },
    });
  }
  const method = attempt.method === 'PROCONNECT' ? 'PROCONNECT' : 'PASSWORD';
  const outcome = await signedIn(services, tx, userId, method, factor, caller, attempt.idToken);
  return recoveryCodes && outcome.kind === 'session' ? { ...outcome, recoveryCodes } : outcome;
}
