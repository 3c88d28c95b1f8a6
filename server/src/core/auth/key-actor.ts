import { and, asc, gt, inArray, isNull, sql } from 'drizzle-orm';
import { API_SCOPES, type ApiScope } from '@maillage/shared/api';
import { apiKey } from '../../modules/identity/tables.js';
import type { Db } from '../db/driver.js';
import { buildActor, type Actor } from './actor.js';

/** What of an API key decides what it may do (migration 0035): never its hash. */
export const KEY_GRANT_COLUMNS = {
  id: apiKey.id,
  userId: apiKey.userId,
  scopes: apiKey.scopes,
  organisationIds: apiKey.organisationIds,
  platformIds: apiKey.platformIds,
  rateLimitPerMinute: apiKey.rateLimitPerMinute,
  trustedDocumentsOnly: apiKey.trustedDocumentsOnly,
};
export interface KeyGrantRow {
  id: string;
  userId: string;
  scopes: string[];
  organisationIds: string[] | null;
  platformIds: string[] | null;
  rateLimitPerMinute: number;
  trustedDocumentsOnly: boolean;
}

/**
 * The actor a key acts as: its account's memberships narrowed to the key's organisations (row-level
 * security then sees no more than the key may), with the key's scopes and platforms. The one place that
 * says it: authentication and the webhooks' visibility check both ask here.
 */
export function actorOfKey(account: Actor, key: KeyGrantRow): Actor {
  const reach = key.organisationIds && new Set(key.organisationIds);
  const memberships = reach ? account.memberships.filter((m) => reach.has(m.organisationId)) : account.memberships;
  return {
    ...buildActor(account.userId, memberships, 'api_key'),
    apiKey: {
      id: key.id,
      scopes: new Set(key.scopes.filter((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s))),
      platformIds: key.platformIds,
      rateLimitPerMinute: key.rateLimitPerMinute,
      trustedDocumentsOnly: key.trustedDocumentsOnly,
    },
  };
}

/** The usable keys (neither revoked nor expired) of these accounts, oldest first, read as the owner. */
export function usableKeysOf(db: Db, userIds: readonly string[]): Promise<KeyGrantRow[]> {
  return db
    .select(KEY_GRANT_COLUMNS)
    .from(apiKey)
    .where(and(inArray(apiKey.userId, [...userIds]), isNull(apiKey.revokedAt), gt(apiKey.expiresAt, sql`now()`)))
    .orderBy(asc(apiKey.createdAt));
}
