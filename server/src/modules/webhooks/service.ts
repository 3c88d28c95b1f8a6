import { randomBytes, randomUUID } from 'node:crypto';
import { count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { identity } from '@maillage/shared';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_INFO,
  webhookSchemas,
  type WebhookDeliveryStatus,
  type WebhookEventType,
} from '@maillage/shared/api';
import { deny } from '../../core/authz.js';
import type { AuditTarget } from '../../core/audit-target.js';
import type { RequestContext } from '../../core/context.js';
import { asOwner } from '../../core/db/actor-tx.js';
import { AppError, badInput, notFound, staleVersion } from '../../core/errors.js';
import { afterCursor, allOf, orderOf, pageSizeOf, toConnection, type KeysetSpec } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { loaders } from '../identity/loaders.js';
import { DELIVERY_JOB, FANOUT_JOB, WAKE_CHANNEL, failWaitingDeliveries, type EmittedEvent } from './delivery.js';
import { resolveTarget, TargetRefused } from './target.js';
import { webhookAttempt, webhookDelivery, webhookEndpoint } from './tables.js';

export type WebhookEndpointRow = typeof webhookEndpoint.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDelivery.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempt.$inferSelect;

// ─── Emitting ─────────────────────────────────────────────────────────────────────────────────────

/** Something a service account's system may be told of: the event and the id of the object it names. */
export interface WebhookEventInput {
  type: WebhookEventType;
  id: string;
}

/**
 * Raises webhook events in the caller's transaction: they exist only if it commits, and the request waits
 * for no receiver. Nothing is queued when no enabled endpoint subscribes to these types. Who is told is
 * decided after the commit, as each subscribed service account (delivery.ts).
 */
export async function emitWebhookEvents(ctx: RequestContext, events: readonly WebhookEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const actor = ctx.actor;
  if (!actor) throw new Error('emitWebhookEvents needs an actor');
  const types = [...new Set(events.map((e) => e.type))];
  const { rows } = await ctx.db.execute<{ wanted: boolean }>(
    sql`select app_webhooks_wanted(${sql.param(types)}::text[]) as wanted`,
  );
  if (!rows[0]?.wanted) return;
  const occurredAt = new Date().toISOString();
  const emitted: EmittedEvent[] = events.map((e) => ({
    eventId: randomUUID(),
    type: e.type,
    objectType: WEBHOOK_EVENT_INFO[e.type].objectType,
    objectId: e.id,
    occurredAt,
  }));
  // The queue's tables are the owner's: the job is written as the owner, in the same transaction (as notify).
  await asOwner(ctx.db, actor, async (tx) => {
    await ctx.services.jobs.sendInTx(tx, FANOUT_JOB, { events: emitted });
    await tx.execute(sql`select pg_notify(${WAKE_CHANNEL}, ${FANOUT_JOB})`);
  });
}

// ─── Who manages endpoints ───────────────────────────────────────────────────────────────────────

/**
 * Who manages webhooks in this call: an administrator, for any service account (named in the call), or
 * a service account itself, through an API key holding webhooks:manage (for its own endpoints only).
 */
type Manager = { kind: 'admin' } | { kind: 'account'; accountId: string };

function managerOf(ctx: RequestContext, action: string, target?: AuditTarget | null): Manager {
  const actor = ctx.actor!;
  if (actor.apiKey) {
    if (!actor.apiKey.scopes.has('webhooks:manage')) deny(ctx, action, 'api-key:webhooks:manage', target);
    return { kind: 'account', accountId: actor.userId };
  }
  if (actor.isAdmin) return { kind: 'admin' };
  return deny(ctx, action, 'webhooks:admin-or-service-account-key', target);
}

/** Rows of endpoints the manager may see: row-level security already says so; a key sees its own only. */
const ownedBy = (m: Manager): SQL | undefined =>
  m.kind === 'account' ? eq(webhookEndpoint.serviceAccountId, m.accountId) : undefined;

/** The service account the call is about: the key's own, or the active service account an administrator named. */
async function accountOf(ctx: RequestContext, m: Manager, requested: string | null | undefined, path: string) {
  if (m.kind === 'account') {
    if (requested && requested !== m.accountId)
      deny(ctx, 'webhook.manage', 'webhooks:own-account-only', { subjectType: 'user', subjectId: requested });
    return m.accountId;
  }
  if (!requested) throw badInput([{ path, message: 'le compte de service est requis' }]);
  const [user, memberships] = await Promise.all([
    loaders.user(ctx).load(requested),
    loaders.membershipsOfUser(ctx).load(requested),
  ]);
  if (!user?.active || !memberships.some((mm) => mm.roles.includes('SERVICE_ACCOUNT')))
    throw badInput([{ path, message: 'pas un compte de service actif' }]);
  return requested;
}

/** In production the address must be https and resolve to public addresses only (target.ts). */
async function checkUrl(ctx: RequestContext, url: string, path: string): Promise<void> {
  if (ctx.services.config.NODE_ENV !== 'production') return;
  try {
    await resolveTarget(url, true);
  } catch (err) {
    if (err instanceof TargetRefused) throw badInput([{ path, message: err.message }]);
    throw err;
  }
}

/** A new signing secret, as Standard Webhooks writes them: whsec_ and the base64 of 32 random bytes. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

async function setSecret(ctx: RequestContext, endpointId: string): Promise<string> {
  const secret = newSecret();
  const { rows } = await ctx.db.execute<{ ok: boolean }>(
    sql`select app_webhook_set_secret(${endpointId}::uuid, ${secret}::text) as ok`,
  );
  if (!rows[0]?.ok) throw notFound('Adresse de webhook');
  return secret;
}

const endpointTarget = (id: unknown): AuditTarget | null =>
  typeof id === 'string' && identity.uuid.safeParse(id).success
    ? { subjectType: 'webhook_endpoint', subjectId: id }
    : null;

// ─── Reads ───────────────────────────────────────────────────────────────────────────────────────

export async function listEndpoints(ctx: RequestContext, serviceAccountId: string | null | undefined) {
  const m = managerOf(ctx, 'webhook.list');
  if (serviceAccountId != null) parseInput(identity.uuid, serviceAccountId, 'serviceAccountId');
  const accountId = m.kind === 'account' ? await accountOf(ctx, m, serviceAccountId, 'serviceAccountId') : null;
  if (m.kind === 'admin' && !serviceAccountId)
    throw badInput([{ path: 'serviceAccountId', message: 'le compte de service est requis' }]);
  return ctx.db
    .select()
    .from(webhookEndpoint)
    .where(eq(webhookEndpoint.serviceAccountId, accountId ?? serviceAccountId!))
    .orderBy(webhookEndpoint.createdAt, webhookEndpoint.id);
}

export async function getEndpoint(ctx: RequestContext, id: unknown): Promise<WebhookEndpointRow | null> {
  const m = managerOf(ctx, 'webhook.read', endpointTarget(id));
  if (!identity.uuid.safeParse(id).success) return null;
  const [row] = await ctx.db
    .select()
    .from(webhookEndpoint)
    .where(allOf([eq(webhookEndpoint.id, id as string), ownedBy(m)]));
  return row ?? null;
}

const newestFirst: KeysetSpec<WebhookDeliveryRow> = {
  columns: [webhookDelivery.createdAt, webhookDelivery.id],
  direction: 'desc',
  key: (r) => [r.createdAt, r.id],
};

const deliveryStatus = z.enum(WEBHOOK_DELIVERY_STATUSES).nullish();

/** An endpoint's delivery log, newest first, a page at a time. */
export async function listDeliveries(
  ctx: RequestContext,
  args: { endpointId: string; status?: WebhookDeliveryStatus | null; first?: number | null; after?: string | null },
) {
  const endpoint = await getEndpoint(ctx, parseInput(identity.uuid, args.endpointId, 'endpointId'));
  if (!endpoint) throw notFound('Adresse de webhook');
  const status = parseInput(deliveryStatus, args.status, 'status');
  const limit = pageSizeOf(args.first, 100);
  const where = allOf([
    eq(webhookDelivery.endpointId, endpoint.id),
    status ? eq(webhookDelivery.status, status) : undefined,
  ]);
  const spec = newestFirst as KeysetSpec<unknown>;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(webhookDelivery)
      .where(allOf([where, afterCursor(spec, args.after)]))
      .orderBy(...orderOf(spec))
      .limit(limit + 1),
    ctx.db.select({ n: count() }).from(webhookDelivery).where(where),
  ]);
  return toConnection(rows, limit, total!.n, newestFirst);
}

/** The attempts of deliveries, oldest first (the delivery's loader). */
export async function attemptsByDeliveryIds(
  ctx: RequestContext,
  ids: readonly string[],
): Promise<WebhookAttemptRow[][]> {
  const rows = await ctx.db
    .select()
    .from(webhookAttempt)
    .where(inArray(webhookAttempt.deliveryId, [...ids]))
    .orderBy(webhookAttempt.attemptedAt, webhookAttempt.id);
  return ids.map((id) => rows.filter((r) => r.deliveryId === id));
}

// ─── Changes ─────────────────────────────────────────────────────────────────────────────────────

/** The endpoint to change, locked, at the version the caller read. */
async function loadForChange(
  ctx: RequestContext,
  action: string,
  rawId: unknown,
  version: number,
  idPath: string,
): Promise<{ m: Manager; row: WebhookEndpointRow }> {
  const m = managerOf(ctx, action, endpointTarget(rawId));
  const id = parseInput(identity.uuid, rawId, idPath);
  const [row] = await ctx.db
    .select()
    .from(webhookEndpoint)
    .where(allOf([eq(webhookEndpoint.id, id), ownedBy(m)]))
    .for('update');
  if (!row) throw notFound('Adresse de webhook');
  if (row.version !== version) throw staleVersion('L’adresse de webhook', true);
  return { m, row };
}

export async function createEndpoint(ctx: RequestContext, raw: unknown) {
  const m = managerOf(ctx, 'webhook.create');
  const input = parseInput(webhookSchemas.create, raw, 'input');
  const accountId = await accountOf(ctx, m, input.serviceAccountId, 'input.serviceAccountId');
  await checkUrl(ctx, input.url, 'input.url');
  const [endpoint] = await ctx.db
    .insert(webhookEndpoint)
    .values({
      serviceAccountId: accountId,
      url: input.url,
      eventTypes: input.eventTypes,
      description: input.description,
      createdBy: ctx.actor!.userId,
    })
    .returning();
  const secret = await setSecret(ctx, endpoint!.id);
  // Neither the address (it may carry a token of the receiver's) nor the secret: the account, how many kinds.
  await ctx.audit({
    action: 'webhook.create',
    subjectType: 'webhook_endpoint',
    subjectId: endpoint!.id,
    details: { serviceAccount: accountId, eventTypeCount: input.eventTypes.length },
  });
  return { endpoint: endpoint!, secret };
}

export async function updateEndpoint(ctx: RequestContext, raw: unknown) {
  const input = parseInput(webhookSchemas.update, raw, 'input');
  const { row } = await loadForChange(ctx, 'webhook.update', input.id, input.version, 'input.id');
  const changes: Partial<typeof webhookEndpoint.$inferInsert> = {};
  if (input.url != null && input.url !== row.url) {
    await checkUrl(ctx, input.url, 'input.url');
    changes.url = input.url;
  }
  if (input.eventTypes != null) changes.eventTypes = input.eventTypes;
  if (input.description !== undefined) changes.description = input.description || null;
  const [updated] = await ctx.db
    .update(webhookEndpoint)
    .set({ ...changes, version: row.version + 1, updatedAt: sql`now()` })
    .where(eq(webhookEndpoint.id, row.id))
    .returning();
  await ctx.audit({
    action: 'webhook.update',
    subjectType: 'webhook_endpoint',
    subjectId: row.id,
    details: { fields: Object.keys(changes) },
  });
  return updated!;
}

/** Turns an endpoint on (its failure streak forgotten) or off (its waiting retries given up). */
export async function setEndpointEnabled(ctx: RequestContext, rawId: unknown, version: number, enabled: boolean) {
  const { row } = await loadForChange(ctx, enabled ? 'webhook.enable' : 'webhook.disable', rawId, version, 'id');
  const [updated] = await ctx.db
    .update(webhookEndpoint)
    .set({
      ...(enabled
        ? { enabled: true, disabledReason: null, disabledAt: null, failingSince: null }
        : { enabled: false, disabledReason: 'MANUAL' as const, disabledAt: sql`now()` }),
      version: row.version + 1,
      updatedAt: sql`now()`,
    })
    .where(eq(webhookEndpoint.id, row.id))
    .returning();
  if (!enabled) await failWaitingDeliveries(ctx.db, row.id);
  await ctx.audit({
    action: enabled ? 'webhook.enable' : 'webhook.disable',
    subjectType: 'webhook_endpoint',
    subjectId: row.id,
  });
  return updated!;
}

export async function deleteEndpoint(ctx: RequestContext, rawId: unknown, version: number): Promise<boolean> {
  const { row } = await loadForChange(ctx, 'webhook.delete', rawId, version, 'id');
  await ctx.db.delete(webhookEndpoint).where(eq(webhookEndpoint.id, row.id));
  await ctx.audit({
    action: 'webhook.delete',
    subjectType: 'webhook_endpoint',
    subjectId: row.id,
    details: { serviceAccount: row.serviceAccountId },
  });
  return true;
}

/** A new secret, shown once; the former one still signs beside it for a day. */
export async function rotateSecret(ctx: RequestContext, rawId: unknown, version: number) {
  const { row } = await loadForChange(ctx, 'webhook.rotate_secret', rawId, version, 'id');
  const secret = await setSecret(ctx, row.id);
  const [endpoint] = await ctx.db
    .update(webhookEndpoint)
    .set({ secretRotatedAt: sql`now()`, version: row.version + 1, updatedAt: sql`now()` })
    .where(eq(webhookEndpoint.id, row.id))
    .returning();
  await ctx.audit({ action: 'webhook.rotate_secret', subjectType: 'webhook_endpoint', subjectId: row.id });
  return { endpoint: endpoint!, secret };
}

/** Sends a delivery again now, by hand (« Rejouer »), whatever its state, unless it is being sent. */
export async function replayDelivery(ctx: RequestContext, rawId: unknown): Promise<WebhookDeliveryRow> {
  const target =
    typeof rawId === 'string' && identity.uuid.safeParse(rawId).success
      ? { subjectType: 'webhook_delivery', subjectId: rawId }
      : null;
  const m = managerOf(ctx, 'webhook.replay', target);
  const id = parseInput(identity.uuid, rawId, 'deliveryId');
  const [found] = await ctx.db
    .select({ delivery: webhookDelivery, enabled: webhookEndpoint.enabled })
    .from(webhookDelivery)
    .innerJoin(webhookEndpoint, eq(webhookEndpoint.id, webhookDelivery.endpointId))
    .where(allOf([eq(webhookDelivery.id, id), ownedBy(m)]))
    .for('update', { of: webhookDelivery });
  if (!found) throw notFound('Envoi');
  if (!found.enabled)
    throw new AppError(
      'CONFLICT',
      'Cette adresse est désactivée : réactivez-la avant de rejouer un envoi.',
      'TRANSITION_REFUSED',
    );
  if (found.delivery.status === 'PENDING' && found.delivery.nextAttemptAt === null)
    throw new AppError('CONFLICT', 'Cet envoi est déjà en cours.', 'TRANSITION_REFUSED');
  const [updated] = await ctx.db
    .update(webhookDelivery)
    .set({ status: 'PENDING', nextAttemptAt: null })
    .where(eq(webhookDelivery.id, id))
    .returning();
  await asOwner(ctx.db, ctx.actor!, async (tx) => {
    await ctx.services.jobs.sendInTx(tx, DELIVERY_JOB, { deliveryId: id, manual: true });
    await tx.execute(sql`select pg_notify(${WAKE_CHANNEL}, ${DELIVERY_JOB})`);
  });
  await ctx.audit({
    action: 'webhook.replay',
    subjectType: 'webhook_delivery',
    subjectId: id,
    details: { endpointId: found.delivery.endpointId, eventType: found.delivery.eventType },
  });
  return updated!;
}
