import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { graphqlFailed, graphqlOperationOf } from '../graphql/plugin.js';
import { recordApiKeyUse, usageOperation } from './api-key-usage.js';

/**
 * A key's own rate limit (issue 20): its calls a minute, counted in the database like every other limit
 * (core/rate-limit-store.ts), so across every API process. Past it: 429 RATE_LIMITED with Retry-After
 * and the RateLimit-* headers (the plugin's draft-spec names), before the call does anything.
 * Returns the check, to run once the request's actor is known.
 */
export function apiKeyRateLimit(app: FastifyInstance): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
  const limit = app.rateLimit({
    timeWindow: 60_000,
    max: (request) => request.actor?.apiKey?.rateLimitPerMinute ?? 1,
    keyGenerator: (request) => `api-key:${request.actor?.apiKey?.id ?? ''}`,
    allowList: (request) => !request.actor?.apiKey,
  });
  return async (request, reply) => {
    if (request.actor?.apiKey) await limit.call(app, request, reply);
  };
}

/** Counts each call of a key, by operation, after its response (never delaying it). */
export function countApiKeyUse(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const key = request.actor?.apiKey;
    if (!key) return;
    const operation = graphqlOperationOf(request);
    const name = operation ? operation.name : `${request.method} ${request.routeOptions.url ?? 'inconnue'}`;
    const failed = reply.statusCode >= 400 || graphqlFailed(request);
    try {
      await recordApiKeyUse(app.services.database.db, key.id, usageOperation(name), failed);
    } catch (err) {
      // The response is gone; a count lost to a database outage is not worth a failed request.
      request.log.warn({ errorName: (err as Error).name }, 'api key usage not counted');
    }
  });
}
