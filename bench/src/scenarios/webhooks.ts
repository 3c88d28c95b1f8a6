/**
 * W1 (issue 20): 10,000 webhook events delivered to a local receiver at 200 events/s; the target is
 * p99 under 2 s from the commit to the receiver. The events are case.assigned: the platform's referent
 * assigns batches of A_TRAITER cases to a partner organisation at a fixed pace (open loop: a batch
 * every batchSize ÷ rate seconds, whatever the answers' times), and a service account, referent of the
 * platform with a key reading cases, has its endpoint subscribed to case.assigned on a receiver of the
 * bench's process. The receiver checks every signature (Standard Webhooks: HMAC-SHA256 of
 * `id.timestamp.body` with the endpoint's secret) and measures, per event, from the payload's
 * `timestamp` to its arrival. That timestamp is set in the request's transaction before its commit,
 * so the time measured is at least the time from the commit.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FloorDb } from '../baselines/raw-import.js';
import { dataOf, gql, login } from './client.js';
import { round, sampleRss } from './measure.js';
import { spreadOf, type Spread } from './notifications.js';

export const W1_EVENTS = 10_000;
export const W1_RATE = 200;
/** Cases per assignment: 20 requests a second at 200 events/s. */
export const W1_BATCH = 10;
/** Assignments not measured at the start (the API's connections and JIT warm up). */
export const W1_WARMUP_BATCHES = 20;
const ORGANISATION = 'Mission Locale W1 (bench)';
const SYSTEM_EMAIL = 'bench.w1.system@bench.test';
const LAST_NAME = 'BENCHWEBHOOK';
/** How long the receiver may wait for the last events once every assignment was sent. */
const DRAIN_TIMEOUT_MS = 120_000;

export interface W1Data {
  organisationId: string;
  endpointId: string;
  secret: string;
  /** The case ids of each assignment, in order. */
  batches: string[][];
}

/**
 * Writes, as the database owner in one transaction, W1's partner organisation, its A_TRAITER cases
 * (young person, case, CREATED event), and the subscribed system: a service account, referent of the
 * platform, holding a key with psad:cases:read (never used for a call: its scopes say what its
 * account may be told), and its endpoint with its secret. On PGlite it runs while no API holds the directory.
 */
export async function prepareW1(
  db: FloorDb,
  options: {
    platformId: string;
    referentEmail: string;
    receiverUrl: string;
    events?: number;
    batchSize?: number;
  },
): Promise<W1Data> {
  const { platformId, events = W1_EVENTS, batchSize = W1_BATCH } = options;
  await db.exec('begin');
  try {
    const [referent] = await db.query<{ id: string; password_hash: string }>(
      'select id, password_hash from app_user where email = $1',
      [options.referentEmail],
    );
    if (!referent) throw new Error(`W1: no user ${options.referentEmail}`);
    const [org] = await db.query<{ id: string }>(
      `insert into organisation (name, search_name, kind) values ($1, lower($1), 'MISSION_LOCALE') returning id`,
      [ORGANISATION],
    );
    await db.query('insert into platform_partner (platform_id, organisation_id) values ($1, $2)', [
      platformId,
      org!.id,
    ]);
    const cases = await db.query<{ id: string }>(
      `with p as (
         insert into young_person (platform_id, last_name, first_names, birth_date, match_key, search_text)
         select $1, $2, 'Jeune ' || g, date '2009-01-01' + (g % 700), lower($2) || '|jeune ' || g || '|' || (date '2009-01-01' + (g % 700)),
           lower($2) || ' jeune ' || g
         from generate_series(1, $3::int) g
         returning id),
       c as (
         insert into psad_case (platform_id, young_person_id, status, source, campaign)
         select $1, id, 'A_TRAITER', 'SIEI', '2026-12' from p
         returning id)
       insert into case_event (case_id, actor_id, kind, data)
       select id, $4, 'CREATED', '{"source":"SIEI","campaign":"2026-12"}' from c
       returning case_id as id`,
      [platformId, LAST_NAME, events, referent.id],
    );
    const [system] = await db.query<{ id: string }>(
      `insert into app_user (email, display_name, password_hash) values ($1, 'Système W1 (bench)', $2) returning id`,
      [SYSTEM_EMAIL, referent.password_hash],
    );
    await db.query(
      `insert into membership (user_id, organisation_id, roles) values ($1, $2, array['SERVICE_ACCOUNT', 'PSAD_REFERENT'])`,
      [system!.id, org!.id],
    );
    await db.query('insert into platform_referent (platform_id, user_id) values ($1, $2)', [platformId, system!.id]);
    await db.query(
      `insert into api_key (user_id, name, prefix, key_hash, scopes, expires_at)
       values ($1, 'W1 (bench)', 'mlg_w1', $2, array['psad:cases:read', 'webhooks:manage'], now() + interval '7 days')`,
      [system!.id, createHash('sha256').update(randomBytes(32)).digest('hex')],
    );
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const [endpoint] = await db.query<{ id: string }>(
      `insert into webhook_endpoint (service_account_id, url, event_types) values ($1, $2, array['case.assigned']) returning id`,
      [system!.id, options.receiverUrl],
    );
    await db.query('insert into webhook_secret (endpoint_id, secret) values ($1, $2)', [endpoint!.id, secret]);
    await db.exec('commit');
    const ids = cases.map((c) => c.id);
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += batchSize) batches.push(ids.slice(i, i + batchSize));
    return { organisationId: org!.id, endpointId: endpoint!.id, secret, batches };
  } catch (error) {
    await db.exec('rollback');
    throw error;
  }
}

/** The bench's receiver: checks each signature and keeps, per event, its object and the time from its timestamp. */
export interface WebhookReceiver {
  url: string;
  /** Set once the secret is known (the receiver starts before the data is written). */
  secret: string;
  received: number;
  duplicates: number;
  badSignatures: number;
  /** Per object id: ms from the payload's timestamp to the arrival (the first arrival of its event). */
  latencyByObject: Map<string, number>;
  waitFor(count: number, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Standard Webhooks' check: v1,base64(HMAC-SHA256(secret, `${id}.${timestamp}.${body}`)) among the signatures. */
function signatureOk(secret: string, id: string, timestamp: string, body: string, header: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
  return header.split(' ').includes(expected);
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const seen = new Set<string>();
  const waiters = new Set<() => void>();
  const receiver: WebhookReceiver = {
    url: '',
    secret: '',
    received: 0,
    duplicates: 0,
    badSignatures: 0,
    latencyByObject: new Map(),
    waitFor(count, timeoutMs) {
      return new Promise((resolve) => {
        const check = () => {
          if (receiver.latencyByObject.size < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(false);
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const arrived = Date.now();
      const body = Buffer.concat(chunks).toString();
      const id = String(req.headers['webhook-id'] ?? '');
      const ok = signatureOk(
        receiver.secret,
        id,
        String(req.headers['webhook-timestamp'] ?? ''),
        body,
        String(req.headers['webhook-signature'] ?? ''),
      );
      res.statusCode = ok ? 204 : 401;
      res.end();
      if (!ok) {
        receiver.badSignatures += 1;
        return;
      }
      receiver.received += 1;
      if (seen.has(id)) {
        receiver.duplicates += 1;
        return;
      }
      seen.add(id);
      const payload = JSON.parse(body) as { timestamp: string; data: { id: string } };
      receiver.latencyByObject.set(payload.data.id, arrived - Date.parse(payload.timestamp));
      for (const check of [...waiters]) check();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/w1`;
  return receiver;
}

export interface W1Result {
  events: number;
  rate: number;
  batchSize: number;
  warmupEvents: number;
  /** Events per second actually sent (measured events ÷ time from the first measured assignment to the last). */
  sentRate: number;
  /** From the payload's timestamp (before the commit) to the receiver, measured events only. */
  latency: Spread;
  /** The assignment requests' times. */
  request: Spread;
  received: number;
  expected: number;
  missing: number;
  duplicates: number;
  badSignatures: number;
  peakRssMb: number;
}

const ASSIGN = `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!) {
  assignCases(platformId: $p, cases: $cases, organisationId: $o) { id }
}`;

/** Runs W1 against a started API (its webhook workers on), the receiver subscribed by prepareW1. */
export async function runW1(options: {
  base: string;
  pid: number;
  platformId: string;
  referentEmail: string;
  password: string;
  data: W1Data;
  receiver: WebhookReceiver;
  rate?: number;
  warmupBatches?: number;
  log?: (m: string) => void;
}): Promise<W1Result> {
  const { base, data, receiver, rate = W1_RATE, warmupBatches = W1_WARMUP_BATCHES } = options;
  const referent = await login(base, options.referentEmail, options.password);
  const batchSize = data.batches[0]?.length ?? W1_BATCH;
  const intervalMs = (batchSize / rate) * 1000;
  const rss = sampleRss(options.pid);
  const requestMs: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let failure: Error | null = null;
  const assign = async (cases: string[], measured: boolean) => {
    const started = performance.now();
    const res = await gql(base, referent, ASSIGN, {
      p: options.platformId,
      cases: cases.map((id) => ({ id, version: 1 })),
      o: data.organisationId,
    });
    dataOf(res, 'W1 assignCases');
    if (measured) requestMs.push(round(performance.now() - started));
  };
  const t0 = performance.now();
  let firstMeasured = 0;
  let lastSent = 0;
  for (const [i, cases] of data.batches.entries()) {
    const due = t0 + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (failure) break;
    if (i === warmupBatches) firstMeasured = performance.now();
    lastSent = performance.now();
    const work = assign(cases, i >= warmupBatches)
      .catch((e: Error) => {
        failure = e;
      })
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
    if (i % 100 === 99)
      options.log?.(`W1: ${(i + 1) * batchSize} events sent, ${receiver.latencyByObject.size} received`);
  }
  await Promise.all([...inFlight]);
  if (failure) throw failure;
  const expected = data.batches.reduce((n, b) => n + b.length, 0);
  const complete = await receiver.waitFor(expected, DRAIN_TIMEOUT_MS);
  options.log?.(`W1: ${receiver.latencyByObject.size} of ${expected} events received${complete ? '' : ' (timed out)'}`);
  const measuredIds = data.batches.slice(warmupBatches).flat();
  const latencies = measuredIds
    .map((id) => receiver.latencyByObject.get(id))
    .filter((v): v is number => v !== undefined);
  const measuredEvents = measuredIds.length;
  return {
    events: expected,
    rate,
    batchSize,
    warmupEvents: expected - measuredEvents,
    sentRate: round(measuredEvents / Math.max(0.001, (lastSent - firstMeasured) / 1000 + intervalMs / 1000), 1),
    latency: spreadOf(latencies),
    request: spreadOf(requestMs),
    received: receiver.latencyByObject.size,
    expected,
    missing: expected - receiver.latencyByObject.size,
    duplicates: receiver.duplicates,
    badSignatures: receiver.badSignatures,
    peakRssMb: round(rss.stop(), 1),
  };
}

/** W1's line in the table of targets. */
export function w1Target(w: W1Result | null | undefined): {
  target: string;
  measured: string;
  verdict: 'PASS' | 'MISS' | 'n/a';
} {
  const target = `W1: ${W1_EVENTS.toLocaleString('en')} webhook events at ${W1_RATE} events/s to a local receiver, p99 from the commit to the receiver < 2 s (every event received once, signatures valid)`;
  if (!w) return { target, measured: 'not run', verdict: 'n/a' };
  const ok = w.latency.p99 < 2000 && w.missing === 0 && w.badSignatures === 0;
  return {
    target,
    measured: `p50 ${w.latency.p50} ms, p99 ${w.latency.p99} ms, max ${w.latency.max} ms at ${w.sentRate} events/s; ${w.received}/${w.expected} received, ${w.duplicates} duplicates, ${w.badSignatures} bad signatures`,
    verdict: ok ? 'PASS' : 'MISS',
  };
}

/** W1's section of the report (markdown lines). */
export function renderWebhooksSection(w: W1Result): string[] {
  return [
    '## Webhooks (W1)',
    '',
    `${w.events} case.assigned events (${w.warmupEvents} of them warm-up, not measured): the platform's referent assigns ${w.batchSize} A_TRAITER cases at a time to a partner organisation, one assignment every ${round((w.batchSize / w.rate) * 1000, 0)} ms (open loop, ${w.rate} events/s); a service account, referent of the platform, has one endpoint subscribed to case.assigned on a receiver of the bench's process, which checks every signature. The API ran with NODE_ENV=development for W1 only: in production a webhook target must be a public https address, and the receiver is local.`,
    '',
    '| W1 | p50 ms | p99 ms | mean ms | min ms | max ms |',
    '| --- | --- | --- | --- | --- | --- |',
    `| payload timestamp (before the commit) → receiver | ${w.latency.p50} | ${w.latency.p99} | ${w.latency.mean} | ${w.latency.min} | ${w.latency.max} |`,
    `| assignCases request (${w.batchSize} cases) | ${w.request.p50} | ${w.request.p99} | ${w.request.mean} | ${w.request.min} | ${w.request.max} |`,
    '',
    `Sent at ${w.sentRate} events/s; received ${w.received} of ${w.expected} events (${w.missing} missing), ${w.duplicates} duplicate deliveries, ${w.badSignatures} bad signatures; API peak RSS ${w.peakRssMb} MB.`,
    '',
  ];
}
