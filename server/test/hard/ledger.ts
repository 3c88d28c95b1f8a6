/**
 * What the fault tests' writers wrote: each writer creates accompanied persons named with a prefix of
 * its test (FAULT-…, RESTART-…), keeping a ledger of the ones the API acknowledged. Read back as the
 * owner, a person is whole with its one member row and its audit event.
 */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../harness.js';

export type WrittenPerson = {
  id: string;
  lastName: string;
  members: number;
  audited: number;
};

/** The persons whose last name starts with `prefix`, with what makes them whole. */
export async function writtenPersons(t: TestApp, prefix: string): Promise<WrittenPerson[]> {
  return (
    await t.database.db.execute<WrittenPerson>(
      sql`select p.id::text as id, p.last_name as "lastName",
                 (select count(*)::int from accompaniment_member m where m.person_id = p.id) as members,
                 (select count(*)::int from audit_event a where a.subject_id = p.id::text) as audited
          from accompanied_person p where p.last_name like ${`${prefix}%`}`,
    )
  ).rows;
}

/** Every acknowledged write is there, and every person there is whole (its member row, its audit event). */
export function expectAcknowledgedWhole(acknowledged: Iterable<string>, written: WrittenPerson[]): void {
  const writtenIds = new Set(written.map((r) => r.id));
  expect(
    [...acknowledged].filter((id) => !writtenIds.has(id)),
    'acknowledged writes lost',
  ).toEqual([]);
  expect(
    written.filter((r) => r.members !== 1 || r.audited < 1),
    'half-written persons',
  ).toEqual([]);
}
