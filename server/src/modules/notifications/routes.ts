import fastifySse from '@fastify/sse';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { and, count, eq, isNull } from 'drizzle-orm';
import { policies } from '../../core/authz.js';
import { STREAM_COOKIE, STREAM_PATH, streamTokenSettings } from '../../core/auth/stream-cookie.js';
import { signAccessToken } from '../../core/auth/tokens.js';
import type { Db } from '../../core/db/driver.js';
import { LiveNotifications } from './live.js';
import { notification } from './tables.js';

async function unreadOf(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)));
  return row?.n ?? 0;
}

/**
 * GET /api/notifications/stream: server-sent events carrying the signed-in user's unread count, sent
 * at once and again whenever their notifications change in any API process (live.ts). Signed in with
 * the bearer token (API clients) or the stream cookie (browsers' EventSource: POST
 * /api/notifications/stream-session sets it). The stream ends when its credential expires; the
 * client opens another with a new one.
 */
export async function registerNotificationRoutes(app: FastifyInstance): Promise<void> {
  const live = new LiveNotifications(app.services.database);
  const open = new Set<FastifyReply>();
  app.addHook('onReady', () => live.start());
  // Before the server waits for requests to end: a stream would never end by itself.
  app.addHook('preClose', async () => {
    for (const reply of open) reply.sse.close();
  });
  app.addHook('onClose', () => live.close());

  app.post(
    '/api/notifications/stream-session',
    { config: { policy: policies.signedIn }, schema: { hide: true } },
    async (request, reply) => {
      const { token, expiresAt } = await signAccessToken(
        app.services.keys,
        streamTokenSettings(app.services.tokens),
        // The stream lives and dies with the session that opened it.
        { userId: request.actor!.userId, sessionId: request.actor!.sessionId! },
      );
      void reply.setCookie(STREAM_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: app.services.config.NODE_ENV === 'production',
        path: STREAM_PATH,
        expires: expiresAt,
      });
      void reply.header('cache-control', 'no-store');
      return reply.code(204).send();
    },
  );

  await app.register(async (scope) => {
    await scope.register(fastifySse, { heartbeatInterval: 25_000 });
    scope.get(
      STREAM_PATH,
      { sse: 'only', config: { policy: policies.signedIn }, schema: { hide: true } },
      async (request, reply) => {
        const userId = request.actor!.userId;
        const db = app.services.database.db;
        reply.sse.keepAlive();
        open.add(reply);
        // One count at a time; a change that arrives meanwhile is counted once more after it.
        let counting: Promise<void> | null = null;
        let again = false;
        const push = (): void => {
          if (counting) {
            again = true;
            return;
          }
          counting = (async () => {
            do {
              again = false;
              const n = await unreadOf(db, userId);
              if (reply.sse.isConnected) await reply.sse.send({ event: 'unread', data: { count: n } });
            } while (again && reply.sse.isConnected);
          })()
            .catch((err: unknown) =>
              request.log.warn({ code: (err as { code?: string }).code }, 'notification stream count failed'),
            )
            .finally(() => {
              counting = null;
            });
        };
        // The first count before the handler returns: the response starts as a stream.
        await reply.sse.send({ event: 'unread', data: { count: await unreadOf(db, userId) } });
        const unsubscribe = live.subscribe(userId, push);
        const expiry = setTimeout(() => reply.sse.close(), app.services.tokens.accessTtlSeconds * 1000);
        reply.sse.onClose(() => {
          unsubscribe();
          clearTimeout(expiry);
          open.delete(reply);
        });
      },
    );
  });
}
