import type { FastifyInstance } from 'fastify';
import { DELIVERY_JOB, FANOUT_JOB, WAKE_CHANNEL } from './delivery.js';

/**
 * Each process LISTENs on WAKE_CHANNEL: a transaction that queued a webhook job sends pg_notify with the
 * queue's name, delivered at its commit, and this process's idle workers of that queue take the job at
 * once instead of at their next poll. No routes: a hook on the app's start and close.
 */
export async function registerWebhookWake(app: FastifyInstance): Promise<void> {
  const { database, jobs, config } = app.services;
  if (config.JOB_WORKERS !== 'on') return;
  let stop: (() => Promise<void>) | null = null;
  app.addHook('onReady', async () => {
    stop = await database.listen(WAKE_CHANNEL, (payload) => {
      if (payload === FANOUT_JOB || payload === DELIVERY_JOB) jobs.wake(payload);
    });
  });
  // The database may be gone already (closed under the app): nothing left to stop.
  app.addHook('onClose', async () => {
    await stop?.().catch(() => undefined);
    stop = null;
  });
}
