/**
 * Every table's content as one checksum, for the fuzzes (fuzz.test.ts over GraphQL, rest-fuzz.test.ts
 * over the REST routes): an answer that is an error must leave it as it was.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/core/db/driver.js';

/**
 * Tables an error may write by design: the audit trail (DENIED events), the sign-in throttle and the
 * refresh tokens and their sessions (a reused one revokes its family and its session; a refresh or a
 * sign-out, whatever its answer, stamps or ends its session), the rate limits' counters (every request to a
 * limited route counts, whatever its answer), the read budgets with their reads, and the sign-ins under
 * way (a wrong second-factor code counts itself on its attempt, the 5th ends it).
 */
export const WRITTEN_ON_ERROR =
  /^(audit_event|login_throttle|refresh_token|user_session|rate_limit_hit|sign_in_attempt)$|read_budget|person_read/;

export interface ChecksumOptions {
  /**
   * Columns an error of the caller's own request writes by design, per table: a failed sign-in counts
   * itself on the account (app_user.failed_login_count), which the rest of the row must not show.
   */
  ignoreColumns?: Readonly<Record<string, readonly string[]>>;
}

/** `table:rows:md5` for every table of the public schema but those an error writes, joined by `|`. */
export async function tableChecksum(db: Db, options: ChecksumOptions = {}): Promise<string> {
  const tables = (
    await db.execute<{ name: string }>(
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).rows
    .map((r) => r.name)
    .filter((name) => !WRITTEN_ON_ERROR.test(name));
  const parts = tables.map((name) => {
    const ignored = options.ignoreColumns?.[name] ?? [];
    const row = ignored.length ? `(to_jsonb(t)${ignored.map((c) => ` - '${c}'`).join('')})::text` : 't::text';
    return `select '${name}:' || count(*) || ':' || md5(coalesce(string_agg(${row}, E'\\n' order by ${row}), '')) as h from "${name}" t`;
  });
  const rows = (await db.execute<{ h: string }>(sql.raw(parts.join(' union all ')))).rows;
  return rows.map((r) => r.h).join('|');
}

/** The tables whose part differs between two checksums: what a failure names. */
export function changedTables(before: string, after: string): string[] {
  const parts = (checksum: string) => new Map(checksum.split('|').map((p) => [p.split(':')[0]!, p] as const));
  const [a, b] = [parts(before), parts(after)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name)).sort();
}
