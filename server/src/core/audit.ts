import { auditEvent } from '../modules/audit/tables.js';
import type { Queryable } from './db/driver.js';
import { literal, literalOrNull } from './db/sql-literal.js';

export type AuditOutcome = 'SUCCESS' | 'DENIED' | 'FAILURE';

/** What an event records: who, what, on which record. Never the personal data itself. */
export interface AuditEntry {
  actorId: string | null;
  action: string;
  outcome?: AuditOutcome;
  subjectType?: string | null;
  subjectId?: string | null;
  requestId?: string | null;
  /** Non-personal facts only: names of changed fields, reasons, counts. */
  details?: Record<string, unknown> | null;
}

/** Appends in the caller's transaction, so the event commits or rolls back with the change. */
export async function appendAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvent).values({
    actorId: entry.actorId,
    action: entry.action,
    outcome: entry.outcome ?? 'SUCCESS',
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    requestId: entry.requestId ?? null,
    details: entry.details ?? null,
  });
}

/**
 * One INSERT of `entries` without parameters (null for none): a request's audit events travel with its
 * COMMIT in one round trip (core/request-state.ts), and so commit or roll back with its changes.
 */
export function auditInsertSql(entries: readonly AuditEntry[]): string | null {
  if (entries.length === 0) return null;
  const rows = entries.map((e) =>
    [
      `${literalOrNull(e.actorId)}::uuid`,
      literal(e.action),
      literal(e.outcome ?? 'SUCCESS'),
      literalOrNull(e.subjectType),
      literalOrNull(e.subjectId),
      literalOrNull(e.requestId),
      `${e.details == null ? 'null' : literal(JSON.stringify(e.details))}::jsonb`,
    ].join(', '),
  );
  return `insert into audit_event (actor_id, action, outcome, subject_type, subject_id, request_id, details) values (${rows.join('), (')})`;
}
