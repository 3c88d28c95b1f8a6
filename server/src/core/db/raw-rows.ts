import { NodePgSession } from 'drizzle-orm/node-postgres';
import type { Tx } from './driver.js';

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
  // drizzle's sessions (node-postgres and PGlite alike) hold their connection as `client`.
  const session = (tx as unknown as { session: object }).session;
  const client = (session as { client: unknown }).client;
  if (session instanceof NodePgSession) {
    return (await (client as PgClient).query(name ? { name, text, values } : { text, values })).rows as T[];
  }
  return (await (client as PgliteClient).query(text, values)).rows as T[];
}
