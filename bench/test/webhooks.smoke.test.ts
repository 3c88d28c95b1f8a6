/**
 * W1 of `pnpm bench` in small: 100 case.assigned events at 200 events/s, against the API built
 * in-process on a tiny generated data set with its job workers (woken at each commit), delivered to
 * the bench's receiver, which checks each signature: every event arrives once, signed, well within 2 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  prepareW1,
  runW1,
  startWebhookReceiver,
  type W1Data,
  type WebhookReceiver,
} from '../src/scenarios/webhooks.js';
import { generatedDatabase, startApp, type GeneratedDatabase, type StartedApp } from './smoke-setup.js';

const EVENTS = 100;

describe('bench scenario W1 (smoke)', () => {
  let db: GeneratedDatabase;
  let receiver: WebhookReceiver;
  let app: StartedApp;
  let w1: W1Data;

  beforeAll(async () => {
    db = await generatedDatabase(12);
    const { floor, summary } = db;
    receiver = await startWebhookReceiver();
    w1 = await prepareW1(floor, {
      platformId: summary.platforms[0]!.id,
      referentEmail: summary.users.referent,
      receiverUrl: receiver.url,
      events: EVENTS,
    });
    receiver.secret = w1.secret;
    app = await startApp(db.database, 'w1', { NOTIFICATIONS: 'off' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await receiver?.close();
    await db?.close();
  });

  it('delivers every event once, signed, to the receiver, from the commit in well under 2 s', async () => {
    const { summary } = db;
    expect(w1.batches).toHaveLength(EVENTS / 10);
    const r = await runW1({
      base: app.base,
      pid: process.pid,
      platformId: summary.platforms[0]!.id,
      referentEmail: summary.users.referent,
      password: summary.users.password,
      data: w1,
      receiver,
      warmupBatches: 2,
    });
    expect(r).toMatchObject({ expected: EVENTS, received: EVENTS, missing: 0, duplicates: 0, badSignatures: 0 });
    expect(r.warmupEvents).toBe(20);
    expect(r.latency.p99).toBeLessThan(2000);
    expect(r.latency.min).toBeGreaterThanOrEqual(0);
  }, 60_000);
});
