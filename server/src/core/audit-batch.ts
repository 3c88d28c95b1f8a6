import type { Database } from './db/driver.js';
import { auditInsertSql, type AuditEntry } from './audit.js';

/**
 * The audit events of read-only requests, written together: each request waits until its events are
 * committed before it answers (nothing leaves unaudited), but one INSERT and one COMMIT serve every
 * request that ended meanwhile. A read whose only write was its audit event then commits a read-only
 * transaction, and the database flushes its log once for many (group commit, as PostgreSQL does for
 * concurrent commits, but with one statement instead of one per request). A batch that fails fails
 * every request in it: their responses are errors, never unaudited data.
 */
export class AuditBatcher {
  private queue: { entries: readonly AuditEntry[]; settle: (err?: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly database: Pick<Database, 'executeSql'>) {}

  /** Resolves once `entries` are committed; rejects if their batch failed. */
  write(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const written = new Promise<void>((resolve, reject) =>
      this.queue.push({ entries, settle: (err) => (err ? reject(err) : resolve()) }),
    );
    this.flushing ??= this.flush();
    return written;
  }

  /** Writes what is queued, then what was queued meanwhile, until nothing is left. */
  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      try {
        // One statement: it commits or fails whole, outside any request's transaction, as the owner.
        await this.database.executeSql(auditInsertSql(batch.flatMap((b) => b.entries))!);
        for (const b of batch) b.settle();
      } catch (err) {
        for (const b of batch) b.settle(err);
      }
    }
    this.flushing = null;
  }
}

const batchers = new WeakMap<object, AuditBatcher>();

/** The batcher of a database (one per process and database). */
export function auditBatcherOf(database: Pick<Database, 'executeSql'>): AuditBatcher {
  let batcher = batchers.get(database);
  if (!batcher) batchers.set(database, (batcher = new AuditBatcher(database)));
  return batcher;
}
