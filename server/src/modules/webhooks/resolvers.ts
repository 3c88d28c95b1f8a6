import { guard, policies, readById } from '../../core/authz.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { webhookLoaders } from './loaders.js';
import * as webhooks from './service.js';

/**
 * Webhooks: administrators for any service account; a service account itself through a key holding
 * webhooks:manage (service.ts checks which, and the key's scope; core/api-scopes.ts maps these fields).
 */
const managers = policies.anyRole('ADMIN', 'SERVICE_ACCOUNT');

export const webhookResolvers = {
  Query: {
    webhookEndpoints: guard(managers, (args, ctx) => webhooks.listEndpoints(ctx, args.serviceAccountId)),
    webhookEndpoint: guard(
      managers,
      readById({ action: 'webhook.read', subjectType: 'webhook_endpoint' }, (args, ctx) =>
        webhooks.getEndpoint(ctx, args.id),
      ),
    ),
    webhookDeliveries: guard(managers, (args, ctx) => webhooks.listDeliveries(ctx, args)),
  },
  Mutation: {
    createWebhookEndpoint: guard(managers, (args, ctx) => webhooks.createEndpoint(ctx, args.input)),
    updateWebhookEndpoint: guard(managers, (args, ctx) => webhooks.updateEndpoint(ctx, args.input)),
    setWebhookEndpointEnabled: guard(managers, (args, ctx) =>
      webhooks.setEndpointEnabled(ctx, args.id, args.version, args.enabled),
    ),
    deleteWebhookEndpoint: guard(managers, (args, ctx) => webhooks.deleteEndpoint(ctx, args.id, args.version)),
    rotateWebhookSecret: guard(managers, (args, ctx) => webhooks.rotateSecret(ctx, args.id, args.version)),
    replayWebhookDelivery: guard(managers, (args, ctx) => webhooks.replayDelivery(ctx, args.deliveryId)),
  },
  WebhookEndpoint: {
    disabledReason: (e) => e.disabledReason ?? null,
  },
  WebhookDelivery: {
    attemptCount: (d) => d.attempts,
    attempts: (d, _a, ctx) => webhookLoaders.attempts(ctx).load(d.id),
  },
} satisfies Resolvers;
