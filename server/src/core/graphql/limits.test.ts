import type { IntrospectionQuery } from 'graphql';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, productionEnv, type TestApp } from '../../../test/harness.js';
import { GRAPHQL_LIMITS, limitMessage } from './limits.js';

/** Bounds on GraphQL documents, batching, introspection, and what an error may carry. */
let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.test');
});
afterAll(() => t.close());

const post = (payload: unknown, token: string | null = admin) =>
  t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: payload as object,
  });

/** A refusal of the whole request: 400, no `data` entry, one error with the code, the request id and `message`. */
async function expectRefused(payload: unknown, message: RegExp) {
  const res = await post(payload);
  const body = res.json();
  expect(res.statusCode, res.body).toBe(400);
  expect(body).not.toHaveProperty('data');
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].message).toMatch(message);
  expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', requestId: res.headers['x-request-id'] });
  return body.errors[0].message as string;
}

/** `{ me { user { memberships { user { memberships … } } } } }`, `levels` deep. */
function nested(levels: number): string {
  let selection = 'id';
  for (let depth = levels; depth > 1; depth -= 1)
    selection = depth % 2 === 0 ? `user { ${selection} }` : `memberships { ${selection} }`;
  return `{ me { ${selection} } }`;
}

describe('GraphQL limits', () => {
  it('answers a query within every limit', async () => {
    const res = await t.gql(admin, nested(GRAPHQL_LIMITS.depth - 1));
    expect(res.errors).toBeUndefined();
    expect(res.data.me.user).toBeDefined();
  });

  it('refuses a query deeper than the depth limit', async () => {
    const message = await expectRefused({ query: nested(GRAPHQL_LIMITS.depth + 3) }, /profond/);
    expect(message).toContain(String(GRAPHQL_LIMITS.depth));
  });

  it('refuses more aliases than the alias limit', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.aliases + 1 }, (_, i) => `a${i}: me { roles }`).join(' ');
    const message = await expectRefused({ query: `{ ${fields} }` }, /alias/);
    expect(message).toContain(`${GRAPHQL_LIMITS.aliases + 1} pour un maximum de ${GRAPHQL_LIMITS.aliases}`);
  });

  it('refuses a query whose estimated cost is over the cost limit', async () => {
    const message = await expectRefused(
      { query: '{ organisations(first: 1000) { nodes { id name kind uai } } }' },
      /coûteuse/,
    );
    expect(message).toContain(String(GRAPHQL_LIMITS.cost));
    expect(message).toMatch(/coût estimé \d+ pour/);
  });

  it("quotes a fractional cost rounded up, not the sentence's full stop", () => {
    expect(limitMessage({ message: 'Syntax Error: Query Cost limit of 5000 exceeded, found 5120.5.' })).toMatch(
      /coût estimé 5121 pour un maximum de 5000/,
    );
    expect(limitMessage({ message: 'Syntax Error: Query Cost limit of 5000 exceeded, found 6000.' })).toMatch(
      /coût estimé 6000 pour/,
    );
  });

  it('refuses a document with more tokens than the token limit', async () => {
    const message = await expectRefused(
      { query: `{ ${'__typename '.repeat(GRAPHQL_LIMITS.tokens + 10)}}` },
      /trop longue/,
    );
    expect(message).toContain(String(GRAPHQL_LIMITS.tokens));
  });

  it('refuses batched queries (a JSON array body)', async () => {
    await expectRefused([{ query: '{ __typename }' }, { query: '{ __typename }' }], /groupées/);
  });

  it('answers `{ __typename }` anonymously, and refuses data to an anonymous caller', async () => {
    const typename = await post({ query: '{ __typename }' }, null);
    expect(typename.statusCode).toBe(200);
    expect(typename.json()).toEqual({ data: { __typename: 'Query' } });
    const me = await t.gql(null, '{ me { roles } }');
    expect(me.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: expect.any(String) });
  });

  it('suggests the names meant outside production ("Did you mean …")', async () => {
    const res = await t.gql(admin, '{ territorie { totalCount } }');
    expect(res.errors?.[0]?.message).toMatch(/Did you mean "territories"/);
  });

  it('keeps introspection and GraphiQL on outside production', async () => {
    const res = await t.gql<IntrospectionQuery>(null, '{ __schema { queryType { name } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType.name).toBe('Query');
    const graphiql = await t.app.inject({ method: 'GET', url: '/graphiql' });
    expect(graphiql.statusCode).toBe(200);
    // GraphiQL loads its scripts from unpkg: its page (and only it) lets them in.
    expect(graphiql.headers['content-security-policy']).toContain("script-src 'self' https://unpkg.com");
    const api = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
    expect(api.headers['content-security-policy']).not.toContain('unpkg');
  });
});

describe('GraphQL in production', () => {
  let prod: TestApp;
  let webDist: string;
  beforeAll(async () => {
    // The built web app is served, as in production: its fallback answers every other GET with index.html.
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-web-'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Maillage</title>');
    prod = await createTestApp({ ...productionEnv(), SERVE_WEB: 'on' }, { webDist });
  });
  afterAll(async () => {
    await prod?.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('turns introspection off', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "User") { name fields { name } } }']) {
      const res = await prod.app.inject({ method: 'POST', url: '/graphql', payload: { query } });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body).not.toHaveProperty('data');
      expect(body.errors[0].message).toMatch(/introspection/i);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    // Plain queries still work.
    const typename = await prod.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
    expect(typename.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('turns GraphiQL off: /graphiql is not found, not the web app', async () => {
    // The control: the web app's pages are served.
    const page = await prod.app.inject({ method: 'GET', url: '/cases' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Maillage</title>');
    for (const url of ['/graphiql', '/graphiql/', '/graphiql/main.js', '/graphiql?query=%7B__typename%7D']) {
      const res = await prod.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('names no field, argument, type or value the caller did not write ("Did you mean …" hidden)', async () => {
    const admin = await prod.login('admin@demo.test');
    const messages = async (query: string, variables?: Record<string, unknown>) => {
      const res = await prod.gql(admin, query, variables);
      expect(res.errors?.length, query).toBeGreaterThan(0);
      for (const error of res.errors!) expect(error.extensions.code).toBe('BAD_USER_INPUT');
      return res.errors!.map((e) => e.message);
    };
    const create = 'mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id } }';
    // A misspelt root field, object field, argument, type, enum literal, input field and enum variable, each
    // with the name graphql-js would suggest.
    const cases: [string, Record<string, unknown> | undefined, RegExp, string][] = [
      [
        '{ territorie { totalCount } }',
        undefined,
        /^Cannot query field "territorie" on type "Query"\.$/,
        'territories',
      ],
      ['{ me { rols } }', undefined, /^Cannot query field "rols" on type "Me"\.$/, 'roles'],
      ['{ territories(frist: 1) { totalCount } }', undefined, /^Unknown argument "frist" on field/, 'first'],
      ['query($id: Territry) { __typename }', undefined, /^Unknown type "Territry"\.$/, 'Territory'],
      [
        'mutation { createTerritory(input: { kind: COMUNE, name: "x" }) { id } }',
        undefined,
        /^Value "COMUNE" does not exist in "TerritoryKind" enum\.$/,
        'COMMUNE',
      ],
      [create, { input: { kind: 'COMMUNE', name: 'x', cod: 'y' } }, /"cod" is not defined by type/, 'code'],
      [create, { input: { kind: 'COMUNE', name: 'x' } }, /Value "COMUNE" does not exist in "TerritoryKind"/, 'COMMUNE'],
    ];
    for (const [query, variables, expected, suggested] of cases) {
      const [first, ...others] = await messages(query, variables);
      expect(first, query).toMatch(expected);
      for (const message of [first, ...others]) {
        expect(message, query).not.toMatch(/did you mean/i);
        expect(message, query).not.toContain(`"${suggested}"`);
      }
    }
  });
});

describe('GraphQL errors', () => {
  /** Text a client must never see: SQL, table names, stack frames, file paths. */
  const leaks =
    /\b(select|insert|update|delete)\b.*\bfrom\b|"territory|territory_gone|relation|\bat\s+\S+\s*\(|\.ts:\d+|node_modules|Failed query|params:/i;

  it('turns an internal error into INTERNAL with the request id, and neither stack nor SQL', async () => {
    await t.database.db.execute(sql`alter table territory rename to territory_gone`);
    try {
      const res = await post({ query: '{ territories { totalCount } }' });
      const body = res.json();
      expect(body.errors).toHaveLength(1);
      const [error] = body.errors;
      expect(error.extensions).toEqual({ code: 'INTERNAL', requestId: res.headers['x-request-id'] });
      expect(error.message).toBe(`Erreur interne. Référence : ${res.headers['x-request-id']}`);
      expect(Object.keys(error).sort()).toEqual(['extensions', 'locations', 'message', 'path']);
      expect(res.body).not.toMatch(leaks);
    } finally {
      await t.database.db.execute(sql`alter table territory_gone rename to territory`);
    }
    const again = await t.gql(admin, '{ territories { totalCount } }');
    expect(again.errors).toBeUndefined();
  });

  it('names the fields of bad input, with the request id', async () => {
    const res = await t.gql(
      admin,
      'mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { id } }',
      {
        input: { kind: 'COMMUNE', name: 42 },
      },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
    expect(res.errors?.[0]?.message).toMatch(/name/);
  });

  it('answers SERVICE_UNAVAILABLE, without stack or SQL, when the database is closed under the app', async () => {
    const closing = await createTestApp();
    try {
      const token = await closing.login('referent@demo.test');
      await closing.database.close();
      const res = await closing.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${token}` },
        payload: { query: '{ me { roles } }' },
      });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBeDefined();
      const body = res.json();
      expect(body).not.toHaveProperty('data');
      expect(body.errors[0].extensions).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        requestId: res.headers['x-request-id'],
      });
      expect(body.errors[0].message).toMatch(/indisponible/);
      expect(res.body).not.toMatch(leaks);
      // The process goes on: anonymous requests that need no database still work.
      const typename = await closing.app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: '{ __typename }' },
      });
      expect(typename.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await closing.close();
    }
  });
});
