import type { FastifyInstance, FastifyRequest } from 'fastify';
import { identity, secondFactor } from '@maillage/shared';
import { policies } from '../../../core/authz.js';
import { appendAudit } from '../../../core/audit.js';
import type { Tx } from '../../../core/db/driver.js';
import { parseInput } from '../../../core/validation.js';
import { notifyInTx } from '../../notifications/events.js';
import { secondFactorRequired } from '../sign-in/flow.js';
import {
  afterFactorAdded,
  factorSummary,
  lockUser,
  newTotpSecret,
  noEnrolment,
  passkeyCreationOptions,
  regenerateRecoveryCodes,
  removePasskey,
  removeTotp,
  savePasskey,
  saveTotp,
  startAccountEnrolment,
  takeAccountEnrolment,
  totpSetup,
} from './factors.service.js';

/**
 * The signed-in user's own second factors (/api/account/factors*): what they hold, adding an
 * authenticator app or a passkey (options, then the answer), removing one (never the last when a role
 * requires one: CONFLICT), a new set of recovery codes. Every change is audited and the user is told
 * (a security notice: someone with their session could be the one changing them). API keys cannot call
 * these routes (no scope names them).
 */
export async function registerAccountFactorRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  const config = { policy: policies.signedIn };

  /** One transaction of the owner's for the user's change, its audit event and notice with it. */
  const change = <T>(request: FastifyRequest, work: (tx: Tx, userId: string) => Promise<T>): Promise<T> =>
    services.database.db.transaction((tx) => work(tx, request.actor!.userId));

  const record = async (
    tx: Tx,
    request: FastifyRequest,
    action: 'user.factor_add' | 'user.factor_remove' | 'user.recovery_codes_regenerate',
    details: Record<string, unknown>,
  ) => {
    const userId = request.actor!.userId;
    await appendAudit(tx, {
      actorId: userId,
      action,
      subjectType: 'user',
      subjectId: userId,
      requestId: request.id,
      details,
    });
    await notifyInTx(services, tx, {
      kind: 'SECURITY_SECOND_FACTOR_CHANGED',
      audience: { type: 'USERS', userIds: [userId] },
      target: { type: 'user', id: userId },
      link: '/compte',
      actorId: userId,
    });
  };

  const dates = { type: ['string', 'null'], format: 'date-time' } as const;
  const recoveryCodes = {
    description: 'The new recovery codes, shown this once (with a first factor, or on demand).',
    type: 'array',
    items: { type: 'string' },
  } as const;

  app.get(
    '/api/account/factors',
    {
      config,
      schema: {
        summary: "The signed-in user's second factors",
        tags: ['account'],
        response: {
          200: {
            type: 'object',
            properties: {
              totp: {
                type: ['object', 'null'],
                properties: { createdAt: { type: 'string', format: 'date-time' }, lastUsedAt: dates },
              },
              passkeys: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string' },
                    name: { type: 'string' },
                    createdAt: { type: 'string', format: 'date-time' },
                    lastUsedAt: dates,
                  },
                },
              },
              recoveryCodesLeft: { type: 'integer' },
              required: { type: 'boolean', description: 'One of their roles requires a second factor.' },
            },
          },
        },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return change(request, async (tx, userId) => ({
        ...(await factorSummary(tx, userId)),
        required: await secondFactorRequired(services, tx, userId),
      }));
    },
  );

  app.post(
    '/api/account/factors/totp/options',
    {
      config,
      schema: {
        summary: 'Adding an authenticator app: a new secret, its otpauth:// URI and QR code',
        tags: ['account'],
        response: {
          200: {
            type: 'object',
            properties: { secret: { type: 'string' }, uri: { type: 'string' }, qrCode: { type: 'string' } },
          },
        },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return change(request, async (tx, userId) => {
        const user = await lockUser(tx, userId);
        const secret = newTotpSecret();
        await startAccountEnrolment(tx, userId, { totpSecret: secret });
        return totpSetup(secret, user.email);
      });
    },
  );

  app.post(
    '/api/account/factors/totp',
    {
      config,
      schema: {
        summary: "Adding an authenticator app: its first code (replaces the user's previous app)",
        tags: ['account'],
        body: { type: 'object', properties: { code: { type: 'string' } } },
        response: { 200: { type: 'object', properties: { recoveryCodes } } },
      },
    },
    async (request, reply) => {
      const { code } = parseInput(secondFactor.totpCodeInput, request.body ?? {}, '');
      void reply.header('cache-control', 'no-store');
      return change(request, async (tx, userId) => {
        await lockUser(tx, userId);
        const secret = await takeAccountEnrolment(tx, userId, 'totpSecret');
        if (!secret) throw noEnrolment('code');
        const before = await factorSummary(tx, userId);
        const { replaced } = await saveTotp(tx, userId, secret, code);
        const codes = await afterFactorAdded(tx, userId, before);
        await record(tx, request, 'user.factor_add', { factor: 'TOTP', ...(replaced ? { replaced } : {}) });
        return codes ? { recoveryCodes: codes } : {};
      });
    },
  );

  app.delete(
    '/api/account/factors/totp',
    { config, schema: { summary: "Removing the user's authenticator app", tags: ['account'] } },
    async (request, reply) => {
      await change(request, async (tx, userId) => {
        await lockUser(tx, userId);
        await removeTotp(services, tx, userId);
        await record(tx, request, 'user.factor_remove', { factor: 'TOTP' });
      });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/account/factors/passkeys/options',
    {
      config,
      schema: {
        summary: 'Adding a passkey: the options of navigator.credentials.create()',
        tags: ['account'],
        response: { 200: { type: 'object', additionalProperties: true } },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return change(request, async (tx, userId) => {
        const user = await lockUser(tx, userId);
        const options = await passkeyCreationOptions(services, tx, user);
        await startAccountEnrolment(tx, userId, { webauthnChallenge: options.challenge });
        return options;
      });
    },
  );

  app.post(
    '/api/account/factors/passkeys',
    {
      config,
      schema: {
        summary: 'Adding a passkey: the answer of navigator.credentials.create()',
        tags: ['account'],
        body: { type: 'object', properties: { response: { type: 'object' }, name: { type: 'string' } } },
        response: { 200: { type: 'object', properties: { id: { type: 'string' }, recoveryCodes } } },
      },
    },
    async (request, reply) => {
      const input = parseInput(secondFactor.passkeyRegistrationInput, request.body ?? {}, '');
      void reply.header('cache-control', 'no-store');
      return change(request, async (tx, userId) => {
        await lockUser(tx, userId);
        const challenge = await takeAccountEnrolment(tx, userId, 'webauthnChallenge');
        if (!challenge) throw noEnrolment('response');
        const before = await factorSummary(tx, userId);
        const { id } = await savePasskey(services, tx, userId, input.response, challenge, input.name);
        const codes = await afterFactorAdded(tx, userId, before);
        await record(tx, request, 'user.factor_add', { factor: 'PASSKEY', passkeyId: id });
        return { id, ...(codes ? { recoveryCodes: codes } : {}) };
      });
    },
  );

  app.delete(
    '/api/account/factors/passkeys/:id',
    {
      config,
      schema: {
        summary: 'Removing one of the user’s passkeys',
        tags: ['account'],
        params: { type: 'object', properties: { id: { type: 'string' } } },
      },
    },
    async (request, reply) => {
      const id = parseInput(identity.uuid, (request.params as { id?: unknown }).id, 'id');
      await change(request, async (tx, userId) => {
        await lockUser(tx, userId);
        await removePasskey(services, tx, userId, id);
        await record(tx, request, 'user.factor_remove', { factor: 'PASSKEY', passkeyId: id });
      });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/account/factors/recovery-codes',
    {
      config,
      schema: {
        summary: 'A new set of recovery codes (the previous ones no longer work)',
        tags: ['account'],
        response: { 200: { type: 'object', properties: { recoveryCodes } } },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return change(request, async (tx, userId) => {
        await lockUser(tx, userId);
        const codes = await regenerateRecoveryCodes(tx, userId);
        await record(tx, request, 'user.recovery_codes_regenerate', { count: codes.length });
        return { recoveryCodes: codes };
      });
    },
  );
}
