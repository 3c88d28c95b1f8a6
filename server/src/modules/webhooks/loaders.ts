import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context.js';
import { attemptsByDeliveryIds, type WebhookAttemptRow } from './service.js';

export const webhookLoaders = {
  /** The attempts of a page of deliveries, in one statement. */
  attempts: (ctx: RequestContext) =>
    ctx.loader(
      'webhookAttempts',
      () => new DataLoader<string, WebhookAttemptRow[]>((ids) => attemptsByDeliveryIds(ctx, ids)),
    ),
};
