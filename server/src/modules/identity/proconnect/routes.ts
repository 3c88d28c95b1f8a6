/**
 * Sign-in with ProConnect (issue 21), REST: the start (redirect to the provider), the callback (checks,
 * then a session, a next step, or an access request), and the LINK step by password.
 *
 * A sign-in under way is a `proconnect_login` row: its state, nonce and PKCE verifier, bound to the
 * browser that started it (the sha256 of the random value of its `maillage_oidc` cookie), used once.
 * Refusals are audited (`auth.proconnect`, DENIED, with a reason) and send the browser back to the
 * sign-in page; no claim and no e-mail is ever logged.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { identity } from '@maillage/shared';
import { policies } from '../../../core/authz.js';
import { appendAudit } from '../../../core/audit.js';
import { AppError, RateLimitedError } from '../../../core/errors.js';
import { newOpaqueToken, sha256 } from '../../../core/auth/tokens.js';
import { verifyPassword } from '../../../core/auth/passwords.js';
import type { Tx } from '../../../core/db/driver.js';
import { parseInput } from '../../../core/validation.js';
import { appUser, loginThrottle } from '../tables.js';
import { recordAccessRequest } from '../access-requests.service.js';
import { afterFirstFactor, afterLinkPassword, loadAttempt, startLink, type SignInOutcome } from '../sign-in/flow.js';
import { attemptTokenOf, callerOf, sendOutcome, signInOutcomeSchema } from '../sign-in/reply.js';
import type { Caller } from '../sign-in/sessions.js';
import { proconnectIdentity, proconnectLogin, signInAttempt, type ProConnectClaims } from '../sign-in/tables.js';
import { accountState, addressWait, countAccountFailure, countAddressFailure, waitText } from '../sign-in/throttle.js';
import { authorizationRequest, completeAuthorization, ProConnectError, proconnectSettings } from './client.js';

/** The cookie binding a ProConnect sign-in to the browser that started it. */
export const OIDC_COOKIE = 'maillage_oidc';
const OIDC_COOKIE_PATH = '/api/auth/proconnect';
/** How long the provider's page may take. */
export const PROCONNECT_LOGIN_MINUTES = 10;
/** Wrong passwords a LINK step takes before it ends (the user starts again with ProConnect). */
export const LINK_MAX_FAILURES = 5;

/** The web app's pages the callback sends the browser to. */
export const PROCONNECT_PAGES = {
  /** Reads where the sign-in stands (GET /api/auth/sign-in) and shows its next step. */
  next: '/connexion/proconnect',
  /** An unknown person: their access request waits for an administrator. */
  requested: '/connexion/demande-envoyee',
  refused: '/connexion?erreur=proconnect',
} as const;

/** Where to go after signing in: a path of the app (never another site). */
const returnPath = z
  .string()
  .max(500, '500 caractères au plus')
  .regex(/^\/(?![/\\])[^\s\\]*$/, 'un chemin de l’application, commençant par une seule barre oblique');

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const notConfigured = () =>
  new AppError('NOT_FOUND', 'La connexion avec ProConnect n’est pas proposée par cette instance.');

const expiredLink = () =>
  new AppError('UNAUTHENTICATED', 'Cette étape de connexion a expiré : recommencez avec ProConnect.');

/** The audit event of a ProConnect callback: its outcome and a short reason, never a claim. */
function auditCallback(
  tx: Tx,
  caller: Caller,
  outcome: 'SUCCESS' | 'DENIED',
  details: Record<string, unknown>,
  userId: string | null = null,
) {
  return appendAudit(tx, {
    actorId: null,
    action: 'auth.proconnect',
    outcome,
    subjectType: userId ? 'user' : null,
    subjectId: userId,
    requestId: caller.requestId,
    details,
  });
}

/** What the callback does once the provider's answer checked out: the next step of the sign-in. */
type Landing = { outcome: SignInOutcome } | { requested: true } | { refused: string };

async function land(
  app: FastifyInstance,
  tx: Tx,
  claims: ProConnectClaims,
  idToken: string,
  caller: Caller,
): Promise<Landing> {
  const { services } = app;
  const [linked] = await tx
    .select({ userId: appUser.id, active: appUser.active })
    .from(proconnectIdentity)
    .innerJoin(appUser, eq(appUser.id, proconnectIdentity.userId))
    .where(eq(proconnectIdentity.sub, claims.sub));
  if (linked) {
    if (!linked.active) {
      await auditCallback(tx, caller, 'DENIED', { reason: 'inactive' }, linked.userId);
      return { refused: 'inactive' };
    }
    await tx
      .update(proconnectIdentity)
      .set({ idpId: claims.idp_id ?? null })
      .where(eq(proconnectIdentity.sub, claims.sub));
    const outcome = await afterFirstFactor(services, tx, {
      userId: linked.userId,
      method: 'PROCONNECT',
      caller,
      proconnect: claims,
      idToken,
    });
    await auditCallback(
      tx,
      caller,
      'SUCCESS',
      { next: outcome.kind === 'session' ? 'SIGNED_IN' : outcome.stage, acr: claims.acr ?? null },
      linked.userId,
    );
    return { outcome };
  }
  const [user] = await tx
    .select({ id: appUser.id, active: appUser.active })
    .from(appUser)
    .where(eq(appUser.email, claims.email));
  if (user) {
    if (!user.active) {
      await auditCallback(tx, caller, 'DENIED', { reason: 'inactive' }, user.id);
      return { refused: 'inactive' };
    }
    // The e-mail of an account not linked yet: its user confirms once that this identity is theirs.
    const outcome = await startLink(tx, { userId: user.id, proconnect: claims, idToken });
    await auditCallback(tx, caller, 'SUCCESS', { next: 'LINK' }, user.id);
    return { outcome };
  }
  await recordAccessRequest(services, tx, claims, caller.requestId);
  return { requested: true };
}

export async function registerProConnectRoutes(app: FastifyInstance): Promise<void> {
  const { config, database } = app.services;
  const secure = config.NODE_ENV === 'production';
  const perAddress = { max: 60, timeWindow: '1 minute' };

  app.get(
    '/api/auth/proconnect/start',
    {
      config: { policy: policies.public, rateLimit: perAddress },
      schema: {
        summary: 'Sign in with ProConnect: redirects to the provider',
        description:
          'Redirects (302) to ProConnect’s authorization endpoint (code flow, PKCE, state and nonce) and sets the ' +
          '`maillage_oidc` cookie that binds the sign-in to this browser (10 minutes). 404 when ProConnect is not configured.',
        tags: ['auth'],
        querystring: {
          type: 'object',
          properties: { return: { type: 'string', description: 'The app’s path to go to once signed in.' } },
        },
        response: { 302: { description: 'To the provider', type: 'null' } },
      },
    },
    async (request, reply) => {
      const settings = proconnectSettings(config);
      if (!settings) throw notConfigured();
      const query = (request.query ?? {}) as { return?: unknown };
      const returnTo = query.return === undefined ? null : parseInput(returnPath, query.return, 'return');
      let authorization: Awaited<ReturnType<typeof authorizationRequest>>;
      try {
        authorization = await authorizationRequest(settings);
      } catch (err) {
        if (err instanceof ProConnectError)
          throw new AppError('SERVICE_UNAVAILABLE', 'ProConnect ne répond pas : réessayez dans quelques minutes.');
        throw err;
      }
      const browser = newOpaqueToken();
      await database.db.insert(proconnectLogin).values({
        state: authorization.checks.state,
        nonce: authorization.checks.nonce,
        codeVerifier: authorization.checks.codeVerifier,
        browserHash: sha256(browser),
        returnTo,
        expiresAt: new Date(Date.now() + PROCONNECT_LOGIN_MINUTES * 60_000),
      });
      void reply.setCookie(OIDC_COOKIE, browser, {
        httpOnly: true,
        // Lax: sent on the provider's redirect back to the callback (a top-level navigation).
        sameSite: 'lax',
        secure,
        path: OIDC_COOKIE_PATH,
        maxAge: PROCONNECT_LOGIN_MINUTES * 60,
      });
      void reply.header('cache-control', 'no-store');
      return reply.redirect(authorization.url.toString(), 302);
    },
  );

  app.get(
    '/api/auth/proconnect/callback',
    {
      config: { policy: policies.public, rateLimit: perAddress },
      schema: {
        summary: 'ProConnect’s redirect back: checks it, then signs in, asks the next step, or files an access request',
        description:
          'Redirects (302) to /connexion/proconnect (the sign-in cookie or the session is set), to ' +
          '/connexion/demande-envoyee (an access request now waits for an administrator), or to ' +
          '/connexion?erreur=proconnect (refused: unknown or replayed state, another browser, a code or an ID ' +
          'token that does not check out). 404 when ProConnect is not configured.',
        tags: ['auth'],
        querystring: {
          type: 'object',
          properties: {
            code: { type: 'string' },
            state: { type: 'string' },
            iss: { type: 'string' },
            error: { type: 'string' },
            error_description: { type: 'string' },
          },
        },
        response: { 302: { description: 'To the web app', type: 'null' } },
      },
    },
    async (request, reply) => {
      const settings = proconnectSettings(config);
      if (!settings) throw notConfigured();
      const caller = callerOf(request);
      void reply.header('cache-control', 'no-store');
      void reply.clearCookie(OIDC_COOKIE, { path: OIDC_COOKIE_PATH });
      const refuse = async (reason: string, code?: string) => {
        await database.db.transaction((tx) =>
          auditCallback(tx, caller, 'DENIED', { reason, ...(code ? { code } : {}) }),
        );
        return reply.redirect(PROCONNECT_PAGES.refused, 302);
      };

      const query = (request.query ?? {}) as Record<string, unknown>;
      const state = typeof query.state === 'string' ? query.state : '';
      const browser = request.cookies[OIDC_COOKIE];
      // The sign-in this answer belongs to: found by its state, from the browser that started it, once.
      type Checked = { refused: string } | { row: typeof proconnectLogin.$inferSelect };
      const checked = await database.db.transaction(async (tx): Promise<Checked> => {
        if (!state || state.length > 200) return { refused: 'unknown_state' };
        const [row] = await tx.select().from(proconnectLogin).where(eq(proconnectLogin.state, state)).for('update');
        if (!row) return { refused: 'unknown_state' };
        if (!browser || !sameSecret(sha256(browser), row.browserHash)) return { refused: 'other_browser' };
        if (row.usedAt) return { refused: 'replayed' };
        if (row.expiresAt <= new Date()) return { refused: 'expired' };
        await tx
          .update(proconnectLogin)
          .set({ usedAt: sql`now()` })
          .where(eq(proconnectLogin.id, row.id));
        return { row };
      });
      if ('refused' in checked) return refuse(checked.refused);
      const { row } = checked;

      let result: Awaited<ReturnType<typeof completeAuthorization>>;
      try {
        const currentUrl = new URL(request.url, settings.redirectUri);
        result = await completeAuthorization(settings, currentUrl, {
          state: row.state,
          nonce: row.nonce,
          codeVerifier: row.codeVerifier,
        });
      } catch (err) {
        if (err instanceof ProConnectError) return refuse(err.reason, err.code);
        throw err;
      }

      const landing = await database.db.transaction((tx) => land(app, tx, result.claims, result.idToken, caller));
      if ('refused' in landing) return reply.redirect(PROCONNECT_PAGES.refused, 302);
      if ('requested' in landing) return reply.redirect(PROCONNECT_PAGES.requested, 302);
      // The cookies of the outcome (the session's refresh cookie, or the sign-in's next step); the page
      // then asks GET /api/auth/sign-in where it stands.
      sendOutcome(reply, landing.outcome);
      const next = row.returnTo
        ? `${PROCONNECT_PAGES.next}?retour=${encodeURIComponent(row.returnTo)}`
        : PROCONNECT_PAGES.next;
      return reply.redirect(next, 302);
    },
  );

  app.post(
    '/api/auth/link',
    {
      config: { policy: policies.public, rateLimit: perAddress },
      schema: {
        summary: 'LINK step: the password of the account a first ProConnect sign-in is to be linked to',
        description:
          'Needs the sign-in cookie of a LINK step. A right password links the ProConnect identity to the account ' +
          '(once) and goes on as a ProConnect sign-in (SIGNED_IN, or SECOND_FACTOR/ENROL). Wrong passwords are ' +
          'throttled as sign-in’s are; the 5th ends the step.',
        tags: ['auth'],
        body: { type: 'object', properties: { password: { type: 'string' } } },
        response: { 200: signInOutcomeSchema },
      },
    },
    async (request, reply) => sendOutcome(reply, await linkByPassword(app, request)),
  );
}

/**
 * The LINK step by password: refused while the address or the account must wait (as a sign-in is);
 * a wrong password counts as a failed sign-in on the account, and on the step (the 5th ends it).
 */
async function linkByPassword(app: FastifyInstance, request: FastifyRequest): Promise<SignInOutcome> {
  const input = parseInput(identity.linkInput, request.body ?? {}, '');
  const caller = callerOf(request);
  const { services } = app;
  const result = await services.database.db.transaction(async (tx) => {
    const now = new Date();
    const attempt = await loadAttempt(tx, attemptTokenOf(request));
    if (!attempt || attempt.stage !== 'LINK' || !attempt.userId || !attempt.proconnect)
      return { error: expiredLink() } as const;
    const audit = (outcome: 'DENIED' | 'FAILURE', reason: string) =>
      appendAudit(tx, {
        actorId: null,
        action: 'auth.proconnect_link',
        outcome,
        subjectType: 'user',
        subjectId: attempt.userId,
        requestId: caller.requestId,
        details: { reason },
      });
    const addressSeconds = await addressWait(tx, caller.address, now);
    if (addressSeconds > 0) {
      await audit('DENIED', 'address_throttled');
      return {
        error: new RateLimitedError(
          'Trop de tentatives depuis cette adresse : réessayez dans quelques minutes.',
          addressSeconds,
        ),
      } as const;
    }
    const [user] = await tx.select().from(appUser).where(eq(appUser.id, attempt.userId)).for('update');
    if (!user || !user.active) {
      await tx.delete(signInAttempt).where(eq(signInAttempt.id, attempt.id));
      await audit('DENIED', 'inactive');
      return { error: expiredLink() } as const;
    }
    const account = sha256(user.email);
    const state = await accountState(tx, caller.address, account, user.loginThrottleResetAt, now);
    if (state.wait > 0) {
      await audit('DENIED', 'account_throttled');
      return {
        error: new RateLimitedError(
          `Trop d'échecs de connexion à ce compte depuis cette adresse : réessayez dans ${waitText(state.wait)}.`,
          state.wait,
        ),
      } as const;
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      await countAddressFailure(tx, caller.address);
      await countAccountFailure(tx, caller.address, account, state.failures + 1, now);
      await tx
        .update(appUser)
        .set({ failedLoginCount: user.failedLoginCount + 1, lastFailedLoginAt: now })
        .where(eq(appUser.id, user.id));
      if (attempt.failures + 1 >= LINK_MAX_FAILURES)
        await tx.delete(signInAttempt).where(eq(signInAttempt.id, attempt.id));
      else
        await tx
          .update(signInAttempt)
          .set({ failures: sql`${signInAttempt.failures} + 1` })
          .where(eq(signInAttempt.id, attempt.id));
      await audit('FAILURE', 'bad_password');
      return {
        error: new AppError('BAD_USER_INPUT', 'Mot de passe incorrect.', [{ path: 'password', message: 'incorrect' }]),
      } as const;
    }
    await tx
      .delete(loginThrottle)
      .where(and(eq(loginThrottle.address, caller.address), eq(loginThrottle.account, account)));
    await tx.update(appUser).set({ failedLoginCount: 0 }).where(eq(appUser.id, user.id));
    return { outcome: await afterLinkPassword(services, tx, attempt, caller) } as const;
  });
  if ('error' in result) throw result.error;
  return result.outcome;
}
