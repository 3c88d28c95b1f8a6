import { NodePgSession } from 'drizzle-orm/node-postgres';
import type { Tx } from './driver.js';

/**
 * The transaction's own connection, for what drizzle's query builder cannot send (COPY, a named
 * prepared statement): pg's PoolClient on PostgreSQL, PGlite's transaction in process. drizzle's
 * sessions (node-postgres and PGlite alike) hold it as `client`.
 */
export function connectionOf(tx: Tx): { kind: 'postgres'; client: unknown } | { kind: 'pglite'; client: unknown } {
  const session = (tx as unknown as { session: { client: unknown } }).session;
  return { kind: session instanceof NodePgSession ? 'postgres' : 'pglite', client: session.client };
}

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface PgliteClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Runs one statement on the transaction's own connection, past drizzle's query builder and row
 * mapping: for a hot statement whose text is built once and whose rows are few values (a page as one
 * JSON value). `name` makes it a prepared statement on PostgreSQL (each pooled connection parses it
 * once; PGlite runs it unnamed). The text must be the same for a name, always.
 */
export async function rawRows<T>(tx: Tx, text: string, values: unknown[], name?: string): Promise<T[]> {
  const { kind, client } = connectionOf(tx);
  if (kind === 'postgres') {
    return (await (client as PgClient).query(name ? { name, text, values } : { text, values })).rows as T[];
  }
  return (await (client as PgliteClient).query(text, values)).rows as T[];
}
