/**
 * U+0000 in a string (found by the fuzz, server/test/hard): PostgreSQL cannot store it, and it used to
 * fail deep in the statement as INTERNAL. Refused first, naming where it was, writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/harness.js';

let t: TestApp;
let admin: string;
let counsellor: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.test');
  counsellor = await t.login('conseiller@demo.test');
});
afterAll(() => t?.close());

const territories = async () =>
  (await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from territory`)).rows[0]!.n;

describe('the NUL character (U+0000) in an input', () => {
  it('is refused in a mutation’s variables, naming the field, and nothing is written', async () => {
    const before = await territories();
    const res = await t.gql(admin, 'mutation($i: CreateTerritoryInput!) { createTerritory(input: $i) { id } }', {
      i: { kind: 'BASSIN', code: 'B\u0000', name: 'Bassin nul' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'i.code', message: 'le caractère nul (U+0000) n’est pas accepté' }],
    });
    expect(await territories()).toBe(before);
  });

  it('is refused in a filter and in a literal of the document', async () => {
    const filtered = await t.gql(counsellor, 'query($f: CaseFilter) { assignedCases(filter: $f) { totalCount } }', {
      f: { campaign: '2026-S2\u0000' },
    });
    expect(filtered.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'f.campaign' }],
    });
    const literal = await t.gql(counsellor, '{ assignedCases(filter: { campaign: "x\\u0000" }) { totalCount } }');
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'query' }] });
  });
});
