import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { fanOut } from './fanout.js';

let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off' });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t?.close());

/** Opens the stream with these headers and hands each `unread` event's count to a queue the test reads. */
async function openStream(credentials: { token?: string; cookie?: string }) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/notifications/stream`, {
    headers: {
      accept: 'text/event-stream',
      ...(credentials.token ? { authorization: `Bearer ${credentials.token}` } : {}),
      ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
    },
    signal: controller.signal,
  });
  const counts: number[] = [];
  const waiters: (() => void)[] = [];
  const parser = createParser({
    onEvent: (event) => {
      if (event.event !== 'unread') return;
      counts.push((JSON.parse(event.data) as { count: number }).count);
      waiters.splice(0).forEach((wake) => wake());
    },
  });
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(chunk));
    } catch {
      // aborted
    }
  })();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    async next(): Promise<number> {
      const deadline = Date.now() + 10_000;
      while (counts.length === 0) {
        if (Date.now() > deadline) throw new Error('no unread event within 10 s');
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 500);
        });
      }
      return counts.shift()!;
    },
    close: () => controller.abort(),
  };
}

describe('the live notification stream', () => {
  it('sends the unread count at once, then again when a notification arrives, without a reload', async () => {
    const token = await t.login('conseiller@demo.test');
    const stream = await openStream({ token });
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    expect(await stream.next()).toBe(0);
    const ml = (
      await t.database.db.execute<{ id: string }>(
        sql`select id from organisation where name = 'Mission Locale de Bourges'`,
      )
    ).rows[0]!.id;
    await fanOut(t.app.services, '00000000-0000-4000-8000-00000000000a', {
      kind: 'CASES_ASSIGNED',
      audience: { type: 'ORGANISATION_ROLE', organisationId: ml, roles: ['COUNSELLOR'] },
      organisationId: ml,
      link: '/psad/mes-dossiers',
      count: 3,
    });
    expect(await stream.next()).toBe(1);
    // Read in another tab: this one hears of it too.
    await t.gql(token, `mutation { markAllNotificationsRead }`);
    expect(await stream.next()).toBe(0);
    stream.close();
  });

  it('a browser signs in to it with the stream cookie, which the bearer token obtains and nothing else replaces', async () => {
    const token = await t.login('conseiller@demo.test');
    const session = await fetch(`${base}/api/notifications/stream-session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(session.status).toBe(204);
    const setCookie = session.headers.getSetCookie().find((c) => c.startsWith('maillage_stream='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/api\/notifications\/stream/i);
    const cookie = setCookie.split(';', 1)[0]!;
    const stream = await openStream({ cookie });
    expect(stream.status).toBe(200);
    expect(await stream.next()).toEqual(expect.any(Number));
    stream.close();
    // The cookie signs in nowhere else: GraphQL does not know it.
    const me = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { user { id } } }' }),
    });
    expect(((await me.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    // An access token put in the cookie is refused: another audience.
    const forged = await fetch(`${base}/api/notifications/stream`, {
      headers: { accept: 'text/event-stream', cookie: `maillage_stream=${token}` },
    });
    expect(forged.status).toBe(401);
    // Nor can the cookie be had without a session.
    expect((await fetch(`${base}/api/notifications/stream-session`, { method: 'POST' })).status).toBe(401);
  });

  it('is refused without a session', async () => {
    const res = await fetch(`${base}/api/notifications/stream`, { headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(401);
  });
});
