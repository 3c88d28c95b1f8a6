import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { ownerRows } from '../modules/psad/cases/test-fixtures.js';
import { AuditBatcher } from './audit-batch.js';

describe('AuditBatcher', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const countOf = async (requestId: string) =>
    (
      await ownerRows<{ n: number }>(t, sql`select count(*)::int as n from audit_event where request_id = ${requestId}`)
    )[0]!.n;

  it('answers each writer once its events are committed, several writers sharing a batch', async () => {
    const batcher = new AuditBatcher(t.database);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        batcher.write([
          { actorId: null, action: 'test.batch', requestId: 'batch-ok', details: { i } },
          { actorId: null, action: 'test.batch', requestId: 'batch-ok', subjectType: 'x', subjectId: `s'${i}\\` },
        ]),
      ),
    );
    expect(await countOf('batch-ok')).toBe(24);
    const [row] = await ownerRows<{ subject_id: string }>(
      t,
      sql`select subject_id from audit_event where request_id = 'batch-ok' and subject_id is not null order by id limit 1`,
    );
    // Quotes and backslashes travel as written (literals, not parameters).
    expect(row?.subject_id).toBe("s'0\\");
  });

  it('fails every writer of a batch that cannot be written, and writes none of it', async () => {
    const batcher = new AuditBatcher(t.database);
    // The first write starts a batch at once; the next two wait for the following one, together.
    const first = batcher.write([{ actorId: null, action: 'test.batch', requestId: 'batch-first' }]);
    const bad = batcher.write([
      { actorId: null, action: 'test.batch', requestId: 'batch-bad', outcome: 'MAYBE' as never },
    ]);
    const sharing = batcher.write([{ actorId: null, action: 'test.batch', requestId: 'batch-bad' }]);
    await expect(first).resolves.toBeUndefined();
    await expect(bad).rejects.toThrow();
    await expect(sharing).rejects.toThrow();
    expect(await countOf('batch-first')).toBe(1);
    expect(await countOf('batch-bad')).toBe(0);
    // The batcher goes on after a failure.
    await batcher.write([{ actorId: null, action: 'test.batch', requestId: 'batch-after' }]);
    expect(await countOf('batch-after')).toBe(1);
  });
});
