import type { FastifyInstance } from 'fastify';

/**
 * Runs `task` once the app is listening, then every hour, one run at a time; the app's close waits for
 * a run under way. A failed run is logged (`what` names it) and the next hour tries again.
 */
export function everyHour(app: FastifyInstance, what: string, task: () => Promise<unknown>): void {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running.then(task).catch((err: unknown) => app.log.error({ err }, `${what} failed`));
  };
  let timer: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    run();
    timer = setInterval(run, 60 * 60_000).unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
