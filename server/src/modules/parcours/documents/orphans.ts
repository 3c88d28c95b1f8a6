/**
 * Stored objects that no document names: an upload stores its ciphertext before the row is committed,
 * and a process killed in between (SIGKILL, a crash, the machine lost) cannot delete what it stored
 * (routes.ts does when it is still alive). The sweep removes them, and the unfinished writes of a
 * process killed mid-upload; it runs at start-up and every hour, on objects older than an hour
 * (DOCUMENT_ORPHAN_MINUTES), so that
 * another API process's upload that is still on its way to its commit is never taken for an orphan.
 */
import { inArray } from 'drizzle-orm';
import type { JobDefinition } from '../../../core/jobs.js';
import type { Services } from '../../../core/services.js';
import type { Db } from '../../../core/db/driver.js';
import { lockerDocument } from '../tables.js';
import type { DocumentStore } from './storage.js';

const BATCH = 500;

/** Removes the stored objects older than `before` that no document row names (the owner's connection: a system task). */
export async function sweepOrphanDocuments(
  db: Db,
  store: DocumentStore,
  before: Date,
): Promise<{ checked: number; removed: number }> {
  let checked = 0;
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const known = await db
      .select({ key: lockerDocument.storageKey })
      .from(lockerDocument)
      .where(inArray(lockerDocument.storageKey, batch));
    const named = new Set(known.map((r) => r.key));
    for (const key of batch.filter((k) => !named.has(k))) {
      await store.delete(key);
      removed += 1;
    }
    checked += batch.length;
    batch = [];
  };
  for await (const key of store.storedBefore(before)) {
    batch.push(key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { checked, removed };
}

/** Sweeps when a process starts (what a killed one left) and every hour, once whatever the number of processes. */
export const orphanSweepJob = (services: Services): JobDefinition<never> => ({
  name: 'orphan-document-sweep',
  cron: '15 * * * *',
  atStart: true,
  handler: async () => {
    // DOCUMENT_ORPHAN_MINUTES (60): longer than any upload takes.
    const age = services.config.DOCUMENT_ORPHAN_MINUTES * 60_000;
    const { checked, removed } = await sweepOrphanDocuments(
      services.database.db,
      services.documentStore,
      new Date(Date.now() - age),
    );
    if (removed > 0) services.logger.warn({ checked, removed }, 'orphan document objects removed');
  },
});
