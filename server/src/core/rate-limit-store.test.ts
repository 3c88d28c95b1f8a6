/**
 * The rate limits' counters in the database (core/rate-limit-store.ts): one count for every API
 * process on a database, windows that end, Retry-After, and a failing database that fails the request
 * cleanly instead of letting it through.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import pg from 'pg';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, freshDatabase, type Problem } from '../../test/harness.js';
import { withDatabase } from '../../test/template-database.js';
import { buildApp } from '../app.js';
import { loadConfig } from './config.js';
import { openDatabase, type Database } from './db/driver.js';
import { databaseRateLimitStore } from './rate-limit-store.js';

const postgresUrl = process.env.DATABASE_URL;

/**
 * Two handles on one fresh database, as two API processes have: on PostgreSQL two pools on one
 * database, on PGlite (one process only) one instance shared.
 */
async function sharedDatabase(): Promise<{ a: Database; b: Database; url?: string; drop(): Promise<void> }> {
  if (!postgresUrl) {
    const { database, drop } = await freshDatabase();
    return { a: database, b: database, drop };
  }
  const name = `${inject('templateDatabase').replace(/_template$/, '')}_rl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database "${name}" template "${inject('templateDatabase')}"`);
  await admin.end();
  const url = withDatabase(postgresUrl, name);
  const a = await openDatabase({ databaseUrl: url });
  const b = await openDatabase({ databaseUrl: url });
  return {
    a,
    b,
    url,
    drop: async () => {
      await a.close();
      await b.close();
      const root = new pg.Client({ connectionString: postgresUrl });
      await root.connect();
      await root.query(`drop database if exists "${name}" with (force)`);
      await root.end();
    },
  };
}

/** A bare Fastify with the plugin on `database`'s store and one limited route. */
async function limitedApp(database: Database, limit: Record<string, unknown>): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(database), skipOnError: false });
  app.get('/limited', { config: { rateLimit: limit } }, async () => ({ ok: true }));
  app.get('/other', { config: { rateLimit: limit } }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

const ownerRows = async <R extends Record<string, unknown>>(database: Database, query: ReturnType<typeof sql>) =>
  (await database.db.execute<R>(query)).rows;

describe('the rate limits counted in the database', () => {
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  beforeAll(async () => {
    shared = await sharedDatabase();
  });
  afterAll(() => shared?.drop());

  describe('two API instances on one database', () => {
    let dataDir: string;
    let one: FastifyInstance;
    let two: FastifyInstance;
    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-rl-'));
      const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SERVE_WEB: 'off', LOG_LEVEL: 'silent' });
      one = await buildApp({ config, database: shared.a });
      two = await buildApp({ config, database: shared.b });
      await Promise.all([one.ready(), two.ready()]);
    });
    afterAll(async () => {
      await one?.close();
      await two?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    /** A malformed body costs no password hashing: only the per-address limit (60 a minute) is at work. */
    const emptyLogin = (app: FastifyInstance, remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: '', password: '' }, remoteAddress });

    it('counts the login limit (60 a minute per address) across both, with Retry-After once it is reached', async () => {
      const address = '198.51.100.61';
      const statuses: number[] = [];
      // Alternately on each instance: neither sees more than 30 of them.
      for (let i = 0; i < 60; i++) statuses.push((await emptyLogin(i % 2 ? two : one, address)).statusCode);
      expect(statuses.every((s) => s === 400)).toBe(true);
      for (const app of [one, two]) {
        const refused = await emptyLogin(app, address);
        expect(refused.statusCode).toBe(429);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.json<Problem>().code).toBe('RATE_LIMITED');
        const retryAfter = Number(refused.headers['retry-after']);
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(60);
        expect(refused.headers['ratelimit-limit']).toBe('60');
        expect(refused.headers['ratelimit-remaining']).toBe('0');
      }
      // Another address, and another route (refresh: a limit of its own), are not held back.
      expect((await emptyLogin(two, '198.51.100.62')).statusCode).toBe(400);
      expect((await one.inject({ method: 'POST', url: '/api/auth/refresh', remoteAddress: address })).statusCode).toBe(
        401,
      );
    });

    it('keeps no address in clear: the key is the route and a hash', async () => {
      await emptyLogin(one, '198.51.100.63');
      const rows = await ownerRows<{ key: string }>(shared.a, sql`select key from rate_limit_hit`);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.key).join('\n')).not.toMatch(/198\.51\.100/);
      expect(rows.map((r) => r.key)).toContainEqual(expect.stringMatching(/^POST \/api\/auth\/login\|/));
    });
  });

  describe('the store', () => {
    it('counts each hit once under concurrency, from both handles', async () => {
      const [a, b] = await Promise.all([
        limitedApp(shared.a, { max: 1000, timeWindow: 60_000 }),
        limitedApp(shared.b, { max: 1000, timeWindow: 60_000 }),
      ]);
      try {
        const answers = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            (i % 2 ? b : a).inject({ method: 'GET', url: '/limited', remoteAddress: '192.0.2.40' }),
          ),
        );
        const remaining = answers.map((r) => Number(r.headers['x-ratelimit-remaining'])).sort((x, y) => x - y);
        // 40 hits, each its own count: 960, 961, … 999 left.
        expect(remaining).toEqual(Array.from({ length: 40 }, (_, i) => 960 + i));
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('starts a new window once the last has passed, and sends Retry-After meanwhile', async () => {
      const app = await limitedApp(shared.a, { max: 2, timeWindow: 600 });
      try {
        const hit = () => app.inject({ method: 'GET', url: '/limited', remoteAddress: '192.0.2.41' });
        expect((await hit()).statusCode).toBe(200);
        expect((await hit()).statusCode).toBe(200);
        const refused = await hit();
        expect(refused.statusCode).toBe(429);
        expect(refused.headers['retry-after']).toBe('1');
        // Another route, same address: a count of its own.
        expect((await app.inject({ method: 'GET', url: '/other', remoteAddress: '192.0.2.41' })).statusCode).toBe(200);
        await sleep(700);
        const again = await hit();
        expect(again.statusCode).toBe(200);
        expect(again.headers['x-ratelimit-remaining']).toBe('1');
      } finally {
        await app.close();
      }
    });

    it('with continueExceeding, each refused hit starts the window again', async () => {
      const app = await limitedApp(shared.a, { max: 1, timeWindow: 500, continueExceeding: true });
      try {
        const hit = () => app.inject({ method: 'GET', url: '/limited', remoteAddress: '192.0.2.42' });
        expect((await hit()).statusCode).toBe(200);
        expect((await hit()).statusCode).toBe(429);
        await sleep(300);
        expect((await hit()).statusCode).toBe(429);
        // 600 ms after the first hit, 300 ms after the last refused one: still refused.
        await sleep(300);
        expect((await hit()).statusCode).toBe(429);
        await sleep(600);
        expect((await hit()).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });

    it('with exponentialBackoff, each refused hit doubles the wait', async () => {
      const app = await limitedApp(shared.a, { max: 1, timeWindow: 10_000, exponentialBackoff: true });
      try {
        const hit = () => app.inject({ method: 'GET', url: '/limited', remoteAddress: '192.0.2.43' });
        expect((await hit()).statusCode).toBe(200);
        const waits: number[] = [];
        for (let i = 0; i < 3; i++) waits.push(Number((await hit()).headers['retry-after']));
        expect(waits).toEqual([10, 20, 40]);
      } finally {
        await app.close();
      }
    });

    it("reads a count without counting a hit (the plugin's increment: false)", async () => {
      const app = Fastify();
      await app.register(rateLimit, { global: false, store: databaseRateLimitStore(shared.a), skipOnError: false });
      const limiter = app.createRateLimit({ max: 5, timeWindow: 60_000 });
      app.get('/peek', async (request) => {
        await limiter(request);
        await limiter(request);
        const peeked = await limiter(request, { increment: false });
        const again = await limiter(request, { increment: false });
        return { peeked, again };
      });
      try {
        const res = await app.inject({ method: 'GET', url: '/peek', remoteAddress: '192.0.2.45' });
        const { peeked, again } = res.json<{
          peeked: { remaining: number; ttl: number };
          again: { remaining: number };
        }>();
        expect(peeked.remaining).toBe(3);
        expect(again.remaining).toBe(3);
        expect(peeked.ttl).toBeGreaterThan(50_000);
        expect(peeked.ttl).toBeLessThanOrEqual(60_000);
      } finally {
        await app.close();
      }
    });

    it.skipIf(!postgresUrl)('goes on counting after its pooled connections were terminated', async () => {
      // A pool of its own, named, so that only its connections are terminated.
      const url = new URL(shared.url!);
      url.searchParams.set('application_name', 'rate-limit-terminated');
      const database = await openDatabase({ databaseUrl: url.toString() });
      const app = await limitedApp(database, { max: 5, timeWindow: 60_000 });
      const hit = () => app.inject({ method: 'GET', url: '/limited', remoteAddress: '192.0.2.46' });
      try {
        // At most two pooled connections, idle (the store tries three times).
        await Promise.all([hit(), hit()]);
        const killer = new pg.Client({ connectionString: shared.url });
        await killer.connect();
        const { rowCount } = await killer.query(
          `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'rate-limit-terminated'`,
        );
        await killer.end();
        expect(rowCount).toBeGreaterThan(0);
        const res = await hit();
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['x-ratelimit-remaining']).toBe('2');
      } finally {
        await app.close();
        await database.close();
      }
    });

    it('deletes the rows of windows that have passed (a batch now and then), never the one it counts', async () => {
      await shared.a.db.execute(sql`
        insert into rate_limit_hit (key, count, expires_at)
        select 'test-expired-' || n, 3, now() - interval '1 minute' from generate_series(1, 5) n`);
      // A new store's first hit purges.
      const app = await limitedApp(shared.a, { max: 5, timeWindow: 60_000 });
      try {
        expect((await app.inject({ method: 'GET', url: '/limited', remoteAddress: '192.0.2.44' })).statusCode).toBe(
          200,
        );
        const left = await ownerRows<{ n: number }>(
          shared.a,
          sql`select count(*)::int as n from rate_limit_hit where key like 'test-expired-%'`,
        );
        expect(left[0]!.n).toBe(0);
        const live = await ownerRows<{ n: number }>(
          shared.a,
          sql`select count(*)::int as n from rate_limit_hit where expires_at > now()`,
        );
        expect(live[0]!.n).toBeGreaterThan(0);
      } finally {
        await app.close();
      }
    });
  });
});

describe('a failing rate-limit store', () => {
  const emptyLogin = (app: FastifyInstance) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: '', password: '' } });

  function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json<Problem>()).toMatchObject({ status, code, requestId: res.headers['x-request-id'] });
  }

  it('answers 503 SERVICE_UNAVAILABLE, with Retry-After, when the database is out of reach', async () => {
    const t = await createTestApp();
    try {
      await t.database.close();
      const res = await emptyLogin(t.app);
      // Not 400: the request never reached its handler uncounted.
      expectProblem(res, 503, 'SERVICE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBeDefined();
    } finally {
      await t.close();
    }
  });

  it('answers 500 INTERNAL on any other database failure, and logs neither SQL nor key', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const t = await createTestApp({}, { logger });
    try {
      await t.database.db.execute(sql`alter table rate_limit_hit rename to rate_limit_hit_away`);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: '', password: '' },
        remoteAddress: '203.0.113.99',
      });
      expectProblem(res, 500, 'INTERNAL');
      expect(res.body).not.toMatch(/rate_limit_hit|insert|203\.0\.113/);
      const log = lines.join('');
      expect(log).toMatch(/internal error/);
      expect(log).not.toMatch(/rate_limit_hit|insert into|203\.0\.113/i);
    } finally {
      await t.database.db.execute(sql`alter table rate_limit_hit_away rename to rate_limit_hit`).catch(() => undefined);
      await t.close();
    }
  });
});
