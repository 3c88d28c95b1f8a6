import type { FastifyInstance, FastifyReply } from 'fastify';
import { policies } from '../../core/authz.js';
import { login, logout, refresh, type Session } from './auth.service.js';
import { STREAM_COOKIE, STREAM_PATH } from '../../core/auth/stream-cookie.js';

export const REFRESH_COOKIE = 'maillage_refresh';
const COOKIE_PATH = '/api/auth';

const sessionSchema = {
  type: 'object',
  properties: {
    accessToken: { type: 'string' },
    expiresAt: { type: 'string', format: 'date-time' },
    user: {
      type: 'object',
      properties: { id: { type: 'string' }, email: { type: 'string' }, displayName: { type: 'string' } },
    },
    failedLogins: {
      description: 'At sign-in only: the failed sign-ins on the account since the last successful one.',
      type: 'object',
      properties: {
        count: { type: 'integer' },
        lastAt: { type: ['string', 'null'], format: 'date-time' },
      },
    },
  },
} as const;

export async function registerAuthRoutes(app: FastifyInstance): Promise<void> {
  const secure = app.services.config.NODE_ENV === 'production';
  const send = (reply: FastifyReply, session: Session) => {
    void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: COOKIE_PATH,
      expires: session.refreshExpiresAt,
    });
    void reply.header('cache-control', 'no-store');
    return {
      accessToken: session.accessToken,
      expiresAt: session.expiresAt.toISOString(),
      user: session.user,
      ...(session.failedLogins
        ? {
            failedLogins: {
              count: session.failedLogins.count,
              lastAt: session.failedLogins.lastAt?.toISOString() ?? null,
            },
          }
        : {}),
    };
  };
  const caller = (request: { ip: string; id: string }) => ({ address: request.ip, requestId: request.id });
  const perAddress = { max: 60, timeWindow: '1 minute' };

  app.post(
    '/api/auth/login',
    {
      config: { policy: policies.public, rateLimit: perAddress },
      schema: {
        summary: 'Sign in with e-mail and password',
        tags: ['auth'],
        body: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } },
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => send(reply, await login(app.services, request.body ?? {}, caller(request))),
  );

  app.post(
    '/api/auth/refresh',
    {
      config: { policy: policies.public, rateLimit: perAddress },
      schema: {
        summary: 'Rotate the refresh cookie, get a new access token',
        tags: ['auth'],
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) =>
      send(reply, await refresh(app.services, request.cookies[REFRESH_COOKIE], caller(request))),
  );

  // Public: the session is the refresh cookie's, not the bearer's (an expired access token still signs out).
  app.post(
    '/api/auth/logout',
    { config: { policy: policies.public }, schema: { summary: 'Revoke the session', tags: ['auth'] } },
    async (request, reply) => {
      await logout(app.services, request.cookies[REFRESH_COOKIE], caller(request));
      void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      // The live notifications' cookie too (it would lapse within an access token's life anyway).
      void reply.clearCookie(STREAM_COOKIE, { path: STREAM_PATH });
      return reply.code(204).send();
    },
  );
}
