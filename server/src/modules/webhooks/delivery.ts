import { and, eq, isNull, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import {
  readScopeOf,
  WEBHOOK_DISABLE_AFTER_DAYS,
  WEBHOOK_TIMEOUT_SECONDS,
  type ChangeObjectType,
  type WebhookEventType,
  type WebhookPayload,
} from '@maillage/shared/api';
import { loadActor } from '../../core/auth/authenticate.js';
import { actorOfKey, usableKeysOf, type KeyGrantRow } from '../../core/auth/key-actor.js';
import { appendAudit } from '../../core/audit.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import type { Tx } from '../../core/db/driver.js';
import type { JobDefinition } from '../../core/jobs.js';
import type { Services } from '../../core/services.js';
import { notifyInTx } from '../notifications/events.js';
import { postWebhook, resolveTarget, TargetRefused, type PostResult } from './target.js';
import { webhookAttempt, webhookDelivery, webhookEndpoint, webhookSecret } from './tables.js';

/*
 * How an event reaches the endpoints that want it (issue 20). emitWebhookEvents (service.ts) queues one
 * fan-out job in the caller's transaction; the fan-out decides, set-wise and as each subscribed service
 * account under row-level security, who may be told, and writes one delivery per endpoint with its job;
 * the delivery job signs (Standard Webhooks) and POSTs, and records the attempt. A failure is retried on
 * an exponential schedule over about a day (the retry sweep queues the deliveries whose time has come);
 * an endpoint whose every attempt failed for three days in a row is disabled, and administrators told.
 */

export const FANOUT_JOB = 'webhook-fanout';
export const DELIVERY_JOB = 'webhook-delivery';
export const RETRY_JOB = 'webhook-retry';

/** One event as the fan-out job carries it. */
export interface EmittedEvent {
  eventId: string;
  type: WebhookEventType;
  objectType: ChangeObjectType;
  objectId: string;
  /** ISO 8601. */
  occurredAt: string;
}

/** Attempts in all for one delivery: the first, then retries 1, 2, 4… 256 minutes later, then twice 8 hours (≈ 24.5 h). */
export const MAX_ATTEMPTS = 12;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 8 * 3600_000;

/** How long after its `attempts`-th failed attempt a delivery is tried again (±10 %, so that retries spread). */
export function retryDelayMs(attempts: number, random = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
  return Math.round(base * (0.9 + 0.2 * random()));
}

/** The table each kind of object is read from, as the service account, to decide whether it may be told. */
const OBJECT_TABLES: Record<ChangeObjectType, string> = {
  Case: 'psad_case',
  ClasProject: 'clas_project',
  AccompaniedPerson: 'accompanied_person',
  Organisation: 'organisation',
  Meeting: 'meeting',
};

/**
 * The events (ids) a service account may be told of: those whose object one of its usable keys may read,
 * by its scopes (the read scope of the object's kind) and by row-level security as that key's actor,
 * one statement per kind of object and key.
 */
async function visibleTo(
  services: Pick<Services, 'database'>,
  accountId: string,
  keys: KeyGrantRow[],
  events: EmittedEvent[],
): Promise<Set<string>> {
  const visible = new Set<string>();
  if (keys.length === 0 || events.length === 0) return visible;
  const db = services.database.db;
  const account = await loadActor(db, accountId, 'api_key');
  if (!account?.roles.has('SERVICE_ACCOUNT')) return visible;
  for (const key of keys) {
    const actor = actorOfKey(account, key);
    const scopes = actor.apiKey!.scopes;
    const pending = events.filter((e) => !visible.has(e.eventId) && scopes.has(readScopeOf[e.objectType]));
    if (pending.length === 0) continue;
    const byType = new Map<ChangeObjectType, string[]>();
    for (const e of pending) byType.set(e.objectType, [...(byType.get(e.objectType) ?? []), e.objectId]);
    const seen = await withActorTx(db, actor, 'read', async (tx) => {
      const found = new Set<string>();
      for (const [objectType, ids] of byType) {
        const { rows } = await tx.execute<{ id: string }>(
          sql`select id from ${sql.identifier(OBJECT_TABLES[objectType])} where id = any (${sql.param([...new Set(ids)])}::uuid[])`,
        );
        for (const r of rows) found.add(`${objectType}:${r.id}`);
      }
      return found;
    });
    for (const e of pending) if (seen.has(`${e.objectType}:${e.objectId}`)) visible.add(e.eventId);
  }
  return visible;
}

/**
 * Writes one delivery per (endpoint, event) the endpoint's account may be told of, with its delivery job,
 * in one transaction; a retried fan-out writes none twice (unique endpoint and event). Returns how many.
 */
export async function fanOutWebhookEvents(
  services: Pick<Services, 'database' | 'jobs'>,
  events: EmittedEvent[],
): Promise<number> {
  if (events.length === 0) return 0;
  const db = services.database.db;
  const types = [...new Set(events.map((e) => e.type))];
  const endpoints = await db
    .select({ id: webhookEndpoint.id, accountId: webhookEndpoint.serviceAccountId, types: webhookEndpoint.eventTypes })
    .from(webhookEndpoint)
    .where(and(eq(webhookEndpoint.enabled, true), sql`${webhookEndpoint.eventTypes} && ${sql.param(types)}::text[]`));
  if (endpoints.length === 0) return 0;
  const accounts = [...new Set(endpoints.map((e) => e.accountId))];
  const keys = await usableKeysOf(db, accounts);
  const rows: (typeof webhookDelivery.$inferInsert)[] = [];
  for (const accountId of accounts) {
    const mine = endpoints.filter((e) => e.accountId === accountId);
    const wanted = events.filter((e) => mine.some((m) => m.types.includes(e.type)));
    const visible = await visibleTo(
      services,
      accountId,
      keys.filter((k) => k.userId === accountId),
      wanted,
    );
    for (const endpoint of mine)
      for (const e of wanted)
        if (endpoint.types.includes(e.type) && visible.has(e.eventId))
          rows.push({
            endpointId: endpoint.id,
            eventId: e.eventId,
            eventType: e.type,
            objectType: e.objectType,
            objectId: e.objectId,
            occurredAt: new Date(e.occurredAt),
          });
  }
  if (rows.length === 0) return 0;
  return db
    .transaction(async (tx) => {
      const inserted = await tx
        .insert(webhookDelivery)
        .values(rows)
        .onConflictDoNothing({ target: [webhookDelivery.endpointId, webhookDelivery.eventId] })
        .returning({ id: webhookDelivery.id });
      await services.jobs.sendManyInTx(
        tx,
        DELIVERY_JOB,
        inserted.map((r) => ({ deliveryId: r.id })),
      );
      return inserted.length;
    })
    .then((n) => {
      // This process's delivery workers take them at once (it runs the fan-out: it has workers).
      if (n > 0) services.jobs.wake(DELIVERY_JOB);
      return n;
    });
}

/** The thin body of a delivery: the event's type and time, the object's kind and id; never personal data. */
export function payloadOf(d: { eventType: string; occurredAt: Date; objectType: string; objectId: string }): string {
  const payload: WebhookPayload = {
    type: d.eventType as WebhookEventType,
    timestamp: d.occurredAt.toISOString(),
    data: { objectType: d.objectType as ChangeObjectType, id: d.objectId },
  };
  return JSON.stringify(payload);
}

/**
 * The Standard Webhooks headers of one attempt: the event's id, the time of sending, and its signature
 * with the endpoint's secret (and, for a day after a rotation, with the former one too: space-separated).
 */
export function signedHeaders(
  eventId: string,
  body: string,
  secrets: { secret: string; previousSecret: string | null; previousValidUntil: Date | null },
  now = new Date(),
): Record<string, string> {
  const signatures = [new Webhook(secrets.secret).sign(eventId, now, body)];
  if (secrets.previousSecret && secrets.previousValidUntil && secrets.previousValidUntil > now)
    signatures.push(new Webhook(secrets.previousSecret).sign(eventId, now, body));
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

export type DeliveryOutcome = 'succeeded' | 'failed' | 'skipped';

/**
 * One attempt at a delivery: skipped when it is no longer due (done, waiting for its retry, or its
 * endpoint gone); failed at once when its endpoint is disabled; otherwise the target is resolved and
 * checked (production: https, public addresses), the body signed and POSTed, and the attempt recorded.
 */
export async function deliver(
  services: Pick<Services, 'database' | 'jobs' | 'config'>,
  deliveryId: string,
  manual = false,
): Promise<DeliveryOutcome> {
  const db = services.database.db;
  const [row] = await db
    .select({
      delivery: webhookDelivery,
      url: webhookEndpoint.url,
      enabled: webhookEndpoint.enabled,
      failingSince: webhookEndpoint.failingSince,
      secret: webhookSecret.secret,
      previousSecret: webhookSecret.previousSecret,
      previousValidUntil: webhookSecret.previousValidUntil,
    })
    .from(webhookDelivery)
    .innerJoin(webhookEndpoint, eq(webhookEndpoint.id, webhookDelivery.endpointId))
    .leftJoin(webhookSecret, eq(webhookSecret.endpointId, webhookEndpoint.id))
    .where(eq(webhookDelivery.id, deliveryId));
  if (!row) return 'skipped';
  const d = row.delivery;
  if (d.status !== 'PENDING' || d.nextAttemptAt !== null) return 'skipped';
  if (!row.enabled || !row.secret) {
    await db
      .update(webhookDelivery)
      .set({ status: 'FAILED', lastError: 'adresse désactivée' })
      .where(
        and(eq(webhookDelivery.id, d.id), eq(webhookDelivery.status, 'PENDING'), isNull(webhookDelivery.nextAttemptAt)),
      );
    return 'skipped';
  }
  const body = payloadOf(d);
  const attemptedAt = new Date();
  let result: PostResult;
  try {
    const target = await resolveTarget(row.url, services.config.NODE_ENV === 'production');
    const headers = signedHeaders(d.eventId, body, {
      secret: row.secret,
      previousSecret: row.previousSecret,
      previousValidUntil: row.previousValidUntil,
    });
    result = await postWebhook(target, body, headers, WEBHOOK_TIMEOUT_SECONDS * 1000);
  } catch (err) {
    if (!(err instanceof TargetRefused)) throw err;
    result = { statusCode: null, latencyMs: 0, error: err.message };
  }
  await recordAttempt(services, d, result, attemptedAt, manual, row.failingSince !== null);
  return result.error === null ? 'succeeded' : 'failed';
}

/** Records an attempt and its consequences: the delivery's state, the endpoint's streak (a failure: in one transaction). */
async function recordAttempt(
  services: Pick<Services, 'database' | 'jobs' | 'config'>,
  d: typeof webhookDelivery.$inferSelect,
  result: PostResult,
  attemptedAt: Date,
  manual: boolean,
  /** Whether the endpoint was failing when the delivery was read (a success then ends its streak). */
  failing: boolean,
): Promise<void> {
  const succeeded = result.error === null;
  const endpointId = d.endpointId;
  if (succeeded && !failing) {
    // The common case in one statement (atomic by itself): the attempt, and the delivery received.
    await services.database.db.execute(sql`
      with attempt as (
        insert into webhook_attempt (delivery_id, attempted_at, status_code, latency_ms, error, succeeded, manual)
        values (${d.id}::uuid, ${attemptedAt.toISOString()}::timestamptz, ${result.statusCode}::int, ${result.latencyMs}::int, null, true, ${manual}))
      update webhook_delivery set status = 'SUCCEEDED', attempts = attempts + 1, next_attempt_at = null,
        last_attempt_at = ${attemptedAt.toISOString()}::timestamptz, last_status_code = ${result.statusCode}::int,
        last_latency_ms = ${result.latencyMs}::int, last_error = null
       where id = ${d.id}::uuid`);
    return;
  }
  await services.database.db.transaction(async (tx) => {
    await tx.insert(webhookAttempt).values({
      deliveryId: d.id,
      attemptedAt,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: result.error,
      succeeded,
      manual,
    });
    const attempts = d.attempts + 1;
    const retryAt = succeeded || attempts >= MAX_ATTEMPTS ? null : new Date(Date.now() + retryDelayMs(attempts));
    await tx
      .update(webhookDelivery)
      .set({
        status: succeeded ? 'SUCCEEDED' : retryAt ? 'PENDING' : 'FAILED',
        attempts: sql`${webhookDelivery.attempts} + 1`,
        nextAttemptAt: retryAt,
        lastAttemptAt: attemptedAt,
        lastStatusCode: result.statusCode,
        lastLatencyMs: result.latencyMs,
        lastError: result.error,
      })
      .where(eq(webhookDelivery.id, d.id));
    if (succeeded) {
      await tx
        .update(webhookEndpoint)
        .set({ failingSince: null })
        .where(and(eq(webhookEndpoint.id, endpointId), sql`${webhookEndpoint.failingSince} is not null`));
      return;
    }
    await tx
      .update(webhookEndpoint)
      .set({ failingSince: sql`coalesce(${webhookEndpoint.failingSince}, ${attemptedAt.toISOString()}::timestamptz)` })
      .where(eq(webhookEndpoint.id, endpointId));
    // Failing for three days in a row: disabled, once (the update that finds it still enabled tells).
    const [disabled] = await tx
      .update(webhookEndpoint)
      .set({
        enabled: false,
        disabledReason: 'FAILING',
        disabledAt: sql`now()`,
        version: sql`${webhookEndpoint.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(webhookEndpoint.id, endpointId),
          eq(webhookEndpoint.enabled, true),
          sql`${webhookEndpoint.failingSince} <= now() - make_interval(days => ${WEBHOOK_DISABLE_AFTER_DAYS})`,
        ),
      )
      .returning({ id: webhookEndpoint.id, accountId: webhookEndpoint.serviceAccountId });
    if (!disabled) return;
    await failWaitingDeliveries(tx, disabled.id);
    await appendAudit(tx, {
      actorId: null,
      action: 'webhook.auto_disable',
      subjectType: 'webhook_endpoint',
      subjectId: disabled.id,
      details: { serviceAccount: disabled.accountId, days: WEBHOOK_DISABLE_AFTER_DAYS },
    });
    await notifyInTx(services, tx, {
      kind: 'WEBHOOK_ENDPOINT_DISABLED',
      audience: { type: 'ADMINS' },
      target: { type: 'webhook_endpoint', id: disabled.id },
      link: `/admin/utilisateurs/${disabled.accountId}/webhooks`,
    });
  });
}

/** An endpoint turned off: its deliveries waiting for a retry are given up (they can be replayed by hand). */
export async function failWaitingDeliveries(tx: Tx, endpointId: string): Promise<void> {
  await tx.execute(sql`update webhook_delivery set status = 'FAILED', next_attempt_at = null, last_error = 'adresse désactivée'
    where endpoint_id = ${endpointId}::uuid and next_attempt_at is not null`);
}

/**
 * Queues the deliveries whose retry time has come (of enabled endpoints), at most 1000 a run, each once
 * (its time cleared in the same transaction); and forgets the finished deliveries older than 30 days.
 */
export async function queueDueRetries(services: Pick<Services, 'database' | 'jobs'>): Promise<number> {
  return services.database.db
    .transaction(async (tx) => {
      const { rows } = await tx.execute<{ id: string }>(sql`
      update webhook_delivery d set next_attempt_at = null
        from (select w.id from webhook_delivery w join webhook_endpoint e on e.id = w.endpoint_id and e.enabled
               where w.next_attempt_at <= now() order by w.next_attempt_at limit 1000 for update of w skip locked) due
       where d.id = due.id
      returning d.id`);
      await services.jobs.sendManyInTx(
        tx,
        DELIVERY_JOB,
        rows.map((r) => ({ deliveryId: r.id })),
      );
      await tx.execute(sql`delete from webhook_delivery where id in (
      select id from webhook_delivery where created_at < now() - interval '30 days' and status <> 'PENDING' limit 1000)`);
      return rows.length;
    })
    .then((n) => {
      if (n > 0) services.jobs.wake(DELIVERY_JOB);
      return n;
    });
}

/**
 * The channel on which a commit that queued webhook jobs wakes the idle webhook workers of every process
 * (wake.ts): a delivery leaves within moments of its commit, not at the next poll. Payload: the queue.
 */
export const WAKE_CHANNEL = 'maillage_webhooks';

export const webhookJobs = (services: Services): JobDefinition<never>[] => [
  {
    name: FANOUT_JOB,
    batchSize: 20,
    retryLimit: 5,
    retryDelaySeconds: 10,
    expireInSeconds: 120,
    handler: async (data: { events: EmittedEvent[] }) => {
      await fanOutWebhookEvents(services, data.events ?? []);
    },
    // Many mutations' events fanned out together: one round of statements for the batch, not one per
    // mutation (at 20 mutations a second, one after the other, they queued behind each other).
    batchHandler: async (batch: { events: EmittedEvent[] }[]) => {
      await fanOutWebhookEvents(
        services,
        batch.flatMap((data) => data.events ?? []),
      );
    },
  } satisfies JobDefinition<{ events: EmittedEvent[] }> as JobDefinition<never>,
  {
    name: DELIVERY_JOB,
    // Up to 4 × 20 deliveries under way per process: at a few hundred events a second, one after the
    // other they queued behind each other's round trips (W1's p99 was seconds). A slow receiver (up to
    // its 10-s timeout) holds its worker's batch, not the other workers.
    batchSize: 20,
    concurrency: 4,
    parallel: true,
    // An HTTP failure is recorded and retried on the delivery's own schedule; these retries are for the
    // job itself (the database gone while recording).
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 120,
    handler: async (data: { deliveryId: string; manual?: boolean }) => {
      await deliver(services, data.deliveryId, data.manual === true);
    },
  } satisfies JobDefinition<{ deliveryId: string; manual?: boolean }> as JobDefinition<never>,
  {
    name: RETRY_JOB,
    cron: '* * * * *',
    retryLimit: 1,
    expireInSeconds: 120,
    handler: async () => {
      await queueDueRetries(services);
    },
  },
];
