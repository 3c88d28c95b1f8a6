/**
 * @fastify/rate-limit's counters in the database (table `rate_limit_hit`, migration 0020), so that
 * every API process on one database counts the same hits: a client spreading its requests over the
 * replicas behind a proxy gets no more than one process would give it.
 *
 * Each hit is one statement on the owner handle (the table has row-level security and no grant: only
 * the owner reads it): an upsert that counts the hit, or starts a new window when the row's has
 * passed, and returns the count and what is left of the window. The database's clock times every
 * window, not each process's. Rows of windows that have passed are deleted now and then by the same
 * statement (at most once a minute per process, a bounded batch), so the table holds about one row per
 * client and route of the last window.
 *
 * The key is the route and a sha256 of the plugin's key (the client's address): no address is stored
 * in clear for this. A failing database fails the hit (the plugin's skipOnError is false): the request
 * is answered 503 SERVICE_UNAVAILABLE or 500 INTERNAL as any other database failure, never let through
 * uncounted.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { againOnConnectionLoss, type Database } from './db/driver.js';

/** Rows of windows that have passed, deleted by one purge at most. */
export const PURGE_BATCH = 500;
/** Milliseconds between two purges by one process. */
export const PURGE_EVERY_MS = 60_000;
/** The longest window the store keeps (a backoff doubling past it is held there): about a year. */
const MAX_WINDOW_MS = 365 * 86_400_000;

interface Hit {
  current: number;
  ttl: number;
}

type Callback = (error: Error | null, result?: Hit) => void;

interface StoreSettings {
  continueExceeding: boolean;
  exponentialBackoff: boolean;
  prefix: string;
}

const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

/**
 * What the plugin gives the store's constructor (its global settings) and `child` (those merged with a
 * route's `config.rateLimit`, and the route as `routeInfo`): its types declare less than it passes.
 */
interface PluginSettings {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  routeInfo?: { method?: string | string[]; url?: string };
}

/** The route a child store counts for: "POST /api/auth/login". */
function routeOf(settings: PluginSettings) {
  const method = settings.routeInfo?.method;
  const url = settings.routeInfo?.url;
  if (!url) return '';
  return `${Array.isArray(method) ? method.join(',') : (method ?? '')} ${url}`;
}

/**
 * The store class to give @fastify/rate-limit (`store:`), bound to `database`: the plugin constructs
 * it with its global settings, then each route's limit with `child(routeOptions)`.
 */
export function databaseRateLimitStore(database: Database): FastifyRateLimitStoreCtor {
  /** When this process last purged (per process: a purge by any of them serves all). */
  let lastPurge = 0;

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly settings: StoreSettings;

    constructor(options: PluginSettings, prefix = '') {
      this.settings = {
        continueExceeding: options.continueExceeding === true,
        exponentialBackoff: options.exponentialBackoff === true,
        prefix,
      };
    }

    incr(key: string, callback: Callback, timeWindow?: number, max?: number): void {
      hit(this.settings, key, timeWindow ?? 60_000, max ?? 1000).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error('rate limit store failed')),
      );
    }

    /** The count and window left, without counting a hit (the plugin's `{ increment: false }`). */
    read(key: string, callback: Callback): void {
      peek(this.settings, key).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error('rate limit store failed')),
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      const settings = routeOptions as PluginSettings;
      return new DatabaseRateLimitStore(settings, `${this.settings.prefix}${routeOf(settings)}|`);
    }
  }

  async function hit(settings: StoreSettings, key: string, timeWindow: number, max: number): Promise<Hit> {
    const rowKey = `${settings.prefix}${hashed(key)}`;
    const windowMs = Math.min(Math.max(Math.trunc(timeWindow), 1), MAX_WINDOW_MS);
    const now = Date.now();
    const purge = now - lastPurge >= PURGE_EVERY_MS;
    if (purge) lastPurge = now;
    // A backoff window doubles at each hit past max, from the first one past it.
    const renewedWindow = settings.exponentialBackoff
      ? sql`least(${windowMs}::float8 * power(2::float8, least(h.count + 1 - ${max}::bigint - 1, 40)), ${MAX_WINDOW_MS}::float8)`
      : sql`${windowMs}::float8`;
    const renewAfterMax = settings.continueExceeding || settings.exponentialBackoff;
    const upsert = sql`
      insert into rate_limit_hit as h (key, count, expires_at)
      values (${rowKey}, 1, now() + ${windowMs}::float8 * interval '1 millisecond')
      on conflict (key) do update set
        count = case when h.expires_at <= now() then 1 else least(h.count, 2147483646) + 1 end,
        expires_at = case
          when h.expires_at <= now() then excluded.expires_at
          ${renewAfterMax ? sql`when h.count + 1 > ${max}::bigint then now() + ${renewedWindow} * interval '1 millisecond'` : sql``}
          else h.expires_at
        end
      returning count, greatest(ceil(extract(epoch from (expires_at - now())) * 1000), 0)::float8 as ttl`;
    const statement = purge
      ? sql`with purged as (
              delete from rate_limit_hit where key in (
                select key from rate_limit_hit where expires_at <= now() and key <> ${rowKey}
                order by expires_at limit ${PURGE_BATCH} for update skip locked))
            ${upsert}`
      : upsert;
    // The first statement of a limited route's request: after terminated backends, a dead pooled
    // connection is not its failure (a hit counted twice, were it lost after its commit, errs on the safe side).
    const { rows } = await againOnConnectionLoss(() => database.db.execute<{ count: number; ttl: number }>(statement));
    const row = rows[0]!;
    return { current: Number(row.count), ttl: Number(row.ttl) };
  }

  async function peek(settings: StoreSettings, key: string): Promise<Hit> {
    const { rows } = await againOnConnectionLoss(() =>
      database.db.execute<{ count: number; ttl: number }>(sql`
      select count, ceil(extract(epoch from (expires_at - now())) * 1000)::float8 as ttl
        from rate_limit_hit where key = ${`${settings.prefix}${hashed(key)}`} and expires_at > now()`),
    );
    const row = rows[0];
    return row ? { current: Number(row.count), ttl: Number(row.ttl) } : { current: 0, ttl: 0 };
  }

  return DatabaseRateLimitStore;
}
