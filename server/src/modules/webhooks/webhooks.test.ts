/**
 * Webhooks as an integrator meets them (issue 20): a partner's system subscribes a receiver with its own
 * key, is sent signed events (Standard Webhooks) about the objects it may read and no others, is retried
 * on a schedule when its receiver fails, is disabled after three days of failures (the administrators
 * told), and can have a delivery sent again by hand. Time is moved through the stored timestamps of the
 * deliveries and endpoints, never by sleeping.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, productionEnv, type GqlResult, type TestApp } from '../../../test/harness.js';
import { loadActor } from '../../core/auth/authenticate.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import { errorChain } from '../../core/errors.js';
import { todayInParis } from '../../core/paris-day.js';
import { FANOUT_JOB as NOTIFICATION_FANOUT } from '../notifications/events.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import { deliver, DELIVERY_JOB, FANOUT_JOB, MAX_ATTEMPTS, queueDueRetries, retryDelayMs } from './delivery.js';

let t: TestApp;
let admin: string;
const id: Record<string, string> = {};
const key: Record<string, string> = {};

// ─── A local receiver ─────────────────────────────────────────────────────────────────────────────

interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
}
const received: Received[] = [];
/** The status each path answers (default 204). */
const statusOf = new Map<string, number>();
let receiver: http.Server;
let base: string;

const at = (path: string) => received.filter((r) => r.path === path);

// ─── Calls ────────────────────────────────────────────────────────────────────────────────────────

async function withKey<T = Record<string, unknown>>(secret: string, query: string, variables = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-key': secret },
    payload: { query, variables },
  });
  return res.json<GqlResult<T>>();
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id version url eventTypes enabled serviceAccountId } } }`;
const DELIVERIES = `query($e: ID!) { webhookDeliveries(endpointId: $e) { totalCount nodes {
  id eventId eventType objectType objectId status attemptCount nextAttemptAt lastStatusCode lastError
  attempts { statusCode latencyMs succeeded manual error } } } }`;

interface Created {
  createWebhookEndpoint: { secret: string; endpoint: { id: string; version: number; serviceAccountId: string } };
}

/** Runs the fan-out, then the deliveries it queued (the workers are off in this file). */
async function drain(): Promise<void> {
  await t.app.services.jobs.drain([FANOUT_JOB]);
  await t.app.services.jobs.drain([DELIVERY_JOB]);
}

const SIGNAL = 'mutation($input: SignalInput!) { signalYoungPerson(input: $input) { matched } }';
let signals = 0;
/** A signal of a new young person to Bourges, by the Bourges system's key; the case it opened. */
async function signal(): Promise<string> {
  signals += 1;
  const lastName = `SIGNALÉ${'X'.repeat(signals)}`;
  const res = await withKey(key.bourges!, SIGNAL, {
    input: {
      platformId: id.bourges,
      sourceKind: 'MISSION_LOCALE',
      lastName,
      firstNames: 'Alex',
      birthDate: '2008-03-04',
    },
  });
  expect(res.errors).toBeUndefined();
  return ownerId(
    t,
    sql`select c.id from psad_case c join young_person y on y.id = c.young_person_id where y.last_name = ${lastName}`,
  );
}

/** A service account holding `roles` in `organisationId`, referent of `platformId` when it is a referent. */
async function serviceAccount(email: string, organisationId: string, roles: string[], platformId?: string) {
  const res = await t.gql<{ createUser: { id: string } }>(
    admin,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        email,
        displayName: `Système ${email}`,
        password: 'un-mot-de-passe-de-service',
        memberships: [{ organisationId, roles: ['SERVICE_ACCOUNT', ...roles] }],
      },
    },
  );
  expect(res.errors).toBeUndefined();
  const userId = res.data.createUser.id;
  if (platformId)
    await ownerRows(t, sql`insert into platform_referent (platform_id, user_id) values (${platformId}, ${userId})`);
  return userId;
}

async function issueKey(userId: string, scopes: string[], platformIds?: string[]): Promise<string> {
  const res = await t.gql<{ createApiKey: { secret: string } }>(
    admin,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    {
      input: {
        userId,
        name: 'Système partenaire',
        scopes,
        ...(platformIds ? { platformIds } : {}),
        expiresOn: todayInParis(new Date(Date.now() + 30 * 86_400_000)),
      },
    },
  );
  expect(res.errors).toBeUndefined();
  return res.data.createApiKey.secret;
}

const auditCount = async () =>
  (await ownerRows<{ n: number }>(t, sql`select count(*)::int as n from audit_event`))[0]!.n;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString() });
      res.statusCode = statusOf.get(path) ?? 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  t = await createTestApp({ JOB_WORKERS: 'off' });
  admin = await t.login('admin@demo.test');
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzon = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.admin = await ownerId(t, sql`select id from app_user where email = 'admin@demo.test'`);
  // The Bourges platform's system (a referent of the platform), and Vierzon's.
  id.bourgesAccount = await serviceAccount('si.bourges@demo.test', id.ml, ['PSAD_REFERENT'], id.bourges);
  id.vierzonAccount = await serviceAccount('si.vierzon@demo.test', id.ml, ['PSAD_REFERENT'], id.vierzon);
  // A system of Bourges too, whose key does not read cases.
  id.blindAccount = await serviceAccount('si.aveugle@demo.test', id.ml, ['PSAD_REFERENT'], id.bourges);
  key.bourges = await issueKey(
    id.bourgesAccount,
    ['psad:signals:write', 'psad:cases:read', 'webhooks:manage'],
    [id.bourges],
  );
  key.vierzon = await issueKey(id.vierzonAccount, ['psad:cases:read', 'webhooks:manage']);
  key.blind = await issueKey(id.blindAccount, ['webhooks:manage']);
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('an integrator subscribes its receiver with its own key', () => {
  let secret: string;

  it('receives the signed webhook of a signal it sent, verifies it with the Standard Webhooks library, and reads the case', async () => {
    const created = await withKey<Created>(key.bourges!, CREATE, {
      input: { url: `${base}/bourges`, eventTypes: ['signal.received', 'case.closed'], description: 'SI Bourges' },
    });
    expect(created.errors).toBeUndefined();
    secret = created.data.createWebhookEndpoint.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.data.createWebhookEndpoint.endpoint.serviceAccountId).toBe(id.bourgesAccount);
    id.bourgesEndpoint = created.data.createWebhookEndpoint.endpoint.id;
    // Vierzon's system and the one without the read scope subscribe to the same events.
    for (const [who, path] of [
      ['vierzon', '/vierzon'],
      ['blind', '/aveugle'],
    ] as const) {
      const other = await withKey<Created>(key[who]!, CREATE, {
        input: { url: `${base}${path}`, eventTypes: ['signal.received'] },
      });
      expect(other.errors).toBeUndefined();
    }

    const caseId = await signal();
    await drain();

    const [webhook, ...more] = at('/bourges');
    expect(more).toEqual([]);
    const payload = new Webhook(secret).verify(webhook!.body, webhook!.headers);
    expect(payload).toEqual({
      type: 'signal.received',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: { objectType: 'Case', id: caseId },
    });
    expect(webhook!.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(webhook!.headers['content-type']).toBe('application/json');
    // Thin: nothing else, and no one's name.
    expect(webhook!.body).not.toMatch(/SIGNAL|Alex/);
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(webhook!.body, webhook!.headers),
    ).toThrow();

    // The receiver reads the case with its key.
    const read = await withKey(key.bourges!, 'query($id: ID!) { case(id: $id) { id } }', { id: caseId });
    expect(read.data).toEqual({ case: { id: caseId } });

    // The delivery log, through the key too.
    const log = await withKey<{ webhookDeliveries: { totalCount: number; nodes: Record<string, unknown>[] } }>(
      key.bourges!,
      DELIVERIES,
      { e: id.bourgesEndpoint },
    );
    expect(log.errors).toBeUndefined();
    expect(log.data.webhookDeliveries.nodes).toEqual([
      expect.objectContaining({
        eventId: webhook!.headers['webhook-id'],
        eventType: 'signal.received',
        objectType: 'Case',
        objectId: caseId,
        status: 'SUCCEEDED',
        attemptCount: 1,
        lastStatusCode: 204,
        attempts: [{ statusCode: 204, latencyMs: expect.any(Number), succeeded: true, manual: false, error: null }],
      }),
    ]);
  });

  it('tells nothing to an account that cannot read the case, nor to one whose key lacks the read scope', async () => {
    expect(at('/vierzon')).toEqual([]);
    expect(at('/aveugle')).toEqual([]);
    expect(
      await ownerRows(
        t,
        sql`select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
             where e.service_account_id in (${id.vierzonAccount}, ${id.blindAccount})`,
      ),
    ).toEqual([]);
  });

  it('never lets a request read a secret: the request role has no grant on it, even as an administrator', async () => {
    const actor = (await loadActor(t.database.db, id.admin!, 'token'))!;
    const err = await withActorTx(t.database.db, actor, 'read', (tx) =>
      tx.execute(sql`select secret from webhook_secret`),
    ).catch((e: unknown) => e);
    expect(errorChain(err).map((e) => e.code)).toContain('42501');
    const endpoint = await t.gql(admin, 'query($id: ID!) { webhookEndpoint(id: $id) { id url } }', {
      id: id.bourgesEndpoint,
    });
    expect(JSON.stringify(endpoint)).not.toContain(secret.slice(6));
  });

  it('keeps to its own account: another system reads nothing of it, a key without webhooks:manage is refused', async () => {
    const other = await withKey(key.vierzon!, 'query($id: ID!) { webhookEndpoint(id: $id) { id } }', {
      id: id.bourgesEndpoint,
    });
    expect(other.data).toEqual({ webhookEndpoint: null });
    const list = await withKey(key.vierzon!, 'query($a: ID) { webhookEndpoints(serviceAccountId: $a) { id } }', {
      a: id.bourgesAccount,
    });
    expect(list.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const noScope = await issueKey(id.bourgesAccount!, ['psad:cases:read']);
    const refused = await withKey(noScope, '{ webhookEndpoints { id } }');
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('a failing receiver', () => {
  const FAIL = '/en-panne';
  let endpointId: string;
  let deliveryId: string;
  let version: number;

  const delivery = async () =>
    (
      await ownerRows<{
        status: string;
        attempts: number;
        next_in_ms: number | null;
        last_status_code: number | null;
        event_id: string;
      }>(
        t,
        sql`select status, attempts, (extract(epoch from next_attempt_at - last_attempt_at) * 1000)::int as next_in_ms,
                   last_status_code, event_id from webhook_delivery where id = ${deliveryId}`,
      )
    )[0]!;
  /** The retry's time has come: its stored time moved to now, then the sweep and the deliveries run. */
  const retryNow = async () => {
    await ownerRows(
      t,
      sql`update webhook_delivery set next_attempt_at = now() - interval '1 second' where id = ${deliveryId}`,
    );
    expect(await queueDueRetries(t.app.services)).toBe(1);
    await t.app.services.jobs.drain([DELIVERY_JOB]);
  };

  it('is retried with exponential backoff (about a day in all)', async () => {
    statusOf.set(FAIL, 500);
    // Subscribed by an administrator for the Bourges system.
    const created = await t.gql<Created>(admin, CREATE, {
      input: { serviceAccountId: id.bourgesAccount, url: `${base}${FAIL}`, eventTypes: ['signal.received'] },
    });
    expect(created.errors).toBeUndefined();
    endpointId = created.data.createWebhookEndpoint.endpoint.id;
    version = created.data.createWebhookEndpoint.endpoint.version;
    await signal();
    await drain();
    deliveryId = (
      await ownerRows<{ id: string }>(t, sql`select id from webhook_delivery where endpoint_id = ${endpointId}`)
    )[0]!.id;
    const first = await delivery();
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1, last_status_code: 500 });
    expect(first.next_in_ms).toBeGreaterThanOrEqual(54_000);
    expect(first.next_in_ms).toBeLessThanOrEqual(66_000);
    // Not due yet: the sweep queues nothing.
    expect(await queueDueRetries(t.app.services)).toBe(0);

    await retryNow();
    const second = await delivery();
    expect(second).toMatchObject({ status: 'PENDING', attempts: 2, last_status_code: 500 });
    expect(second.next_in_ms).toBeGreaterThanOrEqual(108_000);
    expect(second.next_in_ms).toBeLessThanOrEqual(132_000);
    expect(at(FAIL)).toHaveLength(2);
    // Every attempt carries the same webhook-id: the receiver can tell a retry from a new event.
    expect(new Set(at(FAIL).map((r) => r.headers['webhook-id']))).toEqual(new Set([second.event_id]));

    const schedule = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1, () => 0.5));
    schedule.forEach((ms, i) => i > 0 && expect(ms).toBeGreaterThanOrEqual(schedule[i - 1]!));
    const hours = schedule.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(20);
    expect(hours).toBeLessThan(30);
  });

  it('gives a delivery up after its last attempt', async () => {
    await ownerRows(t, sql`update webhook_delivery set attempts = ${MAX_ATTEMPTS - 1} where id = ${deliveryId}`);
    await retryNow();
    expect(await delivery()).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, next_in_ms: null });
    // The endpoint has failed for minutes only: still on.
    const [endpoint] = await ownerRows<{ enabled: boolean }>(
      t,
      sql`select enabled from webhook_endpoint where id = ${endpointId}`,
    );
    expect(endpoint!.enabled).toBe(true);
  });

  it('is disabled after three days of failures, and the administrators are told', async () => {
    await signal();
    await drain();
    deliveryId = (
      await ownerRows<{ id: string }>(
        t,
        sql`select id from webhook_delivery where endpoint_id = ${endpointId} and status = 'PENDING'`,
      )
    )[0]!.id;
    const before = at(FAIL).length;
    // Its failures started three days ago (the endpoint's stored streak), and its retry is due.
    await ownerRows(
      t,
      sql`update webhook_endpoint set failing_since = now() - interval '3 days 1 minute' where id = ${endpointId}`,
    );
    await retryNow();
    expect(at(FAIL)).toHaveLength(before + 1);
    const [endpoint] = await ownerRows<{ enabled: boolean; disabled_reason: string; version: number }>(
      t,
      sql`select enabled, disabled_reason, version from webhook_endpoint where id = ${endpointId}`,
    );
    expect(endpoint).toMatchObject({ enabled: false, disabled_reason: 'FAILING', version: version + 1 });
    version = endpoint!.version;
    expect(await delivery()).toMatchObject({ status: 'FAILED' });
    const audit = await ownerRows(
      t,
      sql`select action, actor_id from audit_event where subject_id = ${endpointId} and action = 'webhook.auto_disable'`,
    );
    expect(audit).toEqual([{ action: 'webhook.auto_disable', actor_id: null }]);
    // The notice: one fan-out job, to the administrators, then a notification for the admin.
    const jobs = await ownerRows<{ data: { kind: string; audience: { type: string } } }>(
      t,
      sql`select data from pgboss.job where name = ${NOTIFICATION_FANOUT} and data->>'kind' = 'WEBHOOK_ENDPOINT_DISABLED'`,
    );
    expect(jobs.map((j) => j.data.audience)).toEqual([{ type: 'ADMINS' }]);
    await t.app.services.jobs.drain([NOTIFICATION_FANOUT]);
    const notices = await ownerRows(
      t,
      sql`select kind, link from notification where user_id = ${id.admin} and kind = 'WEBHOOK_ENDPOINT_DISABLED'`,
    );
    expect(notices).toEqual([
      { kind: 'WEBHOOK_ENDPOINT_DISABLED', link: `/admin/utilisateurs/${id.bourgesAccount}/webhooks` },
    ]);

    // Disabled: a new event gives it no delivery.
    const count = async () =>
      (
        await ownerRows<{ n: number }>(
          t,
          sql`select count(*)::int as n from webhook_delivery where endpoint_id = ${endpointId}`,
        )
      )[0]!.n;
    const deliveries = await count();
    await signal();
    await drain();
    expect(await count()).toBe(deliveries);
  });

  it('replays a delivery by hand once the endpoint is on again, with the same webhook-id', async () => {
    const REPLAY = 'mutation($d: ID!) { replayWebhookDelivery(deliveryId: $d) { id status } }';
    const refused = await t.gql(admin, REPLAY, { d: deliveryId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_REFUSED' });

    const audits = await auditCount();
    const enabled = await t.gql<{ setWebhookEndpointEnabled: { enabled: boolean; failingSince: string | null } }>(
      admin,
      'mutation($id: ID!, $v: Int!) { setWebhookEndpointEnabled(id: $id, version: $v, enabled: true) { enabled failingSince } }',
      { id: endpointId, v: version },
    );
    expect(enabled.data.setWebhookEndpointEnabled).toEqual({ enabled: true, failingSince: null });
    statusOf.set(FAIL, 200);
    const replayed = await t.gql<{ replayWebhookDelivery: { id: string; status: string } }>(admin, REPLAY, {
      d: deliveryId,
    });
    expect(replayed.errors).toBeUndefined();
    expect(replayed.data.replayWebhookDelivery).toEqual({ id: deliveryId, status: 'PENDING' });
    expect(await auditCount()).toBe(audits + 2);
    // Being sent: a second replay now is refused.
    expect((await t.gql(admin, REPLAY, { d: deliveryId })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    await t.app.services.jobs.drain([DELIVERY_JOB]);

    const d = await delivery();
    expect(d).toMatchObject({ status: 'SUCCEEDED', last_status_code: 200 });
    expect(at(FAIL).at(-1)!.headers['webhook-id']).toBe(d.event_id);
    const attempts = await ownerRows<{ manual: boolean; succeeded: boolean }>(
      t,
      sql`select manual, succeeded from webhook_attempt where delivery_id = ${deliveryId} order by attempted_at`,
    );
    expect(attempts.at(-1)).toEqual({ manual: true, succeeded: true });
    const [endpoint] = await ownerRows<{ failing_since: string | null }>(
      t,
      sql`select failing_since from webhook_endpoint where id = ${endpointId}`,
    );
    expect(endpoint!.failing_since).toBeNull();
  });
});

describe('the endpoint’s life: change, rotate, delete (each audited once)', () => {
  it('changes its types, rotates its secret (the former one signing beside it for a day), and is deleted', async () => {
    const created = await withKey<Created>(key.bourges!, CREATE, {
      input: { url: `${base}/rotation`, eventTypes: ['case.closed'] },
    });
    const { id: endpointId } = created.data.createWebhookEndpoint.endpoint;
    const oldSecret = created.data.createWebhookEndpoint.secret;
    let audits = await auditCount();
    const updated = await withKey<{ updateWebhookEndpoint: { version: number; eventTypes: string[] } }>(
      key.bourges!,
      'mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { version eventTypes } }',
      { input: { id: endpointId, version: 1, eventTypes: ['signal.received', 'signal.received'] } },
    );
    expect(updated.data.updateWebhookEndpoint).toEqual({ version: 2, eventTypes: ['signal.received'] });
    expect(await auditCount()).toBe(++audits);

    const rotated = await withKey<{ rotateWebhookSecret: { secret: string; endpoint: { version: number } } }>(
      key.bourges!,
      'mutation($id: ID!) { rotateWebhookSecret(id: $id, version: 2) { secret endpoint { version } } }',
      { id: endpointId },
    );
    expect(rotated.errors).toBeUndefined();
    const newSecret = rotated.data.rotateWebhookSecret.secret;
    expect(newSecret).not.toBe(oldSecret);
    expect(await auditCount()).toBe(++audits);

    await signal();
    await drain();
    audits = await auditCount();
    const [webhook] = at('/rotation');
    expect(webhook!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(newSecret).verify(webhook!.body, webhook!.headers)).toMatchObject({ type: 'signal.received' });
    expect(new Webhook(oldSecret).verify(webhook!.body, webhook!.headers)).toMatchObject({ type: 'signal.received' });

    const deleted = await withKey(key.bourges!, 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id, version: 3) }', {
      id: endpointId,
    });
    expect(deleted.data).toEqual({ deleteWebhookEndpoint: true });
    expect(await auditCount()).toBe(++audits);
    expect(
      await ownerRows(
        t,
        sql`select 1 from webhook_delivery where endpoint_id = ${endpointId} union all
                              select 1 from webhook_secret where endpoint_id = ${endpointId}`,
      ),
    ).toEqual([]);
  });
});

describe('bad input gets BAD_USER_INPUT at its field and writes nothing', () => {
  const written = async (app: TestApp) =>
    (
      await app.database.db.execute<{ n: string }>(
        sql`select (select count(*) from webhook_endpoint)::text || '/' || (select count(*) from webhook_secret)::text
                   || '/' || (select count(*) from audit_event where outcome = 'SUCCESS')::text as n`,
      )
    ).rows[0]!.n;

  async function refused(app: TestApp, token: string, input: Record<string, unknown>, path: string) {
    const before = await written(app);
    const res = await app.gql(token, CREATE, { input: { serviceAccountId: id.bourgesAccount, ...input } });
    expect(res.errors?.[0]?.extensions.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.fields?.map((f) => f.path)).toContain(path);
    expect(await written(app)).toBe(before);
  }

  it('a non-URL, a scheme other than http(s), an unknown event type, no event type, a person’s account', async () => {
    const ok = { url: `${base}/ok`, eventTypes: ['case.closed'] };
    await refused(t, admin, { ...ok, url: 'pas une adresse' }, 'input.url');
    await refused(t, admin, { ...ok, url: 'ftp://example.org/hook' }, 'input.url');
    await refused(t, admin, { ...ok, eventTypes: ['case.closed', 'case.exploded'] }, 'input.eventTypes.1');
    await refused(t, admin, { ...ok, eventTypes: [] }, 'input.eventTypes');
    const person = await ownerId(t, sql`select id from app_user where email = 'referent@demo.test'`);
    await refused(t, admin, { ...ok, serviceAccountId: person }, 'input.serviceAccountId');
  });

  it('in production: http, and addresses that are not public (loopback, private, link-local, unique-local)', async () => {
    const prod = await createTestApp({ ...productionEnv(), JOB_WORKERS: 'off' });
    try {
      const token = await prod.login('admin@demo.test');
      const account = await ownerId(prod, sql`select id from app_user where email = 'admin@demo.test'`);
      // The admin account of this database stands in for a service account.
      await prod.database.db.execute(
        sql`update membership set roles = roles || array['SERVICE_ACCOUNT'] where user_id = ${account}`,
      );
      const types = ['case.closed'];
      for (const url of [
        'http://93.184.215.14/hook',
        'https://127.0.0.1/hook',
        'https://localhost/hook',
        'https://10.1.2.3/hook',
        'https://192.168.1.10/hook',
        'https://169.254.169.254/latest/meta-data',
        'https://[::1]/hook',
        'https://[fd00::1]/hook',
        'https://[::ffff:127.0.0.1]/hook',
      ])
        await refused(prod, token, { serviceAccountId: account, url, eventTypes: types }, 'input.url');
      // A public address is accepted (it is not called here).
      const res = await prod.gql<Created>(token, CREATE, {
        input: { serviceAccountId: account, url: 'https://93.184.215.14/hook', eventTypes: types },
      });
      expect(res.errors).toBeUndefined();
      // Checked again at each delivery: the address now names the local receiver, and nothing is sent.
      const endpointId = res.data.createWebhookEndpoint.endpoint.id;
      await prod.database.db.execute(
        sql`update webhook_endpoint set url = ${`https://localhost:${new URL(base).port}/prod`} where id = ${endpointId}`,
      );
      const deliveryId = (
        await prod.database.db.execute<{ id: string }>(sql`insert into webhook_delivery
          (endpoint_id, event_id, event_type, object_type, object_id, occurred_at)
          values (${endpointId}, gen_random_uuid(), 'case.closed', 'Case', gen_random_uuid(), now()) returning id`)
      ).rows[0]!.id;
      expect(await deliver(prod.app.services, deliveryId)).toBe('failed');
      const [attempt] = (
        await prod.database.db.execute<{ error: string; status_code: number | null }>(
          sql`select error, status_code from webhook_attempt where delivery_id = ${deliveryId}`,
        )
      ).rows;
      expect(attempt).toEqual({ error: expect.stringMatching(/publique/), status_code: null });
      expect(at('/prod')).toEqual([]);
    } finally {
      await prod.close();
    }
  });
});
