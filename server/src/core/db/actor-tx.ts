import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Database, Db, Tx } from './driver.js';

export type TxMode = 'read' | 'write';

/** A string as an SQL literal (as pg's escapeLiteral: quotes doubled, backslashes doubled under E'…'). */
function literal(value: string): string {
  const quoted = `'${value.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
  return value.includes('\\') ? ` E${quoted}` : quoted;
}

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

/**
 * Lets trusted server code step out of row-level security inside the request's transaction
 * (checking a password hash, writing a refresh token), then steps back in. Keep such blocks small.
 */
export async function asOwner<T>(tx: Tx, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  await tx.execute(sql`reset role`);
  try {
    return await fn(tx);
  } finally {
    await enterActorRole(tx, actor);
  }
}

const ROLLBACK = Symbol('rollback');

/** A transaction held open across callbacks (GraphQL: opened before execution, closed after). */
export interface OpenTransaction {
  tx: Tx;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  readonly settled: boolean;
}

/** Opens the actor's transaction: BEGIN and the actor's settings in one round trip (Database.transactionWith). */
export async function openTransaction(database: Pick<Database, 'transactionWith'>, mode: TxMode, actor: Actor): Promise<OpenTransaction> {
  let finish!: (outcome: 'commit' | typeof ROLLBACK) => void;
  const finished = new Promise<'commit' | typeof ROLLBACK>((resolve) => (finish = resolve));
  let settled = false;
  let txReady!: (tx: Tx) => void;
  const ready = new Promise<Tx>((resolve) => (txReady = resolve));

  const done = database
    .transactionWith(actorSettingsSql(actor), mode === 'read' ? 'repeatable read' : undefined, async (tx) => {
      txReady(tx);
      if ((await finished) === ROLLBACK) throw ROLLBACK;
    })
    .catch((err: unknown) => {
      if (err !== ROLLBACK) throw err;
    });

  const tx = await Promise.race([ready, done.then(() => Promise.reject(new Error('transaction ended before it was ready')))]);
  return {
    tx,
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
