import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { REFRESH_COOKIE } from './auth-routes.js';
import { describeUserAgent } from './sessions.service.js';
import { addressPrefix } from './sign-in/sessions.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off' });
});
afterAll(() => t.close());

async function signIn(email: string, userAgent: string, address: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
    headers: { 'user-agent': userAgent },
    remoteAddress: address,
  });
  expect(res.statusCode).toBe(200);
  return {
    token: res.json<{ accessToken: string }>().accessToken,
    cookie: res.cookies.find((c) => c.name === REFRESH_COOKIE)!.value,
  };
}

const MY_SESSIONS =
  '{ mySessions { id createdAt lastUsedAt device browser addressPrefix method secondFactor current } }';
type Listed = {
  id: string;
  device: string | null;
  browser: string | null;
  addressPrefix: string | null;
  current: boolean;
};

describe('« Mes sessions »', () => {
  it('lists the user’s open sessions with their device, browser and approximate place, this one marked; never another user’s', async () => {
    const laptop = await signIn('conseiller@demo.test', FIREFOX, '192.0.2.34');
    const phone = await signIn('conseiller@demo.test', IPHONE, '2001:db8:1234:5678::1');
    await signIn('referent@demo.test', FIREFOX, '192.0.2.35');
    const res = await t.gql<{ mySessions: Listed[] }>(laptop.token, MY_SESSIONS);
    expect(res.errors).toBeUndefined();
    const sessions = res.data!.mySessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)).toMatchObject({
      device: 'Ordinateur',
      browser: 'Firefox 133 sur Linux',
      addressPrefix: '192.0.2.0/24',
      method: 'PASSWORD',
      secondFactor: false,
    });
    expect(sessions.find((s) => !s.current)).toMatchObject({
      device: 'Mobile',
      browser: 'Safari 17 sur iOS',
      addressPrefix: '2001:db8:1234::/48',
    });
    // From the phone, the phone is the current one.
    const fromPhone = await t.gql<{ mySessions: Listed[] }>(phone.token, MY_SESSIONS);
    expect(fromPhone.data!.mySessions.find((s) => s.current)!.browser).toBe('Safari 17 sur iOS');
  });

  it('ends another of the user’s sessions: its access token is refused at once, its refresh cookie too; another user’s session cannot be ended', async () => {
    const laptop = await signIn('psyen@demo.test', FIREFOX, '192.0.2.40');
    const phone = await signIn('psyen@demo.test', IPHONE, '192.0.2.41');
    const other = await signIn('social@demo.test', FIREFOX, '192.0.2.42');
    const listed = (await t.gql<{ mySessions: Listed[] }>(laptop.token, MY_SESSIONS)).data!.mySessions;
    const phoneId = listed.find((s) => !s.current)!.id;
    const otherId = (await t.gql<{ mySessions: Listed[] }>(other.token, MY_SESSIONS)).data!.mySessions[0]!.id;

    const foreign = await t.gql(laptop.token, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: otherId });
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(other.token, '{ me { user { email } } }')).errors).toBeUndefined();

    const ended = await t.gql(laptop.token, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: phoneId });
    expect(ended.data).toEqual({ revokeSession: true });
    expect((await t.gql(phone.token, '{ me { user { email } } }')).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      cookies: { [REFRESH_COOKIE]: phone.cookie },
    });
    expect(refreshed.statusCode).toBe(401);
    expect((await t.gql(laptop.token, '{ me { user { email } } }')).errors).toBeUndefined();
    const [audit] = (
      await t.database.db.execute<{ action: string; details: unknown }>(
        sql`select action, details from audit_event where action = 'user.session_revoke' order by id desc limit 1`,
      )
    ).rows;
    expect(audit).toMatchObject({ details: { session: phoneId } });
  });

  it('signing out ends the session: its access token is refused at once, not when it expires', async () => {
    const session = await signIn('ienio@demo.test', FIREFOX, '192.0.2.50');
    expect((await t.gql(session.token, '{ me { user { email } } }')).errors).toBeUndefined();
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { [REFRESH_COOKIE]: session.cookie },
    });
    expect(out.statusCode).toBe(204);
    expect((await t.gql(session.token, '{ me { user { email } } }')).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a refresh token used twice ends its session, access tokens included', async () => {
    const session = await signIn('coordination@demo.test', FIREFOX, '192.0.2.60');
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      cookies: { [REFRESH_COOKIE]: session.cookie },
    });
    expect(first.statusCode).toBe(200);
    const fresh = first.json<{ accessToken: string }>().accessToken;
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      cookies: { [REFRESH_COOKIE]: session.cookie },
    });
    expect(replay.statusCode).toBe(401);
    expect((await t.gql(fresh, '{ me { user { email } } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('changing one’s password ends every other session of one’s own, and keeps this one', async () => {
    const here = await signIn('hopital@demo.test', FIREFOX, '192.0.2.70');
    const elsewhere = await signIn('hopital@demo.test', IPHONE, '192.0.2.71');
    const changed = await t.gql(
      here.token,
      'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }',
      { c: DEMO_PASSWORD, n: 'un-tout-nouveau-mot-de-passe' },
    );
    expect(changed.errors).toBeUndefined();
    expect((await t.gql(elsewhere.token, '{ me { user { email } } }')).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await t.gql(here.token, '{ me { user { email } } }')).errors).toBeUndefined();
  });
});

describe('what a session shows of where and how', () => {
  it('keeps a /24 of IPv4, a /48 of IPv6, never the whole address', () => {
    expect(addressPrefix('203.0.113.77')).toBe('203.0.113.0/24');
    expect(addressPrefix('::ffff:203.0.113.77')).toBe('203.0.113.0/24');
    expect(addressPrefix('2001:0db8:0a0b:12f0::1')).toBe('2001:db8:a0b::/48');
    expect(addressPrefix('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(addressPrefix('not an address')).toBeNull();
  });

  it('names the device and browser a person recognises', () => {
    expect(describeUserAgent(null)).toEqual({ device: null, browser: null });
    expect(describeUserAgent(IPHONE)).toEqual({ device: 'Mobile', browser: 'Safari 17 sur iOS' });
  });
});

describe('the sign-in sweep', () => {
  it('removes sign-ins left half-way and sessions ended a month ago, and keeps the rest', async () => {
    const db = t.database.db;
    const [user] = (await db.execute<{ id: string }>(sql`select id from app_user where email = 'lecteur@demo.test'`))
      .rows;
    await db.execute(sql`insert into user_session (id, user_id, created_at, revoked_at, revoked_reason)
      values ('00000000-0000-4000-8000-0000000000a1', ${user!.id}, now() - interval '60 days', now() - interval '40 days', 'LOGOUT'),
             ('00000000-0000-4000-8000-0000000000a2', ${user!.id}, now() - interval '60 days', now() - interval '3 days', 'LOGOUT')`);
    await db.execute(sql`insert into refresh_token (family_id, user_id, token_hash, expires_at)
      values ('00000000-0000-4000-8000-0000000000a1', ${user!.id}, 'sweep-test', now() - interval '39 days')`);
    await db.execute(sql`insert into sign_in_attempt (token_hash, user_id, stage, method, expires_at)
      values ('sweep-old', ${user!.id}, 'SECOND_FACTOR', 'PASSWORD', now() - interval '2 hours'),
             ('sweep-new', ${user!.id}, 'SECOND_FACTOR', 'PASSWORD', now() + interval '5 minutes')`);
    expect(t.app.services.jobs.names()).toContain('sign-in-sweep');
    expect(await t.app.services.jobs.drain(['sign-in-sweep'])).toBeGreaterThanOrEqual(1);
    const left = async (q: ReturnType<typeof sql>) => (await db.execute<{ n: number }>(q)).rows[0]!.n;
    expect(
      await left(sql`select count(*)::int as n from user_session where id = '00000000-0000-4000-8000-0000000000a1'`),
    ).toBe(0);
    expect(
      await left(sql`select count(*)::int as n from user_session where id = '00000000-0000-4000-8000-0000000000a2'`),
    ).toBe(1);
    expect(await left(sql`select count(*)::int as n from sign_in_attempt where token_hash like 'sweep-%'`)).toBe(1);
  });
});
