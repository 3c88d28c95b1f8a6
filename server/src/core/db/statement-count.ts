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
  /** Queries sent: statements that travel together (a BEGIN with the actor's settings) count once. */
  roundTrips: number;
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

/** Counts one query sent, holding `statements` (their texts: each counted). */
function countQuery(statements: readonly unknown[]): void {
  const count = statementCounter.getStore();
  if (!count) return;
  count.roundTrips += 1;
  for (const statement of statements) countStatement(statement);
}

/** Counts statements that travelled in a query already counted (a BEGIN's prelude, a COMMIT's finale). */
export function countAlongside(statements: readonly string[]): void {
  for (const statement of statements) countStatement(statement);
}

/** Counts statements the driver sends on its own, one query each (PGlite's BEGIN and COMMIT). */
export function countOverhead(n: number): void {
  const count = statementCounter.getStore();
  if (!count) return;
  count.total += n;
  count.overhead += n;
  count.roundTrips += n;
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
      countQuery([args[0]]);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}
