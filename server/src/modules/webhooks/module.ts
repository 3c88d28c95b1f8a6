import type { AppModule } from '../../core/app-module.js';
import { webhookJobs } from './delivery.js';
import { webhookResolvers } from './resolvers.js';
import { registerWebhookWake } from './wake.js';

/** Webhooks (issue 20): service accounts' systems told of events, signed as Standard Webhooks says. */
export const webhooksModule = {
  name: 'webhooks',
  resolvers: [webhookResolvers] as const,
  routes: [registerWebhookWake],
  jobs: (services) => webhookJobs(services),
} satisfies AppModule;
