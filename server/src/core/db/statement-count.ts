import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counting the SQL statements of each request, for the benchmarks (BENCH_COUNT_SQL=on): the driver's
 * clients are wrapped only when it is on, so that off costs nothing.
 */
export interface StatementCount {
  /** Every statement sent, transaction control and role set-up included. */
  total: number;
  /** Of which BEGIN/COMMIT/ROLLBACK/SET TRANSACTION/savepoints and the actor's set_config/role. */
  overhead: number;
}

export const statementCounter = new AsyncLocalStorage<StatementCount>();

const OVERHEAD =
  /^\s*(begin|commit|rollback|start transaction|set transaction|set local|reset role|savepoint|release savepoint|select\s+set_config\()/i;

function textOf(query: unknown): string {
  if (typeof query === 'string') return query;
  if (query && typeof query === 'object' && 'text' in query && typeof query.text === 'string') return query.text;
  return '';
}

/** Counts one statement in the current request's count, if any (a query outside a request is not counted). */
export function countStatement(query: unknown): void {
  const count = statementCounter.getStore();
  if (!count) return;
  count.total += 1;
  if (OVERHEAD.test(textOf(query))) count.overhead += 1;
}

/** Counts statements the driver sends on its own (PGlite's BEGIN and COMMIT). */
export function countOverhead(n: number): void {
  const count = statementCounter.getStore();
  if (!count) return;
  count.total += n;
  count.overhead += n;
}

const WRAPPED = Symbol('statement-count');

/** Replaces `target[method]` by a version that counts its first argument as one statement; once per object. */
export function wrapQueryMethods(target: object, methods: string[]): void {
  const t = target as Record<string | symbol, unknown>;
  if (t[WRAPPED]) return;
  t[WRAPPED] = true;
  for (const method of methods) {
    const original = t[method];
    if (typeof original !== 'function') continue;
    t[method] = function (this: unknown, ...args: unknown[]) {
      countStatement(args[0]);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}
