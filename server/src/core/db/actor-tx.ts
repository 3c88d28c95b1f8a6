import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Database, Db, Tx } from './driver.js';
import { connectionOf } from './raw-rows.js';
import { literal } from './sql-literal.js';
export type TxMode = 'read' | 'write';

/**
 * The platforms an API key acts for, as the restrictive policy of migration 0035 reads them: '' for any
 * (a person, a key for every platform), never '' for a key that names none.
 */
const keyPlatforms = (actor: Actor) => {
  const ids = actor.apiKey?.platformIds;
  return ids ? ids.join(',') || 'none' : '';
};

/**
 * The statement that sets the actor for row-level security and drops to the request role, for the
 * current transaction only. Literals, no parameters: it can travel in one round trip with its BEGIN
 * (Database.transactionWith).
 */
export function actorSettingsSql(actor: Actor): string {
  const roles = JSON.stringify(Object.fromEntries(actor.memberships.map((m) => [m.organisationId, m.roles])));
  return `select
    set_config('maillage.user_id', ${literal(actor.userId)}, true),
    set_config('maillage.org_ids', ${literal(actor.organisationIds.join(','))}, true),
    set_config('maillage.is_admin', ${literal(actor.isAdmin ? 'true' : 'false')}, true),
    set_config('maillage.org_roles', ${literal(roles)}, true),
    set_config('maillage.key_platform_ids', ${literal(keyPlatforms(actor))}, true),
    -- SET LOCAL ROLE in the same statement: the role is the GUC "role", set for this transaction only.
    set_config('role', 'maillage_app', true)`;
}

/** Sets the actor for row-level security and drops to the request role, for this transaction only. */
export async function enterActorRole(tx: Tx, actor: Actor): Promise<void> {
  await tx.execute(sql.raw(actorSettingsSql(actor)));
}

/**
 * Runs `fn` inside the actor's transaction: reads share one snapshot (repeatable read), a write is
 * all or nothing.
 */
export function withActorTx<T>(db: Db, actor: Actor, mode: TxMode, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await enterActorRole(tx, actor);
      return fn(tx);
    },
    mode === 'read' ? { isolationLevel: 'repeatable read' } : undefined,
  );
}

/** The connection whose owner block the current async context belongs to (asOwner). */
const ownerScope = new AsyncLocalStorage<object>();
const GATE = Symbol('owner-gate');
const GATED = Symbol('owner-gated');
type GatedConnection = Record<string | symbol, unknown> & { [GATE]?: Promise<void> | null; [GATED]?: boolean };

/**
 * Makes a connection's queries wait while another async context holds it as owner. GraphQL runs a
 * request's fields concurrently on its one transaction: without this, a field's query issued while
 * another field's asOwner block has reset the role would run as owner, outside row-level security.
 */
function gate(connection: GatedConnection): void {
  if (connection[GATED]) return;
  connection[GATED] = true;
  for (const method of ['query', 'exec']) {
    const original = connection[method];
    if (typeof original !== 'function') continue;
    connection[method] = function gated(this: unknown, ...args: unknown[]): unknown {
      const held = connection[GATE];
      // Re-checked once the block is over: another one may have started meanwhile.
      if (held && ownerScope.getStore() !== connection) return held.then(() => gated.apply(this, args));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

/**
 * Lets trusted server code step out of row-level security inside the request's transaction, then
 * steps back in. While the block runs, the transaction's other queries (concurrent GraphQL fields)
 * wait for it. Not for reads past row-level security: those go through a named SECURITY DEFINER
 * function made for the need (migrations 0011 to 0017). Left for the SIEI import's and the signal's
 * set-wise system writes (psad/import/service.ts), each commented with why it runs as owner.
 */
export async function asOwner<T>(tx: Tx, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const connection = connectionOf(tx).client as GatedConnection;
  // Already inside an owner block on this connection: nothing to switch.
  if (ownerScope.getStore() === connection) return fn(tx);
  gate(connection);
  while (connection[GATE]) await connection[GATE];
  let release!: () => void;
  connection[GATE] = new Promise<void>((resolve) => (release = resolve));
  try {
    return await ownerScope.run(connection, async () => {
      await tx.execute(sql`reset role`);
      try {
        return await fn(tx);
      } finally {
        await enterActorRole(tx, actor);
      }
    });
  } finally {
    connection[GATE] = null;
    release();
  }
}

const ROLLBACK = Symbol('rollback');

/** A transaction held open across callbacks (GraphQL: opened before execution, closed after). */
export interface OpenTransaction {
  tx: Tx;
  /** The rows of `before` (openTransaction's options), read as the owner in the transaction's snapshot. */
  beforeRows: Record<string, unknown>[];
  commit(): Promise<void>;
  rollback(): Promise<void>;
  readonly settled: boolean;
}

export interface OpenOptions {
  /** A statement without parameters run first, as the owner, in the same round trip as BEGIN. */
  before?: string;
  /** SQL without parameters sent with the COMMIT in one round trip (Database.transactionWith). */
  finale?: () => string | null;
}

/** Opens the actor's transaction: BEGIN and the actor's settings in one round trip (Database.transactionWith). */
export async function openTransaction(
  database: Pick<Database, 'transactionWith'>,
  mode: TxMode,
  actor: Actor,
  options: OpenOptions = {},
): Promise<OpenTransaction> {
  let finish!: (outcome: 'commit' | typeof ROLLBACK) => void;
  const finished = new Promise<'commit' | typeof ROLLBACK>((resolve) => (finish = resolve));
  let settled = false;
  let txReady!: (opened: { tx: Tx; beforeRows: Record<string, unknown>[] }) => void;
  const ready = new Promise<{ tx: Tx; beforeRows: Record<string, unknown>[] }>((resolve) => (txReady = resolve));
  const prelude = options.before ? [options.before, actorSettingsSql(actor)] : [actorSettingsSql(actor)];

  const done = database
    .transactionWith(
      prelude,
      mode === 'read' ? 'repeatable read' : undefined,
      async (tx, rows) => {
        txReady({ tx, beforeRows: options.before ? (rows[0] ?? []) : [] });
        if ((await finished) === ROLLBACK) throw ROLLBACK;
      },
      options.finale,
    )
    .catch((err: unknown) => {
      if (err !== ROLLBACK) throw err;
    });

  const { tx, beforeRows } = await Promise.race([
    ready,
    done.then(() => Promise.reject(new Error('transaction ended before it was ready'))),
  ]);
  return {
    tx,
    beforeRows,
    get settled() {
      return settled;
    },
    async commit() {
      if (settled) return;
      settled = true;
      finish('commit');
      await done;
    },
    async rollback() {
      if (settled) return;
      settled = true;
      finish(ROLLBACK);
      await done.catch(() => undefined);
    },
  };
}
