import { AsyncResource } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { statementCounter, type StatementCount } from './statement-count.js';

export const SQL_STATEMENTS_HEADER = 'x-sql-statements';
export const SQL_OVERHEAD_HEADER = 'x-sql-statements-overhead';
export const SQL_ROUND_TRIPS_HEADER = 'x-sql-round-trips';

/**
 * BENCH_COUNT_SQL=on: each request runs in its own statement count, returned in `x-sql-statements`
 * (all statements), `x-sql-statements-overhead` (transaction control and the actor's role set-up) and
 * `x-sql-round-trips` (queries sent: statements sent together count once).
 */
export function registerStatementCounting(app: FastifyInstance): void {
  app.services.database.enableStatementCounting();
  const counts = new WeakMap<FastifyRequest, { count: StatementCount; resource: AsyncResource }>();
  // Callback hooks: the rest of the request runs inside run(), as @fastify/request-context does.
  app.addHook('onRequest', (request, _reply, done) => {
    const count: StatementCount = { total: 0, overhead: 0, roundTrips: 0 };
    statementCounter.run(count, () => {
      counts.set(request, { count, resource: new AsyncResource('maillage-sql-count') });
      done();
    });
  });
  // The body's stream events come from another context: the handler runs back in the request's.
  app.addHook('preValidation', (request, _reply, done) => {
    const entry = counts.get(request);
    if (entry) entry.resource.runInAsyncScope(done);
    else done();
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const entry = counts.get(request);
    if (entry) {
      void reply.header(SQL_STATEMENTS_HEADER, String(entry.count.total));
      void reply.header(SQL_OVERHEAD_HEADER, String(entry.count.overhead));
      void reply.header(SQL_ROUND_TRIPS_HEADER, String(entry.count.roundTrips));
    }
    return payload;
  });
}
