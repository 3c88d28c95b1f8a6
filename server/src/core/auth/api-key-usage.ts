import { sql } from 'drizzle-orm';
import type { Db } from '../db/driver.js';

/** Distinct operations counted per key; past them, calls are counted under OTHER_OPERATIONS. */
export const MAX_OPERATIONS_PER_KEY = 200;
export const OTHER_OPERATIONS = '(autres)';
const UNNAMED = '(sans nom)';

/**
 * The name a call is counted under: its GraphQL operation's name, or its REST route. A client names its
 * operations as it likes: names are bounded in length and in number per key (MAX_OPERATIONS_PER_KEY),
 * so that no key can grow the table without end.
 */
export function usageOperation(name: string | null | undefined): string {
  if (!name) return UNNAMED;
  return name.length > 100 ? `${name.slice(0, 99)}…` : name;
}

/**
 * Counts one call of a key (migration 0035's api_key_usage) and stamps the key's last use, as the owner,
 * after the response: one statement. `failed`: a GraphQL error or an HTTP status of 400 or more. (The
 * stamp was an UPDATE in the request's authentication: a write before every keyed call, and the calls
 * of one key waited on each other's lock of its row.)
 */
export async function recordApiKeyUse(db: Db, keyId: string, operation: string, failed: boolean): Promise<void> {
  await db.execute(sql`
    with used as (update api_key set last_used_at = now() where id = ${keyId}::uuid)
    insert into api_key_usage as u (key_id, operation, calls, errors, last_used_at)
    select ${keyId}::uuid,
           case when exists (select 1 from api_key_usage where key_id = ${keyId}::uuid and operation = ${operation})
                  or (select count(*) from api_key_usage where key_id = ${keyId}::uuid) < ${MAX_OPERATIONS_PER_KEY}
                then ${operation} else ${OTHER_OPERATIONS} end,
           1, ${failed ? 1 : 0}, now()
    on conflict (key_id, operation) do update
      set calls = u.calls + 1, errors = u.errors + excluded.errors, last_used_at = excluded.last_used_at`);
}
