import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, productionEnv, type Problem, type TestApp, type GqlResult } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../demo/seed.js';
import { ADDRESS_FAILURES } from '../modules/identity/auth.service.js';

/** HTTP hygiene: security headers, body limit, CORS, health, problem+json errors. */
let t: TestApp;
const BODY_LIMIT = 4096;
const ALLOWED = 'https://app.maillage.example';

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: String(BODY_LIMIT) });
});
afterAll(() => t.close());

/** An RFC 9457 problem document with our code and the request id. */
function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<Problem>();
  expect(body).toMatchObject({
    type: 'about:blank',
    status,
    code,
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(body.requestId).toBe(res.headers['x-request-id']);
  return body;
}

describe('security headers', () => {
  it('sends the @fastify/helmet headers on API, GraphQL and health responses', async () => {
    for (const [method, url] of [
      ['GET', '/health/live'],
      ['POST', '/graphql'],
      ['GET', '/api/nope'],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        ...(method === 'POST' ? { payload: { query: '{ __typename }' } } : {}),
      });
      const h = res.headers;
      expect(h['content-security-policy'], url).toContain("default-src 'self'");
      expect(h['content-security-policy'], url).toContain("script-src 'self'");
      expect(h['content-security-policy'], url).toContain("frame-ancestors 'self'");
      expect(h['x-content-type-options'], url).toBe('nosniff');
      expect(h['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(h['strict-transport-security'], url).toMatch(/max-age=\d+/);
      expect(h['referrer-policy'], url).toBe('no-referrer');
      expect(h['cross-origin-opener-policy'], url).toBe('same-origin');
      expect(h['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(h['x-dns-prefetch-control'], url).toBe('off');
      expect(h['x-powered-by'], url).toBeUndefined();
    }
  });
});

describe('body size limit', () => {
  it('refuses a REST body over BODY_LIMIT_BYTES with 413 problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'admin@demo.test', password: 'x'.repeat(BODY_LIMIT) }),
    });
    const body = expectProblem(res, 413, 'BAD_USER_INPUT');
    expect(body.detail).toMatch(/volumineuse/);
  });

  it('refuses a GraphQL body over the limit with 413 and a GraphQL error', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: `{ __typename }${' '.repeat(BODY_LIMIT)}` },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json<GqlResult>().errors![0]).toMatchObject({
      message: expect.stringMatching(/volumineuse/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('accepts a body under the limit', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: `{ __typename }${' '.repeat(BODY_LIMIT / 2)}` },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('CORS', () => {
  it('is closed by default: no Access-Control-Allow-Origin for a foreign origin', async () => {
    const simple = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { origin: 'https://evil.example' },
      payload: { query: '{ __typename }' },
    });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  describe('with CORS_ORIGINS', () => {
    let open: TestApp;
    beforeAll(async () => {
      open = await createTestApp({ CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` });
    });
    afterAll(() => open?.close());

    it('opens to the listed origins only', async () => {
      const preflight = await open.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: {
          origin: ALLOWED,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(preflight.headers['access-control-allow-credentials']).toBe('true');
      expect(String(preflight.headers['access-control-allow-methods'])).toContain('POST');

      const simple = await open.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { origin: 'http://localhost:5173' },
        payload: { query: '{ __typename }' },
      });
      expect(simple.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(String(simple.headers['access-control-expose-headers'])).toContain('x-request-id');

      const foreign = await open.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { origin: 'https://evil.example' },
        payload: { query: '{ __typename }' },
      });
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});

describe('health', () => {
  it('GET /health/live answers 200', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /health/ready answers 200 when the database is reachable and migrated', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('GET /health/ready answers 503 once the database is closed, while /health/live still answers', async () => {
    const closing = await createTestApp();
    try {
      await closing.database.close();
      const ready = await closing.app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'database unreachable' });
      expect((await closing.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await closing.close();
    }
  });
});

describe('REST errors', () => {
  it('answers an unknown /api route with 404 problem+json', async () => {
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['POST', '/api/auth/nope'],
      ['DELETE', '/api/auth/login'],
      ['GET', '/health/nope'],
    ] as const) {
      expectProblem(await t.app.inject({ method, url }), 404, 'NOT_FOUND');
    }
  });

  it('answers a path parameter Fastify refuses before routing (broken percent-encoding, over 100 characters) with problem+json', async () => {
    const long = 'a'.repeat(2_000);
    for (const [url, status] of [
      ['/api/parcours/documents/%zz', 400],
      ['/api/psad/imports/%E0%A4%A/rejected.csv', 400],
      [`/api/parcours/documents/${long}`, 414],
      [`/api/psad/platforms/${long}/imports`, 414],
    ] as const) {
      const res = await t.app.inject({ method: url.endsWith('/imports') ? 'POST' : 'GET', url });
      const body = expectProblem(res, status, 'BAD_USER_INPUT');
      expect(body.detail).toMatch(/^Adresse invalide/);
      // The path is not quoted back.
      expect(res.body).not.toContain(long);
      expect(res.body).not.toContain('FST_ERR');
    }
  });

  it('answers bad credentials with 401 problem+json carrying the code', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'personne@demo.test', password: 'mauvais-mot-de-passe' },
    });
    const body = expectProblem(res, 401, 'UNAUTHENTICATED');
    expect(res.body).not.toContain('personne@demo.test');
    expect(body).not.toHaveProperty('stack');
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c",',
    });
    const body = expectProblem(res, 400, 'BAD_USER_INPUT');
    expect(body.detail).toMatch(/JSON/);
    // The body is never quoted back.
    expect(res.body).not.toContain('a@b.c');
  });

  it('answers a schema violation with 400 problem+json naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: { nested: true }, password: 'x' },
    });
    const body = expectProblem(res, 400, 'BAD_USER_INPUT');
    expect(body.fields).toEqual([{ path: 'email', message: expect.any(String) }]);
  });

  it('answers 503 problem+json, with Retry-After, when the database is out of reach', async () => {
    const closing = await createTestApp();
    try {
      await closing.database.close();
      const res = await closing.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'admin@demo.test', password: 'demo-maillage' },
      });
      const body = expectProblem(res, 503, 'SERVICE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBeDefined();
      expect(body.detail).toMatch(/indisponible/);
      expect(res.body).not.toMatch(/select|admin@demo\.test|Failed query/i);
    } finally {
      await closing.close();
    }
  });
});

describe('client address behind a proxy (TRUST_PROXY)', () => {
  /** A malformed body costs no password hashing: only the per-address rate limit (60 a minute) is at work. */
  const emptyLogin = (app: TestApp, forwardedFor: string, remoteAddress?: string) =>
    app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email: '', password: '' },
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  describe('in production without TRUST_PROXY', () => {
    let prod: TestApp;
    beforeAll(async () => {
      prod = await createTestApp(productionEnv());
    });
    afterAll(() => prod?.close());

    it('ignores X-Forwarded-For: a forged address at every try does not escape the failed-login throttle', async () => {
      const login = (email: string, password: string, i: number) =>
        prod.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
          payload: { email, password },
          remoteAddress: '198.51.100.20',
        });
      // One try on each of many accounts: the address's own count, whatever the accounts.
      for (let i = 0; i < ADDRESS_FAILURES; i++)
        expect((await login(`guess-${i}@demo.test`, 'wrong', i)).statusCode).toBe(401);
      const throttled = await login('referent@demo.test', DEMO_PASSWORD, ADDRESS_FAILURES);
      expect(throttled.statusCode).toBe(429);
      expect(throttled.json().code).toBe('RATE_LIMITED');
    });

    it('ignores X-Forwarded-For: a forged address at every try does not escape the per-minute rate limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 61; i++)
        statuses.push((await emptyLogin(prod, `192.0.2.${i + 1}`, '198.51.100.21')).statusCode);
      expect(statuses.slice(0, 60).every((s) => s === 400)).toBe(true);
      expect(statuses[60]).toBe(429);
    });
  });

  describe('with TRUST_PROXY naming the proxy', () => {
    let proxied: TestApp;
    beforeAll(async () => {
      // inject() comes from 127.0.0.1: here, the proxy.
      proxied = await createTestApp({ ...productionEnv(), TRUST_PROXY: '127.0.0.1, 10.20.0.0/16' });
    });
    afterAll(() => proxied?.close());

    it('counts each client by the address the proxy forwards', async () => {
      for (let i = 0; i < 60; i++) expect((await emptyLogin(proxied, '203.0.113.7')).statusCode).toBe(400);
      expect((await emptyLogin(proxied, '203.0.113.7')).statusCode).toBe(429);
      // Another client behind the same proxy is not held back.
      expect((await emptyLogin(proxied, '203.0.113.8')).statusCode).toBe(400);
      // The proxy's own address, appended by a second trusted proxy of the list, is skipped too.
      expect((await emptyLogin(proxied, '203.0.113.7, 10.20.3.4')).statusCode).toBe(429);
      // A peer that is not a listed proxy is counted by its own address, whatever it forwards.
      expect((await emptyLogin(proxied, '203.0.113.7', '198.51.100.30')).statusCode).toBe(400);
    });
  });
});
