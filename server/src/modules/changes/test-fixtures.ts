import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ApiScope, ChangeObjectType } from '@maillage/shared/api';
import type { TestApp } from '../../../test/harness.js';
import { sha256 } from '../../core/auth/tokens.js';

/** Test helpers of the change feed: a service account's key written as the owner, and a page's shape. */

/** An API key of `userId` with `scopes` (and the platforms it acts for), valid a day; its secret. */
export async function issueKey(
  t: TestApp,
  userId: string,
  scopes: ApiScope[],
  platformIds?: string[],
): Promise<string> {
  const secret = `mlg_${randomBytes(24).toString('base64url')}`;
  await t.database.db
    .execute(sql`insert into api_key (user_id, name, prefix, key_hash, scopes, platform_ids, expires_at, rate_limit_per_minute)
                  values (${userId}, 'Synchronisation', ${secret.slice(0, 10)}, ${sha256(secret)}, ${`{${scopes.join(',')}}`}::text[],
                          ${platformIds ? `{${platformIds.join(',')}}` : null}::uuid[], now() + interval '1 day', 100000)`);
  return secret;
}

export interface ChangeNode {
  cursor: string;
  objectType: ChangeObjectType;
  objectId: string;
  kind: 'CREATED' | 'UPDATED' | 'DELETED';
  changedAt: string;
}

export interface ChangePage {
  nodes: ChangeNode[];
  endCursor: string;
  hasMore: boolean;
}
