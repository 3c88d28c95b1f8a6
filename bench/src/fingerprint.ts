/**
 * tableFingerprints(database): { [table]: 'rows:md5' } over the generated tables, to compare two
 * loads of one seed (the rows as text, sorted: independent of the physical order).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../server/src/core/db/driver.js';
import { GENERATED_TABLES } from './generate.js';

export async function tableFingerprints(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of GENERATED_TABLES) {
    const result = await database.db.execute<{ n: number; h: string }>(
      sql.raw(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as h from ${table} t`,
      ),
    );
    out[table] = `${result.rows[0]!.n}:${result.rows[0]!.h}`;
  }
  return out;
}
