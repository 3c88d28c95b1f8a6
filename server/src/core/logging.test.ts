import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type GqlResult } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../demo/seed.js';
import { loggerOptions } from './logger.js';

/**
 * The app's pino output during a login, a refresh, a few GraphQL operations and some failures:
 * one line per request, and no personal data or secret anywhere in it.
 */
let t: TestApp;
let captured = '';
const lines = () =>
  captured
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Secrets and personal data the requests carry: none may reach the log. */
const secrets: string[] = [];
/** Response request ids with what the log line must say. */
const requests: { id: string; status: number; operation?: string | null }[] = [];

const NEW_USER = {
  email: 'jeanne.martin@exemple.fr',
  displayName: 'Jeanne Martin-Duplessis',
  password: 'un-mot-de-passe-tres-long',
};

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      captured += chunk.toString();
      done();
    },
  });
  t = await createTestApp({}, { logger: pino(loggerOptions('info'), stream) });
  const app = t.app;
  const record = (res: { headers: Record<string, unknown>; statusCode: number }, operation?: string | null) => {
    requests.push({
      id: String(res.headers['x-request-id']),
      status: res.statusCode,
      ...(operation !== undefined ? { operation } : {}),
    });
  };

  // A login: e-mail and password in the body, a token in the answer, a refresh cookie set.
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'admin@demo.test', password: DEMO_PASSWORD },
  });
  expect(login.statusCode).toBe(200);
  record(login);
  const token = login.json().accessToken as string;
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  secrets.push('admin@demo.test', DEMO_PASSWORD, token, cookie.split('=')[1]!, login.json().user.displayName);

  // A refresh: the cookie in, a new token out.
  const refreshed = await app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie } });
  expect(refreshed.statusCode).toBe(200);
  record(refreshed);
  secrets.push(refreshed.json().accessToken, String(refreshed.headers['set-cookie']).split(';')[0]!.split('=')[1]!);

  const gql = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${token}` },
      payload: { query, variables, ...(operationName ? { operationName } : {}) },
    });
    return res;
  };
  // Named operations (the name is read from the document), one also sent as operationName.
  const me = await gql('query CurrentUser { me { user { email displayName } roles } }');
  expect(me.json().errors).toBeUndefined();
  record(me, 'CurrentUser');
  const created = await gql(
    'mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id email displayName } }',
    { input: NEW_USER },
    'CreateUser',
  );
  expect(created.json().errors).toBeUndefined();
  record(created, 'CreateUser');
  secrets.push(NEW_USER.email, NEW_USER.displayName, NEW_USER.password);
  const search = await gql('query FindUsers($search: String) { users(filter: { search: $search }) { totalCount } }', {
    search: 'jeanne.martin',
  });
  record(search, 'FindUsers');
  // An anonymous operation, a document that does not validate, a failed login.
  const anonymous = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
  record(anonymous, null);
  const invalid = await gql('query Broken { me { nope } }');
  expect(invalid.statusCode).toBe(400);
  record(invalid, 'Broken');
  const failed = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'inconnue.personne@exemple.fr', password: 'pas-le-bon-mot-de-passe' },
  });
  expect(failed.statusCode).toBe(401);
  record(failed);
  secrets.push('inconnue.personne@exemple.fr', 'pas-le-bon-mot-de-passe');
  // A body that is not JSON, quoting an e-mail: never echoed.
  const garbled = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: '{"email": "garbled.person@exemple.fr", "password": ',
  });
  expect(garbled.statusCode).toBe(400);
  record(garbled);
  secrets.push('garbled.person@exemple.fr');
  // An internal error: the database error quotes the SQL and its parameters; the log must not.
  await t.database.db.execute(sql`alter table territory rename to territory_gone`);
  try {
    const broken = await gql('query Places($search: String) { territories(search: $search) { totalCount } }', {
      search: 'secret-search-term',
    });
    expect(broken.json<GqlResult>().errors![0]!.extensions.code).toBe('INTERNAL');
    record(broken, 'Places');
    secrets.push('secret-search-term');
  } finally {
    await t.database.db.execute(sql`alter table territory_gone rename to territory`);
  }
});
afterAll(() => t.close());

describe('request logging', () => {
  it('writes one line per request with request id, operation name, status and duration', () => {
    const requestLines = lines().filter((l) => l.msg === 'request');
    expect(requestLines).toHaveLength(requests.length);
    for (const expected of requests) {
      const matching = requestLines.filter((l) => l.reqId === expected.id);
      expect(matching, expected.id).toHaveLength(1);
      const line = matching[0]!;
      expect(line.status).toBe(expected.status);
      expect(typeof line.ms).toBe('number');
      expect(line.level).toBe(30);
      expect(typeof line.route).toBe('string');
      if (expected.operation !== undefined) expect(line.operation).toBe(expected.operation);
    }
  });

  it('logs an internal error with its request id, class and frames, but not its message', () => {
    const errorLine = lines().find((l) => l.msg === 'internal error');
    expect(errorLine).toBeDefined();
    expect(errorLine!.reqId).toBe(requests.at(-1)!.id);
    expect(errorLine!.code).toBe('42P01');
    expect(Array.isArray(errorLine!.stack)).toBe(true);
  });

  it('never writes an e-mail, a password, a token, a cookie, a display name, nor SQL', () => {
    expect(captured.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(captured, `log contains ${secret.slice(0, 12)}…`).not.toContain(secret);
    expect(captured).not.toMatch(/@(demo\.test|exemple\.fr)/);
    expect(captured).not.toMatch(/bearer|authorization|set-cookie|maillage_refresh/i);
    expect(captured).not.toMatch(/Failed query|\bselect\b.*\bfrom\b|params:/i);
    expect(captured).not.toMatch(/Jeanne|Martin/);
  });
});
