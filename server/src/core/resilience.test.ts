import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { createTestApp, freePort, spawnServer, type TestApp, type GqlResult } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../demo/seed.js';
import { personInput } from '../modules/parcours/test-fixtures.js';
import { isConnectionError } from './errors.js';

const postgresUrl = process.env.DATABASE_URL;

/**
 * A lost PostgreSQL connection does not take the process down: requests fail with a clear error
 * while the database is out of reach and succeed again after. The server is never restarted (other
 * test files use it): terminating this file's backends, and refusing new connections to its own
 * database for a while, stand for a restart.
 */
describe.skipIf(!postgresUrl)('a lost PostgreSQL connection', () => {
  let t: TestApp;
  let admin: pg.Client;
  let dbName: string;
  let token: string;

  const terminateBackends = () =>
    admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [dbName],
    );
  const allowConnections = (allow: boolean) => admin.query(`alter database "${dbName}" allow_connections ${allow}`);
  const me = () =>
    t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${token}` },
      payload: { query: 'query Me { me { roles } }' },
    });
  const expectAnswered = async () => {
    const res = await me();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ data: { me: { roles: expect.any(Array) } } });
  };

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('referent@demo.test');
    const result = await t.database.db.execute<{ name: string }>(sql`select current_database() as name`);
    dbName = result.rows[0]!.name;
    admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await allowConnections(true).catch(() => undefined);
    await admin?.end();
    await t?.close();
  });

  it('survives its connections being terminated: at most one request fails, cleanly, then all succeed', async () => {
    // Several pooled connections, idle.
    await Promise.all([me(), me(), me()]);
    const terminated = await terminateBackends();
    expect(terminated.rowCount).toBeGreaterThan(0);

    const first = await me();
    if (first.statusCode !== 200) {
      expect(first.statusCode).toBe(503);
      expect(first.json<GqlResult>().errors![0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    for (let i = 0; i < 3; i += 1) await expectAnswered();
  });

  it('fails with SERVICE_UNAVAILABLE while the database is out of reach, and recovers after', async () => {
    await expectAnswered();
    await allowConnections(false);
    await terminateBackends();
    try {
      for (let i = 0; i < 2; i += 1) {
        const res = await me();
        expect(res.statusCode, res.body).toBe(503);
        expect(res.headers['retry-after']).toBeDefined();
        const error = res.json<GqlResult>().errors![0]!;
        expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: res.headers['x-request-id'] });
        expect(error.message).toMatch(/indisponible/);
        expect(res.body).not.toMatch(/select|not currently accepting|Failed query/i);
      }
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'admin@demo.test', password: DEMO_PASSWORD },
      });
      expect(login.statusCode).toBe(503);
      expect(login.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(login.json().code).toBe('SERVICE_UNAVAILABLE');
      expect((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(503);
      expect((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await allowConnections(true);
    }
    await expectAnswered();
    expect((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@demo.test', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });

  it('answers 503 with Retry-After when the connection is lost in the middle of a mutation, which wrote nothing', async () => {
    // The backend ends itself while it inserts the person: the execution has begun and the transaction is open.
    await t.database.db.execute(
      sql.raw(`create function test_lose_connection() returns trigger language plpgsql security definer as $$
        begin perform pg_terminate_backend(pg_backend_pid()); return new; end $$`),
    );
    await t.database.db.execute(
      sql.raw(
        'create trigger test_lose_connection before insert on accompanied_person for each row execute function test_lose_connection()',
      ),
    );
    const social = await t.login('social@demo.test');
    const organisationId = (
      await t.database.db.execute<{ id: string }>(
        sql`select id from organisation where name = 'Service social départemental du Cher'`,
      )
    ).rows[0]!.id;
    const create = () =>
      t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { authorization: `Bearer ${social}` },
        payload: {
          query: `mutation($p: PersonInput!, $o: ID!) { createAccompaniedPerson(person: $p, organisationId: $o, mission: "Accompagnement") { id } }`,
          variables: { p: personInput({ lastName: 'PERDU' }), o: organisationId },
        },
      });
    try {
      const lost = await create();
      expect(lost.statusCode, lost.body).toBe(503);
      expect(lost.headers['retry-after']).toBeDefined();
      const body = lost.json<GqlResult>();
      expect(body.data).toBeNull();
      expect(body.errors!.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      await t.database.db.execute(sql.raw('drop trigger test_lose_connection on accompanied_person'));
      await t.database.db.execute(sql.raw('drop function test_lose_connection()'));
    }
    const count = async () =>
      (
        await t.database.db.execute<{ n: number }>(
          sql`select count(*)::int as n from accompanied_person where last_name = 'PERDU'`,
        )
      ).rows[0]!.n;
    expect(await count()).toBe(0);
    const again = await create();
    expect(again.statusCode, again.body).toBe(200);
    expect(await count()).toBe(1);
  });

  it('survives a connection lost in the middle of an open transaction (no uncaught client error)', async () => {
    const outcome = t.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        // Lost while checked out and idle in the transaction: the client emits 'error' with no query to fail.
        await terminateBackends();
        await sleep(300);
        await tx.execute(sql`select 1`);
      })
      .then(
        () => null,
        (err: unknown) => err,
      );
    const err = await outcome;
    expect(err).not.toBeNull();
    expect(isConnectionError(err)).toBe(true);
    await expectAnswered();
  });
});

describe('graceful shutdown', () => {
  let child: ChildProcess | null = null;
  let dataDir: string;
  let output = '';
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets an in-flight request finish on SIGTERM, closes the database and exits 0', { timeout: 90_000 }, async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-shutdown-'));
    const port = await freePort();
    const env = {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: '', // the embedded PGlite under DATA_DIR, whatever this run uses
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVE_WEB: 'off',
      LOG_LEVEL: 'info',
    };
    const proc = spawnServer(env);
    child = proc;
    proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;

    // First start: PGlite created, migrations applied, demo data loaded.
    const deadline = Date.now() + 75_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`the server exited early (${proc.exitCode}):\n${output}`);
      const ready = await fetch(`${base}/health/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (ready === 200) break;
      if (Date.now() > deadline) throw new Error(`the server did not get ready:\n${output}`);
      await sleep(250);
    }

    // A request in flight: its headers are in (the server answered "100 Continue", so it holds the
    // request), its body comes only after SIGTERM.
    const body = JSON.stringify({ email: 'referent@demo.test', password: DEMO_PASSWORD });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        `${base}/api/auth/login`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            expect: '100-continue',
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.on('continue', () => {
        req.write(body.slice(0, 12));
        proc.kill('SIGTERM');
        void sleep(800).then(() => req.end(body.slice(12)));
      });
      req.flushHeaders();
    });
    const answered = await response.catch((err: unknown) => {
      throw new Error(`${String(err)}\n${output}`);
    });
    expect(answered.status, answered.body).toBe(200);
    expect(JSON.parse(answered.body).accessToken).toEqual(expect.any(String));

    // New connections are no longer accepted.
    const late = await fetch(`${base}/health/live`).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);

    expect(await exited).toBe(0);
    // In that order: shutdown began, the request was answered, the database closed.
    const closing = output.indexOf('"signal":"SIGTERM"');
    const answeredLine = output.indexOf('"route":"/api/auth/login"');
    const closed = output.indexOf('"msg":"closed"');
    expect(closing).toBeGreaterThan(-1);
    expect(answeredLine).toBeGreaterThan(closing);
    expect(closed).toBeGreaterThan(answeredLine);
  });
});
