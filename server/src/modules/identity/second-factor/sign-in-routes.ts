import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { secondFactor } from '@maillage/shared';
import { policies } from '../../../core/authz.js';
import { appendAudit, type AuditOutcome } from '../../../core/audit.js';
import type { Tx } from '../../../core/db/driver.js';
import { AppError } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { notifyInTx } from '../../notifications/events.js';
import {
  ATTEMPT_MAX_FAILURES,
  afterSecondFactor,
  assertFactorAllowed,
  countFactorFailure,
  loadAttempt,
  type AttemptRow,
  type SignInOutcome,
} from '../sign-in/flow.js';
import {
  ATTEMPT_COOKIE,
  REFRESH_COOKIE_PATH,
  attemptTokenOf,
  callerOf,
  sendOutcome,
  signInOutcomeSchema,
} from '../sign-in/reply.js';
import type { Caller } from '../sign-in/sessions.js';
import { signInAttempt, type Factor } from '../sign-in/tables.js';
import {
  factorCount,
  factorSummary,
  lockUser,
  newTotpSecret,
  passkeyCreationOptions,
  passkeyRequestOptions,
  replaceRecoveryCodes,
  savePasskey,
  saveTotp,
  totpSetup,
  usePasskey,
  useRecoveryCode,
  useTotp,
  wrongCode,
  noEnrolment,
} from './factors.service.js';

/**
 * The second step of a sign-in (design: issue 21): the attempt of the `maillage_sign_in` cookie passes
 * a second factor (SECOND_FACTOR, or LINK confirmed by a factor), or enrols its first one (ENROL). Every
 * step is audited `auth.second_factor` with its outcome; a wrong code is counted (the 5th ends the
 * attempt, and the user's wrong codes across attempts make them wait); the codes themselves are never
 * written anywhere but compared.
 */
type Stage = AttemptRow['stage'];
const CHECKING: readonly Stage[] = ['SECOND_FACTOR', 'LINK'];
const ENROLLING: readonly Stage[] = ['ENROL'];

const noAttempt = () =>
  new AppError('UNAUTHENTICATED', 'Connexion expirée ou déjà terminée : reconnectez-vous avec votre mot de passe.');
const attemptEnded = () =>
  new AppError('UNAUTHENTICATED', 'Trop de codes erronés : reconnectez-vous avec votre mot de passe.');

type StepResult = { outcome: SignInOutcome } | { body: unknown } | { error: AppError; ended?: boolean };

interface Step {
  tx: Tx;
  attempt: AttemptRow & { userId: string };
  caller: Caller;
  audit(outcome: AuditOutcome, factor: Factor, details?: Record<string, unknown>): Promise<void>;
  /** A wrong code: counted, audited; the error to answer (the 5th ends the attempt). */
  wrong(factor: Factor, reason: string): Promise<StepResult>;
}

const perAddress = { max: 60, timeWindow: '1 minute' };

export async function registerSecondFactorRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;

  /**
   * Runs one step in a transaction of the owner's, on the cookie's attempt at one of `stages`. What the
   * step decides commits, failures counted included, before an error is answered.
   */
  async function step(
    request: FastifyRequest,
    reply: FastifyReply,
    stages: readonly Stage[],
    run: (s: Step) => Promise<StepResult>,
  ) {
    const caller = callerOf(request);
    const result: StepResult = await services.database.db.transaction(async (tx) => {
      const attempt = await loadAttempt(tx, attemptTokenOf(request));
      if (!attempt || !attempt.userId || !stages.includes(attempt.stage)) return { error: noAttempt() };
      const held = { ...attempt, userId: attempt.userId };
      const audit = (outcome: AuditOutcome, factor: Factor, details: Record<string, unknown> = {}) =>
        appendAudit(tx, {
          actorId: outcome === 'SUCCESS' ? held.userId : null,
          action: 'auth.second_factor',
          outcome,
          subjectType: 'user',
          subjectId: held.userId,
          requestId: caller.requestId,
          details: { factor, stage: held.stage, ...details },
        });
      try {
        await assertFactorAllowed(tx, held);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        await appendAudit(tx, {
          actorId: null,
          action: 'auth.second_factor',
          outcome: 'DENIED',
          subjectType: 'user',
          subjectId: held.userId,
          requestId: caller.requestId,
          details: { stage: held.stage, reason: 'throttled' },
        });
        return { error: err };
      }
      const wrong = async (factor: Factor, reason: string): Promise<StepResult> => {
        await countFactorFailure(tx, held);
        const ended = held.failures + 1 >= ATTEMPT_MAX_FAILURES;
        await audit('FAILURE', factor, { reason, ...(ended ? { attemptEnded: true } : {}) });
        return ended ? { error: attemptEnded(), ended } : { error: wrongCode() };
      };
      return run({ tx, attempt: held, caller, audit, wrong });
    });
    if ('error' in result) {
      if (result.ended || result.error.code === 'UNAUTHENTICATED')
        void reply.clearCookie(ATTEMPT_COOKIE, { path: REFRESH_COOKIE_PATH });
      throw result.error;
    }
    void reply.header('cache-control', 'no-store');
    return 'outcome' in result ? sendOutcome(reply, result.outcome) : result.body;
  }

  /** A factor passed: audited, then the sign-in goes on (flow.ts). */
  const passed = async (s: Step, factor: Factor, details?: Record<string, unknown>, recoveryCodes?: string[]) => {
    await s.audit('SUCCESS', factor, details);
    return { outcome: await afterSecondFactor(services, s.tx, s.attempt, factor, s.caller, recoveryCodes) };
  };

  /**
   * A first factor enrolled at sign-in: the user had none (another tab may have enrolled one meanwhile:
   * then the sign-in goes through it, never around it), a first set of recovery codes is made.
   */
  const enrolled = async (s: Step, factor: Exclude<Factor, 'RECOVERY_CODE'>, add: () => Promise<void>) => {
    await lockUser(s.tx, s.attempt.userId);
    if (factorCount(await factorSummary(s.tx, s.attempt.userId)) > 0)
      throw new AppError(
        'CONFLICT',
        'Un second facteur a déjà été enregistré pour ce compte : reconnectez-vous pour vous en servir.',
        'RULE_REFUSED',
      );
    try {
      await add();
    } catch (err) {
      // Refused (a wrong first code, a passkey that does not answer the challenge): nothing was written;
      // audited, not counted (the user holds the secret they are proving, nobody is guessing one).
      if (!(err instanceof AppError) || err.code !== 'BAD_USER_INPUT') throw err;
      await s.audit('FAILURE', factor, { reason: 'enrolment_refused' });
      return { error: err };
    }
    const recoveryCodes = await replaceRecoveryCodes(s.tx, s.attempt.userId);
    await appendAudit(s.tx, {
      actorId: s.attempt.userId,
      action: 'user.factor_add',
      subjectType: 'user',
      subjectId: s.attempt.userId,
      requestId: s.caller.requestId,
      details: { factor, atSignIn: true },
    });
    await notifyInTx(services, s.tx, {
      kind: 'SECURITY_SECOND_FACTOR_CHANGED',
      audience: { type: 'USERS', userIds: [s.attempt.userId] },
      target: { type: 'user', id: s.attempt.userId },
      link: '/compte',
    });
    return passed(s, factor, { enrolled: true }, recoveryCodes);
  };

  const config = { policy: policies.public, rateLimit: perAddress };
  const codeBody = {
    type: 'object',
    properties: { code: { type: 'string' } },
  } as const;
  const outcome = { 200: signInOutcomeSchema };

  app.post(
    '/api/auth/second-factor/totp',
    {
      config,
      schema: {
        summary: 'Second step of a sign-in: a code of the authenticator app',
        tags: ['auth'],
        body: codeBody,
        response: outcome,
      },
    },
    async (request, reply) => {
      const { code } = parseInput(secondFactor.totpCodeInput, request.body ?? {}, '');
      return step(request, reply, CHECKING, async (s) => {
        const check = await useTotp(s.tx, s.attempt.userId, code);
        if (!check.ok) return s.wrong('TOTP', check.reason);
        return passed(s, 'TOTP');
      });
    },
  );

  app.post(
    '/api/auth/second-factor/recovery-code',
    {
      config,
      schema: {
        summary: 'Second step of a sign-in: a recovery code (used once)',
        tags: ['auth'],
        body: codeBody,
        response: outcome,
      },
    },
    async (request, reply) => {
      const { code } = parseInput(secondFactor.recoveryCodeInput, request.body ?? {}, '');
      return step(request, reply, CHECKING, async (s) => {
        const used = await useRecoveryCode(s.tx, s.attempt.userId, code);
        if (!used.ok) return s.wrong('RECOVERY_CODE', 'wrong');
        return passed(s, 'RECOVERY_CODE', { left: used.left });
      });
    },
  );

  app.post(
    '/api/auth/second-factor/passkey/options',
    {
      config,
      schema: {
        summary: 'Second step of a sign-in: the options of navigator.credentials.get()',
        tags: ['auth'],
        response: { 200: { type: 'object', additionalProperties: true } },
      },
    },
    async (request, reply) =>
      step(request, reply, CHECKING, async (s) => {
        const options = await passkeyRequestOptions(services, s.tx, s.attempt.userId);
        if (!options.allowCredentials?.length)
          throw new AppError('NOT_FOUND', "Aucune clé d'accès n'est enregistrée pour ce compte.");
        await s.tx
          .update(signInAttempt)
          .set({ webauthnChallenge: options.challenge })
          .where(eq(signInAttempt.id, s.attempt.id));
        return { body: options };
      }),
  );

  app.post(
    '/api/auth/second-factor/passkey',
    {
      config,
      schema: {
        summary: 'Second step of a sign-in: the answer of a passkey',
        tags: ['auth'],
        body: { type: 'object', properties: { response: { type: 'object' } } },
        response: outcome,
      },
    },
    async (request, reply) => {
      const { response } = parseInput(secondFactor.passkeyAuthenticationInput, request.body ?? {}, '');
      return step(request, reply, CHECKING, async (s) => {
        // The challenge answers once, whatever the answer.
        await s.tx.update(signInAttempt).set({ webauthnChallenge: null }).where(eq(signInAttempt.id, s.attempt.id));
        const used = await usePasskey(services, s.tx, s.attempt.userId, response, s.attempt.webauthnChallenge);
        if (!used.ok) return s.wrong('PASSKEY', used.reason);
        return passed(s, 'PASSKEY', { passkeyId: used.passkeyId });
      });
    },
  );

  app.post(
    '/api/auth/enrol/totp/options',
    {
      config,
      schema: {
        summary: 'Enrolment at sign-in: a new authenticator app secret, its otpauth:// URI and QR code',
        tags: ['auth'],
        response: {
          200: {
            type: 'object',
            properties: { secret: { type: 'string' }, uri: { type: 'string' }, qrCode: { type: 'string' } },
          },
        },
      },
    },
    async (request, reply) =>
      step(request, reply, ENROLLING, async (s) => {
        const user = await lockUser(s.tx, s.attempt.userId);
        const secret = newTotpSecret();
        await s.tx.update(signInAttempt).set({ totpSecret: secret }).where(eq(signInAttempt.id, s.attempt.id));
        return { body: await totpSetup(secret, user.email) };
      }),
  );

  app.post(
    '/api/auth/enrol/totp',
    {
      config,
      schema: {
        summary: 'Enrolment at sign-in: the first code of the new authenticator app; signs in',
        tags: ['auth'],
        body: codeBody,
        response: outcome,
      },
    },
    async (request, reply) => {
      const { code } = parseInput(secondFactor.totpCodeInput, request.body ?? {}, '');
      return step(request, reply, ENROLLING, async (s) => {
        const secret = s.attempt.totpSecret;
        if (!secret) throw noEnrolment('code');
        return enrolled(s, 'TOTP', async () => {
          await saveTotp(s.tx, s.attempt.userId, secret, code);
        });
      });
    },
  );

  app.post(
    '/api/auth/enrol/passkey/options',
    {
      config,
      schema: {
        summary: 'Enrolment at sign-in: the options of navigator.credentials.create()',
        tags: ['auth'],
        response: { 200: { type: 'object', additionalProperties: true } },
      },
    },
    async (request, reply) =>
      step(request, reply, ENROLLING, async (s) => {
        const user = await lockUser(s.tx, s.attempt.userId);
        const options = await passkeyCreationOptions(services, s.tx, user);
        await s.tx
          .update(signInAttempt)
          .set({ webauthnChallenge: options.challenge })
          .where(eq(signInAttempt.id, s.attempt.id));
        return { body: options };
      }),
  );

  app.post(
    '/api/auth/enrol/passkey',
    {
      config,
      schema: {
        summary: 'Enrolment at sign-in: the new passkey; signs in',
        tags: ['auth'],
        body: { type: 'object', properties: { response: { type: 'object' }, name: { type: 'string' } } },
        response: outcome,
      },
    },
    async (request, reply) => {
      const input = parseInput(secondFactor.passkeyRegistrationInput, request.body ?? {}, '');
      return step(request, reply, ENROLLING, async (s) => {
        const challenge = s.attempt.webauthnChallenge;
        if (!challenge) throw noEnrolment('response');
        return enrolled(s, 'PASSKEY', async () => {
          await savePasskey(services, s.tx, s.attempt.userId, input.response, challenge, input.name);
        });
      });
    },
  );
}
