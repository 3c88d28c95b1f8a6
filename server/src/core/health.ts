import type { FastifyInstance } from 'fastify';
import { policies } from './authz.js';

export function registerHealth(app: FastifyInstance): void {
  // Live: the process answers. Ready: the database answers and every migration is applied.
  app.get('/health/live', { config: { policy: policies.public }, schema: { hide: true } }, async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });
  app.get('/health/ready', { config: { policy: policies.public }, schema: { hide: true } }, async (_request, reply) => {
    const { database } = app.services;
    void reply.header('cache-control', 'no-store');
    try {
      await database.ping();
      if (!(await database.migrationsApplied())) return reply.code(503).send({ status: 'migrations pending' });
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });
}
