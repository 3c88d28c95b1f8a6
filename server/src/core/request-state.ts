import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { appendAudit, auditInsertSql, type AuditEntry } from './audit.js';
import { auditBatcherOf } from './audit-batch.js';
import type { Denial, RequestContext } from './context.js';
import { openTransaction, type OpenTransaction, type TxMode } from './db/actor-tx.js';
import { invalidToken } from './auth/authenticate.js';
import { actorFromRows, actorRowsSql, recentActorsOf, sameGrant, type ActorRow } from './auth/recent-actors.js';
import type { Tx } from './db/driver.js';
import { AppError, unauthenticated } from './errors.js';
import { notifyInTx } from '../modules/notifications/events.js';

/**
 * The life of one request's database work: one transaction as the actor, opened on demand and
 * closed once (commit or rollback); refusals recorded after it, so that a rollback keeps them.
 */
export class RequestState {
  private open: OpenTransaction | null = null;
  private mode: TxMode | null = null;
  private loaders = new Map<string, DataLoader<unknown, unknown>>();
  private pendingAudits: AuditEntry[] = [];
  private batchesAudits = false;
  readonly context: RequestContext;

  constructor(readonly request: FastifyRequest) {
    const services = request.server.services;
    const currentTx = () => {
      if (!this.open) throw new Error('no transaction opened for this request');
      return this.open.tx;
    };
    const loaders = this.loaders;
    this.context = {
      requestId: request.id,
      address: request.ip,
      actor: request.actor,
      authError: request.authError,
      get db(): Tx {
        return currentTx();
      },
      auditCount: 0,
      // Kept until the commit, with which they travel (auditInsertSql): they commit or roll back with the request's changes.
      audit: async (entry) => {
        currentTx();
        this.context.auditCount += 1;
        this.pendingAudits.push({ ...entry, actorId: request.actor?.userId ?? null, requestId: request.id });
      },
      denials: [],
      loader<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
        let loader = loaders.get(name);
        if (!loader) {
          loader = create() as DataLoader<unknown, unknown>;
          loaders.set(name, loader);
        }
        return loader as DataLoader<K, V>;
      },
      services,
    };
  }

  async begin(mode: TxMode): Promise<void> {
    if (this.open) return;
    const request = this.request;
    const actor = request.actor;
    if (!actor) throw request.authError ?? unauthenticated();
    const { database } = request.server.services;
    // A write's audit events travel with its COMMIT. On PostgreSQL a read's are written after it, batched
    // with other requests' (end()); PGlite, one connection in process, has no round trip to save and would
    // make that write wait for every transaction under way.
    this.batchesAudits = mode === 'read' && database.kind === 'postgres';
    const finale = () => (this.batchesAudits ? null : auditInsertSql(this.pendingAudits.splice(0)));
    if (!request.actorToCheck) {
      this.open = await openTransaction(database, mode, actor, { finale });
      this.mode = mode;
      return;
    }
    // A remembered actor (core/auth/recent-actors.ts): its memberships are read again with the BEGIN.
    request.actorToCheck = false;
    const open = await openTransaction(database, mode, actor, {
      before: actorRowsSql(actor.userId, actor.sessionId!),
      finale,
    });
    const read = actorFromRows(actor.userId, open.beforeRows as unknown as ActorRow[], actor.via);
    const current = read && { ...read, sessionId: actor.sessionId };
    if (current && sameGrant(current, actor)) {
      this.open = open;
      this.mode = mode;
      return;
    }
    await open.rollback();
    const recent = recentActorsOf(request.server);
    if (!current) {
      // Deactivated meanwhile: as if its token had been refused at authentication.
      recent.delete(actor.userId);
      request.actor = this.context.actor = null;
      request.authError = this.context.authError = invalidToken();
      return;
    }
    recent.set(current);
    request.actor = this.context.actor = current;
    this.open = await openTransaction(database, mode, current, { finale });
    this.mode = mode;
  }

  /**
   * Commits, or rolls back a write when `failed`; then records refusals. Safe to call more than once.
   * A read commits even when it failed: it writes nothing but the audit of the records it read, and
   * those records may already be in the response (a query's other fields can fail after them).
   */
  async end(failed: boolean): Promise<void> {
    const open = this.open;
    // A read's audit events on PostgreSQL go to the next batch at once: they do not wait for its
    // COMMIT (the records are read whatever the COMMIT answers), so the two round trips overlap. Its
    // outcome is caught at once (no unhandled rejection while the COMMIT runs), and thrown after.
    const audits = this.batchesAudits ? this.pendingAudits.splice(0) : [];
    const written =
      audits.length > 0
        ? auditBatcherOf(this.request.server.services.database)
            .write(audits)
            .then(
              () => null,
              (err: unknown) => ({ err }),
            )
        : null;
    if (open && !open.settled) {
      if (!failed) await open.commit();
      else if (this.mode === 'read') await open.commit().catch(() => undefined);
      else await open.rollback();
    }
    const outcome = await written;
    if (outcome && !failed) throw outcome.err;
    await this.flushDenials();
  }

  private async flushDenials(): Promise<void> {
    await recordDenials(this.request, this.context.denials.splice(0));
  }
}

/** Records refusals as DENIED audit events, in a transaction of their own (outside any the request opened). */
export async function recordDenials(request: FastifyRequest, denials: readonly Denial[]): Promise<void> {
  if (denials.length === 0) return;
  const { services } = request.server;
  const actorId = request.actor?.userId ?? null;
  await services.database.db.transaction(async (tx) => {
    for (const d of denials) {
      if (d.alert && !(await alertedWithinHour(tx, actorId, d.action))) await notifyInTx(services, tx, d.alert);
      await d.record?.(tx);
      await appendAudit(tx, {
        actorId,
        action: d.action,
        outcome: 'DENIED',
        subjectType: d.subjectType ?? null,
        subjectId: d.subjectId ?? null,
        requestId: request.id,
        details: { policy: d.reason, ...d.details },
      });
    }
  });
}

/** Whether the same refusal of the same user was already recorded in the last hour (and so alerted). */
async function alertedWithinHour(tx: Tx, actorId: string | null, action: string): Promise<boolean> {
  const { rows } = await tx.execute<{ found: boolean }>(
    sql`select exists (select 1 from audit_event where actor_id is not distinct from ${actorId}::uuid
          and action = ${action} and outcome = 'DENIED' and occurred_at > now() - interval '1 hour') as found`,
  );
  return rows[0]?.found === true;
}

/** Runs a REST handler's work in one transaction as the actor: all of it commits, or none. */
export async function inRequestTx<T>(
  request: FastifyRequest,
  mode: TxMode,
  fn: (ctx: RequestContext) => Promise<T>,
): Promise<T> {
  const state = new RequestState(request);
  await state.begin(mode);
  try {
    const result = await fn(state.context);
    await state.end(false);
    return result;
  } catch (err) {
    await state.end(true).catch(() => undefined);
    throw err;
  }
}

export const isAppErrorCode = (err: unknown, code: AppError['code']) => err instanceof AppError && err.code === code;
