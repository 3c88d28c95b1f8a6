/**
 * Stored objects that no document names: an upload stores its ciphertext before the row is committed,
 * and a process killed in between (SIGKILL, a crash, the machine lost) cannot delete what it stored
 * (routes.ts does when it is still alive). The sweep removes them, and the unfinished writes of a
 * process killed mid-upload; it runs at start-up and every hour, on objects older than an hour
 * (DOCUMENT_ORPHAN_MINUTES), so that
 * another API process's upload that is still on its way to its commit is never taken for an orphan.
 */
import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { everyHour } from '../../../core/hourly.js';
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

/** Sweeps once the app is listening, then every hour; stops with the app. */
export function scheduleOrphanSweep(app: FastifyInstance): void {
  // DOCUMENT_ORPHAN_MINUTES (60): longer than any upload takes.
  const age = () => app.services.config.DOCUMENT_ORPHAN_MINUTES * 60_000;
  everyHour(app, 'orphan document sweep', async () => {
    const { checked, removed } = await sweepOrphanDocuments(
      app.services.database.db,
      app.services.documentStore,
      new Date(Date.now() - age()),
    );
    if (removed > 0) app.log.warn({ checked, removed }, 'orphan document objects removed');
  });
}
