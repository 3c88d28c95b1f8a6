import { API_EXAMPLES, apiScopeLabels } from '@maillage/shared/api';
import { sql } from 'drizzle-orm';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, productionEnv, type TestApp } from '../../../test/harness.js';
import { ANY_KEY } from '../api-scopes.js';
import { loadSchemaSource } from './plugin.js';
import type { SchemaReference } from './schema-reference.js';

/** The schema's SDL and reference for the « API » page and integrators (issue 20), and the page's examples. */
let t: TestApp;
let adminToken: string;

beforeAll(async () => {
  t = await createTestApp();
  adminToken = await t.login('admin@demo.test');
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('the schema reference', () => {
  it('is for signed-in users and keys only: the schema is not public (introspection is off in production)', async () => {
    for (const url of ['/api/schema.graphql', '/api/schema/reference']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it('gives the SDL as served, for a client’s code generation', async () => {
    const referent = await t.login('referent@demo.test');
    const res = await get('/api/schema.graphql', { authorization: `Bearer ${referent}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const sdl = buildSchema(res.body);
    expect(Object.keys(sdl.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining(['cases', 'changes', 'trustedDocuments']),
    );
  });

  it('lists Query and Mutation first, then every type, with descriptions, arguments and each root field’s key scope', async () => {
    const res = await get('/api/schema/reference', { authorization: `Bearer ${adminToken}` });
    expect(res.statusCode).toBe(200);
    const reference = res.json<SchemaReference>();
    expect(reference.graphiql).toBe('/graphiql');
    expect(reference.types.slice(0, 2).map((type) => type.name)).toEqual(['Query', 'Mutation']);
    const names = reference.types.map((type) => type.name);
    expect(names.slice(2)).toEqual([...names.slice(2)].sort());
    expect(names.some((n) => n.startsWith('__'))).toBe(false);

    const query = reference.types[0]!;
    const cases = query.fields!.find((f) => f.name === 'cases')!;
    expect(cases).toMatchObject({ type: 'CaseConnection!', scope: 'psad:cases:read' });
    expect(cases.description).toMatch(/worklist/);
    expect(cases.args.map((a) => a.name)).toEqual(expect.arrayContaining(['platformId', 'filter', 'first', 'after']));
    expect(query.fields!.find((f) => f.name === 'me')!.scope).toBe(ANY_KEY);
    // Administration is refused to every key.
    expect(query.fields!.find((f) => f.name === 'trustedDocuments')!.scope).toBeNull();
    const mutation = reference.types[1]!;
    expect(mutation.fields!.find((f) => f.name === 'signalYoungPerson')!.scope).toBe('psad:signals:write');
    // Every scope a root field names is one the page explains.
    for (const type of [query, mutation]) {
      for (const f of type.fields!) if (f.scope && f.scope !== ANY_KEY) expect(apiScopeLabels).toHaveProperty(f.scope);
    }

    const status = reference.types.find((type) => type.name === 'CaseStatus')!;
    expect(status.kind).toBe('ENUM');
    expect(status.values!.map((v) => v.name)).toContain('A_TRAITER');
    const input = reference.types.find((type) => type.name === 'SignalInput')!;
    expect(input.kind).toBe('INPUT_OBJECT');
    expect(input.fields!.find((f) => f.name === 'birthDate')).toMatchObject({
      type: 'String!',
      description: 'yyyy-mm-dd',
    });
  });

  it('answers a service account’s key, whatever its scopes', async () => {
    const { rows } = await t.database.db.execute<{ id: string }>(
      sql`select id from organisation where name = 'Mission Locale de Bourges'`,
    );
    const user = await t.gql<{ createUser: { id: string } }>(
      adminToken,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email: 'schema-reader@demo.test',
          displayName: 'Lecteur du schéma',
          password: 'un-mot-de-passe-de-service',
          memberships: [{ organisationId: rows[0]!.id, roles: ['SERVICE_ACCOUNT'] }],
        },
      },
    );
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const key = await t.gql<{ createApiKey: { secret: string } }>(
      adminToken,
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { userId: user.data.createUser.id, name: 'Schéma', scopes: ['cpms:oncall:read'], expiresOn } },
    );
    expect(key.errors).toBeUndefined();
    const res = await get('/api/schema.graphql', { 'x-api-key': key.data.createApiKey.secret });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('type Query');
  });

  it('names no GraphiQL in production, where it is off', async () => {
    const prod = await createTestApp(productionEnv());
    try {
      const token = await prod.login('admin@demo.test');
      const res = await prod.app.inject({
        method: 'GET',
        url: '/api/schema/reference',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json<SchemaReference>().graphiql).toBeNull();
      expect((await prod.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
    } finally {
      await prod.close();
    }
  });
});

describe('the examples of the « API » page', () => {
  it('are each a document the served schema accepts, with variables of the right names', () => {
    const schema = buildSchema(loadSchemaSource());
    for (const [name, example] of Object.entries(API_EXAMPLES)) {
      const document = parse(example.document);
      expect(
        validate(schema, document).map((e) => e.message),
        name,
      ).toEqual([]);
      const declared = document.definitions.flatMap((d) =>
        d.kind === 'OperationDefinition' ? (d.variableDefinitions ?? []).map((v) => v.variable.name.value) : [],
      );
      expect(Object.keys(example.variables).sort(), name).toEqual(declared.sort());
      expect(apiScopeLabels, name).toHaveProperty(example.scope);
    }
  });
});
