import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Db, Tx } from './driver.js';

export type TxMode = 'read' | 'write';

/** Sets the actor for row-level security and drops to the request role, for this transaction only. */
export async function enterActorRole(tx: Tx, actor: Actor): Promise<void> {
  await tx.execute(sql`select
    set_config('maillage.user_id', ${actor.userId}, true),
    set_config('maillage.org_ids', ${actor.organisationIds.join(',')}, true),
    set_config('maillage.is_admin', ${actor.isAdmin ? 'true' : 'false'}, true),
    set_config('maillage.org_roles', ${JSON.stringify(Object.fromEntries(actor.memberships.map((m) => [m.organisationId, m.roles])))}, true),
    -- SET LOCAL ROLE in the same round trip: the role is the GUC "role", set for this transaction only.
    set_config('role', 'maillage_app', true)`);
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

export async function openTransaction(db: Db, mode: TxMode, setup: (tx: Tx) => Promise<void>): Promise<OpenTransaction> {
  let finish!: (outcome: 'commit' | typeof ROLLBACK) => void;
  const finished = new Promise<'commit' | typeof ROLLBACK>((resolve) => (finish = resolve));
  let settled = false;
  let txReady!: (tx: Tx) => void;
  const ready = new Promise<Tx>((resolve) => (txReady = resolve));

  const done = db
    .transaction(
      async (tx) => {
        await setup(tx);
        txReady(tx);
        if ((await finished) === ROLLBACK) throw ROLLBACK;
      },
      mode === 'read' ? { isolationLevel: 'repeatable read' } : undefined,
    )
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
