/**
 * Two API processes on one PostgreSQL database (issue 16): what must be shared between replicas is in
 * the database, not in a process's memory. A session signed in on one is refreshed on the other, and
 * its rotation holds on both; the per-address rate limit, the failed-login throttle of an address and
 * the waits of an address on an account count the tries made on either.
 * PostgreSQL only: PGlite is one process's database.
 *
 * Both processes run in production mode with one set of keys (as docker-compose.yml's replicas do) and
 * believe the loopback as their proxy (TRUST_PROXY): each scenario is a client address of its own,
 * forwarded in X-Forwarded-For, so that their counts do not mix.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createParser } from 'eventsource-parser';
import pg from 'pg';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/core/db/driver.js';
import { createJobs } from '../src/core/jobs.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';
import { ACCOUNT_FREE_FAILURES, ADDRESS_FAILURES } from '../src/modules/identity/auth.service.js';
import { REFRESH_COOKIE } from '../src/modules/identity/auth-routes.js';
import { withDatabase } from './template-database.js';
import { freePort, productionEnv, spawnServer } from './harness.js';

const postgresUrl = process.env.DATABASE_URL;

interface Server {
  name: string;
  base: string;
  process: ChildProcessWithoutNullStreams;
  output: string;
}

/**
 * An SMTP server that never answers the first message whose subject is « Essai » (the sending process
 * hangs on it, until it is killed), keeping the client port of that session; every other message is
 * accepted, its recipients kept.
 */
async function stallingSmtp() {
  const stalled: { remotePort: number }[] = [];
  const accepted: { to: string; subject: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const subject = /^Subject: (.*)$/m.exec(Buffer.concat(chunks).toString('utf8'))?.[1]?.trim() ?? '';
        if (subject === 'Essai' && stalled.length === 0) {
          stalled.push({ remotePort: session.remotePort });
          return;
        }
        for (const r of session.envelope.rcptTo) accepted.push({ to: r.address, subject });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    stalled,
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Whether the process `pid` holds a TCP socket whose local port is `port` (Linux: /proc). */
function ownsTcpPort(pid: number, port: number): boolean {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    const target = (() => {
      try {
        return fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return '';
      }
    })();
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode) inodes.add(inode);
  }
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = fs.existsSync(table) ? fs.readFileSync(table, 'utf8').split('\n').slice(1) : [];
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hexPort}`) && inodes.has(cols[9] ?? '')) return true;
    }
  }
  return false;
}

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

describe.skipIf(!postgresUrl)(
  'two API processes on one PostgreSQL database (needs DATABASE_URL: skipped on PGlite)',
  () => {
    let dbName: string;
    let dbUrl: string;
    let admin: pg.Client;
    let dataDirs: string[] = [];
    let a: Server;
    let b: Server;
    let smtp: Awaited<ReturnType<typeof stallingSmtp>>;

    async function start(name: string, env: Record<string, string>): Promise<Server> {
      const port = await freePort();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `maillage-replica-${name}-`));
      dataDirs.push(dataDir);
      const child = spawnServer({
        ...process.env,
        ...env,
        DATABASE_URL: dbUrl,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        SERVE_WEB: 'off',
        LOG_LEVEL: 'warn',
        // The test is the proxy: it names each scenario's client in X-Forwarded-For.
        TRUST_PROXY: 'loopback',
      });
      const server: Server = { name, base: `http://127.0.0.1:${port}`, process: child, output: '' };
      child.stdout.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (server.output += chunk.toString()));
      return server;
    }

    async function ready(server: Server): Promise<void> {
      const started = Date.now();
      for (;;) {
        if (server.process.exitCode !== null)
          throw new Error(`${server.name} exited early (${server.process.exitCode}):\n${server.output}`);
        const status = await fetch(`${server.base}/health/ready`).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return;
        if (Date.now() - started > 45_000) throw new Error(`${server.name} did not get ready:\n${server.output}`);
        await sleep(200);
      }
    }

    async function call(
      server: Server,
      url: string,
      client: string,
      options: { body?: unknown; cookie?: string; token?: string } = {},
    ): Promise<Answer> {
      const res = await fetch(`${server.base}${url}`, {
        method: 'POST',
        headers: {
          'x-forwarded-for': client,
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      };
    }

    const login = (server: Server, client: string, email: string, password = DEMO_PASSWORD) =>
      call(server, '/api/auth/login', client, { body: { email, password } });

    /** The refresh cookie an answer sets, as a Cookie header ("maillage_refresh=…"). */
    function refreshCookie(answer: Answer): string {
      const cookie = answer.headers.getSetCookie().find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
      expect(cookie, 'a refresh cookie').toBeDefined();
      return cookie!.split(';', 1)[0]!;
    }

    /** Each scenario's own client address (TEST-NET-3), forwarded by the "proxy". */
    let nextClient = 1;
    const newClient = () => `203.0.113.${nextClient++}`;

    beforeAll(async () => {
      dbName = `${inject('templateDatabase').replace(/_template$/, '')}_replicas_${randomBytes(4).toString('hex')}`;
      const root = new pg.Client({ connectionString: postgresUrl });
      await root.connect();
      await root.query(`create database "${dbName}" template "${inject('templateDatabase')}"`);
      await root.end();
      dbUrl = withDatabase(postgresUrl!, dbName);
      admin = new pg.Client({ connectionString: dbUrl });
      await admin.connect();
      smtp = await stallingSmtp();
      // One set of keys for both, as replicas share theirs (the environment, in production).
      const env = {
        ...productionEnv(),
        SMTP_URL: smtp.url,
        JOB_POLL_SECONDS: '1',
        JOB_CRON_CHECK_SECONDS: '1',
        JOB_MAINTENANCE_SECONDS: '2',
      };
      [a, b] = await Promise.all([start('A', env), start('B', env)]);
      await Promise.all([ready(a), ready(b)]);
    }, 60_000);

    afterAll(async () => {
      for (const server of [a, b]) if (server && server.process.exitCode === null) server.process.kill('SIGKILL');
      await admin?.end();
      await smtp?.close();
      const root = new pg.Client({ connectionString: postgresUrl });
      await root.connect();
      await root.query(`drop database if exists "${dbName}" with (force)`);
      await root.end();
      for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
      dataDirs = [];
    });

    it('migrates an empty database from two processes starting at once: one applies, the other waits', async () => {
      const name = `${dbName}_empty`;
      await admin.query(`create database "${name}"`);
      const url = withDatabase(postgresUrl!, name);
      const [first, second] = await Promise.all([
        openDatabase({ databaseUrl: url }),
        openDatabase({ databaseUrl: url }),
      ]);
      try {
        await Promise.all([first.migrate(), second.migrate()]);
        expect(await first.migrationsApplied()).toBe(true);
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const { rows } = await client.query<{ n: number; distinct: number }>(
          'select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations',
        );
        await client.end();
        // Each migration applied once.
        expect(rows[0]!.n).toBe(rows[0]!.distinct);
      } finally {
        await first.close();
        await second.close();
        await admin.query(`drop database if exists "${name}" with (force)`);
      }
    });

    describe('sessions and sign-in limits', () => {
      it('refreshes on B a session signed in on A; the spent refresh token is then refused on A', async () => {
        const client = newClient();
        const signedIn = await login(a, client, 'referent@demo.test');
        expect(signedIn.status).toBe(200);
        // The access token signed by A is accepted by B.
        const me = await call(b, '/graphql', client, {
          token: signedIn.body.accessToken as string,
          body: { query: '{ me { user { email } } }' },
        });
        expect(me.body).toEqual({ data: { me: { user: { email: 'referent@demo.test' } } } });

        const first = refreshCookie(signedIn);
        const refreshed = await call(b, '/api/auth/refresh', client, { cookie: first });
        expect(refreshed.status).toBe(200);
        expect(refreshed.body.accessToken).toEqual(expect.any(String));
        const second = refreshCookie(refreshed);
        expect(second).not.toBe(first);

        // A knows the first token was spent on B: reused, it is refused, and its whole family revoked…
        const reused = await call(a, '/api/auth/refresh', client, { cookie: first });
        expect(reused.status).toBe(401);
        expect(reused.body.code).toBe('UNAUTHENTICATED');
        // …so that B refuses the token it issued itself.
        expect((await call(b, '/api/auth/refresh', client, { cookie: second })).status).toBe(401);
      });

      it('refuses on B, at its next request, the token of a session its user ended on A (issue 21)', async () => {
        const client = newClient();
        const me = (server: Server, token: string) =>
          call(server, '/graphql', client, { token, body: { query: '{ me { user { email } } }' } });
        const laptop = (await login(a, client, 'conseiller@demo.test')).body.accessToken as string;
        const phone = (await login(b, client, 'conseiller@demo.test')).body.accessToken as string;
        // B has verified the laptop's token and remembers its actor.
        expect((await me(b, laptop)).body).toEqual({ data: { me: { user: { email: 'conseiller@demo.test' } } } });
        expect((await me(b, laptop)).body).toEqual({ data: { me: { user: { email: 'conseiller@demo.test' } } } });
        const ended = await call(a, '/graphql', client, {
          token: phone,
          body: { query: 'mutation { revokeOtherSessions }' },
        });
        expect(ended.body).toEqual({ data: { revokeOtherSessions: 1 } });
        const refused = await me(b, laptop);
        expect((refused.body.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe('UNAUTHENTICATED');
        expect((await me(a, laptop)).body.errors).toBeDefined();
        expect((await me(b, phone)).body).toEqual({ data: { me: { user: { email: 'conseiller@demo.test' } } } });
      });

      it('counts the per-address request limit (60 a minute on sign-in) across both', async () => {
        const client = newClient();
        // A malformed body costs no password hashing: only the rate limit is at work.
        const statuses: number[] = [];
        for (let i = 0; i < 60; i++)
          statuses.push((await call(i % 2 ? b : a, '/api/auth/login', client, { body: { email: '' } })).status);
        expect(statuses.every((s) => s === 400)).toBe(true);
        for (const server of [a, b]) {
          const refused = await call(server, '/api/auth/login', client, { body: { email: '' } });
          expect(refused.status, server.name).toBe(429);
          expect(refused.body.code).toBe('RATE_LIMITED');
          expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        }
        // Another client is not held back.
        expect((await call(b, '/api/auth/login', newClient(), { body: { email: '' } })).status).toBe(400);
      });

      it(`makes an address wait after ${ADDRESS_FAILURES} failed sign-ins, spread over both`, async () => {
        const client = newClient();
        for (let i = 0; i < ADDRESS_FAILURES; i++)
          expect((await login(i % 2 ? b : a, client, `nobody-${i}@demo.test`, 'wrong')).status).toBe(401);
        for (const server of [a, b]) {
          const refused = await login(server, client, 'porteur@demo.test');
          expect(refused.status, server.name).toBe(429);
          expect(refused.body.code).toBe('RATE_LIMITED');
        }
      });

      it("holds on B the wait an address earned on A on an account, and the account's failure count", async () => {
        const attacker = newClient();
        const email = 'lecteur@demo.test';
        /** The time passes: the attacker's current wait on the account is over (not the count of its failures). */
        const waitIsOver = () =>
          admin.query(
            `update login_throttle set blocked_until = now() - interval '1 second' where address = $1 and account <> ''`,
            [attacker],
          );
        // The free failures, alternately on A and B: one run of failures in a row.
        for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++)
          expect((await login(i % 2 ? b : a, attacker, email, `wrong-${i}`)).status).toBe(401);
        // Each further one doubles the wait (1 s, 2 s, 4 s): three more, wherever they are tried.
        for (const server of [b, a, b]) {
          await waitIsOver();
          expect((await login(server, attacker, email, 'wrong-again')).status).toBe(401);
        }
        // Now waiting 8 s on A too, even with the right password, refused before it is checked.
        const refused = await login(a, attacker, email);
        expect(refused.status).toBe(429);
        expect(refused.body.code).toBe('RATE_LIMITED');
        const retryAfter = Number(refused.headers.get('retry-after'));
        expect(retryAfter).toBeGreaterThan(1);
        expect(retryAfter).toBeLessThanOrEqual(8);
        // The user, from their own address, signs in on B and is told of the 8 failures made on either.
        const user = await login(b, newClient(), email);
        expect(user.status).toBe(200);
        expect(user.body.failedLogins).toEqual({ count: ACCOUNT_FREE_FAILURES + 3, lastAt: expect.any(String) });
      });
    });

    /**
     * Jobs and live notifications across processes. Both processes check the schedules every second and
     * run the queue's maintenance every 2 s (JOB_CRON_CHECK_SECONDS, JOB_MAINTENANCE_SECONDS), so that a
     * minute's schedule and an expired job show within the test's time.
     */
    describe('jobs and notifications across processes', () => {
      const jobRows = async (name: string, since: Date) =>
        (
          await admin.query<{ id: string; state: string; created_on: Date }>(
            `select id, state::text, created_on from pgboss.job where name = $1 and created_on >= $2
             union all select id, state::text, created_on from pgboss.archive where name = $1 and created_on >= $2`,
            [name, since],
          )
        ).rows;

      it('a schedule runs once per period, not once per process', async () => {
        const since = new Date();
        // Every minute, for this test: the purge of past read budgets is harmless to run.
        await admin.query(
          `insert into pgboss.schedule (name, cron, timezone, data, options) values ('read-budget-purge', '* * * * *', 'Europe/Paris', '{}', '{}')
           on conflict (name) do update set cron = excluded.cron`,
        );
        try {
          const deadline = Date.now() + 80_000;
          let rows = await jobRows('read-budget-purge', since);
          while (rows.length === 0 && Date.now() < deadline) {
            await sleep(1000);
            rows = await jobRows('read-budget-purge', since);
          }
          expect(rows.length, 'a job within 80 s').toBeGreaterThan(0);
          // Both processes check every second for a few more seconds. A period's job may be created a
          // moment into the next minute (its sending is itself a job), so the jobs are counted against the
          // periods begun since the test started, not by the minute they were created in: at most one each
          // (without the shared dedup, each process would send one at every check).
          await sleep(4000);
          const minute = (d: Date) => Math.floor(d.getTime() / 60_000);
          const all = await jobRows('read-budget-purge', since);
          const until = new Date();
          expect(all.length).toBeLessThanOrEqual(minute(until) - minute(since) + 1);
        } finally {
          await admin.query(`update pgboss.schedule set cron = '5 * * * *' where name = 'read-budget-purge'`);
        }
      }, 100_000);

      it('a notification raised by a request to A reaches a stream open on B, without a reload', async () => {
        const client = newClient();
        const signedIn = await login(b, client, 'conseiller@demo.test');
        const token = signedIn.body.accessToken as string;
        const counts: number[] = [];
        const controller = new AbortController();
        const res = await fetch(`${b.base}/api/notifications/stream`, {
          headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream', 'x-forwarded-for': client },
          signal: controller.signal,
        });
        expect(res.status).toBe(200);
        const parser = createParser({
          onEvent: (event) => {
            if (event.event === 'unread') counts.push((JSON.parse(event.data) as { count: number }).count);
          },
        });
        const reading = (async () => {
          const decoder = new TextDecoder();
          for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
            parser.feed(decoder.decode(chunk));
        })().catch(() => undefined);
        try {
          const until = async (done: () => boolean) => {
            const deadline = Date.now() + 15_000;
            while (!done() && Date.now() < deadline) await sleep(100);
          };
          await until(() => counts.length > 0);
          const before = counts.at(-1)!;
          // On A: the user changes their password, a security notice for them.
          const changed = await call(a, '/graphql', client, {
            token,
            body: {
              query: `mutation { changeOwnPassword(currentPassword: "${DEMO_PASSWORD}", newPassword: "un-nouveau-mot-de-passe-solide") }`,
            },
          });
          expect(changed.body).toEqual({ data: { changeOwnPassword: true } });
          await until(() => counts.at(-1)! > before);
          expect(counts.at(-1)).toBe(before + 1);
        } finally {
          controller.abort();
          await reading;
        }
      });

      it('a job whose process is killed mid-run is retried by the other', async () => {
        // The first e-mail handed to the SMTP server hangs (the process holding it is then killed);
        // the next ones are accepted.
        const id = (
          await admin.query<{ id: string }>(
            `insert into email_outbox (to_address, kind, subject, text_body, html_body) values ('conseiller@demo.test', 'DIGEST', 'Essai', 'Essai', '<p>Essai</p>') returning id`,
          )
        ).rows[0]!.id;
        const database = await openDatabase({ databaseUrl: dbUrl });
        const jobs = createJobs({ database, logger: pino({ level: 'silent' }), workers: false });
        jobs.define({ name: 'email-delivery', handler: async () => undefined });
        try {
          await jobs.start();
          // Expires 3 s after it starts: the maintenance of the process left puts it back then.
          await jobs.boss.send(
            'email-delivery',
            { outboxId: id },
            { expireInSeconds: 3, retryLimit: 3, retryDelay: 1 },
          );
        } finally {
          await jobs.stop();
          await database.close();
        }
        const deadline = Date.now() + 20_000;
        while (smtp.stalled.length === 0 && Date.now() < deadline) await sleep(100);
        expect(smtp.stalled.length, 'the SMTP server is reached').toBe(1);
        const holder = [a, b].find((server) => ownsTcpPort(server.process.pid!, smtp.stalled[0]!.remotePort))!;
        expect(holder, 'the process that holds the SMTP connection').toBeDefined();
        const other = holder === a ? b : a;
        holder.process.kill('SIGKILL');
        const sent = Date.now() + 40_000;
        const essai = () => smtp.accepted.filter((m) => m.subject === 'Essai');
        while (essai().length === 0 && Date.now() < sent) await sleep(200);
        expect(essai()).toEqual([{ to: 'conseiller@demo.test', subject: 'Essai' }]);
        // The outbox row is marked once the SMTP server has answered: a moment after it has the message.
        const deliveredVia = async () =>
          (
            await admin.query<{ delivered_via: string | null }>(
              `select delivered_via from email_outbox where id = $1`,
              [id],
            )
          ).rows[0]?.delivered_via;
        const marked = Date.now() + 10_000;
        while ((await deliveredVia()) !== 'SMTP' && Date.now() < marked) await sleep(100);
        expect(await deliveredVia()).toBe('SMTP');
        expect(other.process.exitCode).toBeNull();
      }, 90_000);
    });
  },
);
