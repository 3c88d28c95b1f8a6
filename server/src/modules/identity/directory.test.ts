import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('organisation directory', () => {
  it('finds organisations by name without regard to case or accents', async () => {
    const token = await t.login('conseiller@demo.test');
    const res = await t.gql(token, `{ organisations(filter: { search: "LYCEE" }) { totalCount nodes { name uai } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.organisations.totalCount).toBe(3);
    expect(res.data.organisations.nodes.map((o: { name: string }) => o.name)).toEqual([
      'Lycée Alain-Fournier',
      'Lycée Jacques-Cœur',
      'Lycée Marguerite-de-Navarre',
    ]);
  });

  it('refuses the directory to an anonymous caller', async () => {
    const res = await t.gql(null, `{ organisations { totalCount } }`);
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
