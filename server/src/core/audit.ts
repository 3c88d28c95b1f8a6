import { auditEvent } from '../modules/audit/tables.js';
import type { Queryable } from './db/driver.js';

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
