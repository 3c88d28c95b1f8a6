import type { FastifyInstance } from 'fastify';
import { policies } from '../../core/authz.js';
import { login, logout, refresh } from './auth.service.js';
import { STREAM_COOKIE, STREAM_PATH } from '../../core/auth/stream-cookie.js';
import { factorsOf, loadAttempt } from './sign-in/flow.js';
import {
  ATTEMPT_COOKIE,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
  attemptTokenOf,
  callerOf,
  sendOutcome,
  sessionBody,
  signInOutcomeSchema,
} from './sign-in/reply.js';
import { endSessionUrl, proconnectEnabled, proconnectSettings } from './proconnect/client.js';

export { REFRESH_COOKIE };

export async function registerAuthRoutes(app: FastifyInstance): Promise<void> {
  const perAddress = { max: 60, timeWindow: '1 minute' };

  app.get(
    '/api/auth/options',
    {
      config: { policy: policies.public },
      schema: {
        summary: 'The ways of signing in this instance offers',
        tags: ['auth'],
        response: { 200: { type: 'object', properties: { proconnect: { type: 'boolean' } } } },
      },
    },
    async () => ({ proconnect: proconnectEnabled(app.services.config) }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { policy: policies.public, rateLimit: perAddress },
      schema: {
        summary: 'Sign in with e-mail and password',
        description:
          'Answers SIGNED_IN with the tokens, or the next step: SECOND_FACTOR or ENROL (the sign-in cookie then carries it).',
        tags: ['auth'],
        body: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } },
        response: { 200: signInOutcomeSchema },
      },
    },
    async (request, reply) => sendOutcome(reply, await login(app.services, request.body ?? {}, callerOf(request))),
  );

  // Where a sign-in stands, for the page the browser comes back to from ProConnect: the step of its
  // sign-in cookie; else, with a refresh cookie (ProConnect opened the session at once), new tokens.
  app.get(
    '/api/auth/sign-in',
    {
      config: { policy: policies.public, rateLimit: perAddress },
      schema: { summary: 'The sign-in under way', tags: ['auth'], response: { 200: signInOutcomeSchema } },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      const attempt = await app.services.database.db.transaction(async (tx) => {
        const row = await loadAttempt(tx, attemptTokenOf(request));
        if (!row || row.stage === 'ACCOUNT_ENROL' || !row.userId) return null;
        const factors = await factorsOf(tx, row.userId);
        const methods =
          row.stage === 'ENROL' ? ['PASSKEY', 'TOTP'] : row.stage === 'LINK' ? ['PASSWORD', ...factors] : factors;
        return { status: row.stage, methods, ...(row.stage === 'LINK' ? { email: row.proconnect?.email } : {}) };
      });
      if (attempt) return attempt;
      const cookie = request.cookies[REFRESH_COOKIE];
      if (!cookie) return { status: 'NONE' };
      return sessionBody(reply, await refresh(app.services, cookie, callerOf(request)));
    },
  );

  app.post(
    '/api/auth/refresh',
    {
      config: { policy: policies.public, rateLimit: perAddress },
      schema: {
        summary: 'Rotate the refresh cookie, get a new access token',
        tags: ['auth'],
        response: { 200: signInOutcomeSchema },
      },
    },
    async (request, reply) =>
      sessionBody(reply, await refresh(app.services, request.cookies[REFRESH_COOKIE], callerOf(request))),
  );

  // Public: the session is the refresh cookie's, not the bearer's (an expired access token still signs out).
  app.post(
    '/api/auth/logout',
    {
      config: { policy: policies.public },
      schema: {
        summary: 'Revoke the session',
        description:
          "204; 200 with ProConnect's end-session URL when the session came from ProConnect (the browser goes there to end the provider's session too).",
        tags: ['auth'],
        response: {
          200: { type: 'object', properties: { endSessionUrl: { type: 'string' } } },
          204: { type: 'null' },
        },
      },
    },
    async (request, reply) => {
      const { proconnectIdToken } = await logout(app.services, request.cookies[REFRESH_COOKIE], callerOf(request));
      void reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
      void reply.clearCookie(ATTEMPT_COOKIE, { path: REFRESH_COOKIE_PATH });
      // The live notifications' cookie too (its session is revoked: it would be refused anyway).
      void reply.clearCookie(STREAM_COOKIE, { path: STREAM_PATH });
      const proconnect = proconnectSettings(app.services.config);
      if (proconnectIdToken && proconnect) return { endSessionUrl: await endSessionUrl(proconnect, proconnectIdToken) };
      return reply.code(204).send();
    },
  );
}
