import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller, Session } from './sessions.js';
import type { SignInOutcome } from './flow.js';
import { ATTEMPT_MINUTES } from './flow.js';

export const REFRESH_COOKIE = 'maillage_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
/** The sign-in under way (flow.ts): Lax, so that it survives the way back from ProConnect. */
export const ATTEMPT_COOKIE = 'maillage_sign_in';

/** Who is signing in: address and browser (kept approximately on the session), the request's id. */
export function callerOf(request: FastifyRequest): Caller {
  const agent = request.headers['user-agent'];
  return { address: request.ip, userAgent: typeof agent === 'string' ? agent : undefined, requestId: request.id };
}

export function attemptTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[ATTEMPT_COOKIE];
}

const secureCookies = (reply: FastifyReply) => reply.server.services.config.NODE_ENV === 'production';

/** A session's JSON, and its refresh cookie. */
export function sessionBody(reply: FastifyReply, session: Session, recoveryCodes?: string[]) {
  void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies(reply),
    path: REFRESH_COOKIE_PATH,
    expires: session.refreshExpiresAt,
  });
  void reply.header('cache-control', 'no-store');
  return {
    status: 'SIGNED_IN' as const,
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
    ...(recoveryCodes ? { recoveryCodes } : {}),
  };
}

/** Writes where a sign-in stands: a session (the attempt's cookie goes), or its next step. */
export function sendOutcome(reply: FastifyReply, outcome: SignInOutcome) {
  void reply.header('cache-control', 'no-store');
  if (outcome.kind === 'session') {
    const body = sessionBody(reply, outcome.session, outcome.recoveryCodes);
    if (reply.request.cookies[ATTEMPT_COOKIE]) void reply.clearCookie(ATTEMPT_COOKIE, { path: REFRESH_COOKIE_PATH });
    return body;
  }
  void reply.setCookie(ATTEMPT_COOKIE, outcome.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(reply),
    path: REFRESH_COOKIE_PATH,
    maxAge: ATTEMPT_MINUTES * 60,
  });
  return { status: outcome.stage, methods: outcome.methods, ...(outcome.email ? { email: outcome.email } : {}) };
}

/** The OpenAPI schema of every sign-in step's answer. */
export const signInOutcomeSchema = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['SIGNED_IN', 'SECOND_FACTOR', 'ENROL', 'LINK', 'NONE'] },
    methods: {
      description: 'SECOND_FACTOR, ENROL, LINK: the ways the step can be passed.',
      type: 'array',
      items: { type: 'string', enum: ['PASSWORD', 'TOTP', 'PASSKEY', 'RECOVERY_CODE'] },
    },
    email: {
      description: 'LINK: the e-mail of the account the ProConnect identity would be linked to.',
      type: 'string',
    },
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
    recoveryCodes: {
      description: 'Right after a first second factor was enrolled: the recovery codes, shown this once.',
      type: 'array',
      items: { type: 'string' },
    },
  },
  required: ['status'],
} as const;
