import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type GqlResult } from '../../test/harness.js';
import { buildApp } from '../app.js';
import { DEMO_PASSWORD } from '../demo/seed.js';
import { policies } from './authz.js';
import { testConfig } from '../../test/template-database.js';
import type { Database } from './db/driver.js';
import { collectRoutePolicies, declaredRoutes, enforceRoutePolicy, registerWithPolicy } from './route-policy.js';

// REST routes declare their policy in their config, as GraphQL root fields do with guard(); one hook
// in app.ts applies it. A route without one is refused, whoever calls.

let app: FastifyInstance;
let database: Database;
let drop: () => Promise<void>;
let dataDir: string;

beforeAll(async () => {
  ({ database, drop } = await freshDatabase());
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-test-'));
  app = await buildApp({
    config: testConfig(dataDir),
    database,
  });
  app.get('/api/test/undeclared', async () => ({ reached: true }));
  app.get('/api/test/admins', { config: { policy: policies.admin } }, async () => ({ reached: true }));
  app.get(
    '/api/test/audited',
    { config: { policy: policies.anyRole('CAF_OFFICER'), action: 'test.audited' } },
    async () => ({ reached: true }),
  );
  app.get('/api/test/open', { config: { policy: policies.public } }, async () => ({ reached: true }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const tokenOf = async (email: string) =>
  (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } })).json()
    .accessToken as string;
const get = (url: string, token?: string) =>
  app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
const deniedOf = async (requestId: string) =>
  (
    await database.db.execute<{ action: string; details: unknown }>(
      sql`select action, details from audit_event where request_id = ${requestId} and outcome = 'DENIED' order by occurred_at`,
    )
  ).rows;

describe('a route that declares no policy', () => {
  it('is refused to everyone, the administrator included: 403 problem+json, recorded', async () => {
    for (const token of [undefined, await tokenOf('admin@demo.test')]) {
      const res = await get('/api/test/undeclared', token);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN', status: 403 });
      expect(await deniedOf(res.headers['x-request-id'] as string)).toEqual([
        { action: 'GET /api/test/undeclared', details: { policy: 'no-policy-declared' } },
      ]);
    }
  });

  it('is listed without a policy, so that the permission snapshot shows it', () => {
    expect(declaredRoutes(app)).toContainEqual({
      method: 'GET',
      url: '/api/test/undeclared',
      policy: null,
      apiScope: null,
    });
    expect(declaredRoutes(app)).toContainEqual({
      method: 'GET',
      url: '/api/test/admins',
      policy: 'admin',
      apiScope: null,
    });
  });
});

describe('a declared policy', () => {
  it('anonymous where an actor is required: 401 problem+json', async () => {
    const res = await get('/api/test/admins');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('an invalid token: 401 with the reason the token was refused', async () => {
    const res = await get('/api/test/admins', 'not-a-token');
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/reconnectez-vous/);
  });

  it('an actor it does not allow: 403 problem+json, recorded under the route or its declared action', async () => {
    const token = await tokenOf('referent@demo.test');
    const admins = await get('/api/test/admins', token);
    expect(admins.statusCode).toBe(403);
    expect(admins.json().code).toBe('FORBIDDEN');
    expect(await deniedOf(admins.headers['x-request-id'] as string)).toEqual([
      { action: 'GET /api/test/admins', details: { policy: 'admin' } },
    ]);
    const audited = await get('/api/test/audited', token);
    expect(audited.statusCode).toBe(403);
    expect(await deniedOf(audited.headers['x-request-id'] as string)).toEqual([
      { action: 'test.audited', details: { policy: 'role:CAF_OFFICER' } },
    ]);
  });

  it('an actor it allows, and anyone on a public route, reach the handler', async () => {
    expect((await get('/api/test/admins', await tokenOf('admin@demo.test'))).json()).toEqual({ reached: true });
    expect((await get('/api/test/audited', await tokenOf('caf@demo.test'))).json()).toEqual({ reached: true });
    expect((await get('/api/test/open')).json()).toEqual({ reached: true });
  });

  it('leaves unknown URLs to the not-found handler (404, not 403)', async () => {
    const res = await get('/api/test/nowhere');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });
});

describe("the app's own routes", () => {
  it('all declare a policy, plugin routes included (CORS preflight, GraphiQL, GraphQL endpoint)', () => {
    const own = declaredRoutes(app).filter((r) => !r.url.startsWith('/api/test/'));
    expect(own.filter((r) => r.policy === null)).toEqual([]);
    expect(own).toContainEqual({ method: 'POST', url: '/graphql', policy: 'per-root-field', apiScope: null });
    expect(own).toContainEqual({ method: 'OPTIONS', url: '*', policy: 'public', apiScope: null });
    expect(own).toContainEqual({ method: 'GET', url: '/graphiql', policy: 'public', apiScope: null });
  });

  it('the GraphQL endpoint answers an anonymous caller with GraphQL errors, field by field', async () => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ me { user { id } } }' } });
    expect(res.json<GqlResult>().errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    const typename = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
    expect(typename.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('registerWithPolicy', () => {
  it("gives a plugin's routes its policy (the web app's files through @fastify/static), and no others", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-web-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Maillage</title>');
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
    const bare = Fastify();
    try {
      collectRoutePolicies(bare);
      bare.addHook('onRequest', enforceRoutePolicy);
      await registerWithPolicy(bare, policies.public, () =>
        bare.register(fastifyStatic, { root, wildcard: false, index: 'index.html' }),
      );
      bare.get('/after', async () => 'undeclared');
      await bare.ready();
      const gets = declaredRoutes(bare).filter((r) => r.method === 'GET');
      expect(Object.fromEntries(gets.map((r) => [r.url, r.policy]))).toEqual({
        '/assets/app.js': 'public',
        '/index.html': 'public',
        '/': 'public',
        '/after': null,
      });
      expect((await bare.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
      expect((await bare.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
    } finally {
      await bare.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
