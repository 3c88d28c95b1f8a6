import { randomBytes, generateKeyPairSync } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type Problem, type TestApp } from '../../../test/harness.js';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { REFRESH_COOKIE } from './auth-routes.js';
import {
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_WAIT_SECONDS,
  ADDRESS_FAILURES,
  ADDRESS_WINDOW_MINUTES,
  ALERT_AFTER_FAILURES,
} from './auth.service.js';

let t: TestApp;
let adminToken: string;
beforeAll(async () => {
  t = await createTestApp();
  adminToken = await t.login('admin@demo.test');
});
afterAll(() => t.close());

/** Every test signs in from its own address, so that the per-address throttle of one does not leak into another. */
let nextAddress = 10;
const newAddress = () => `10.0.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

function login(email: string, password: string, address: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: address });
}

function refresh(cookie: string | undefined, address = '10.9.9.9') {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    remoteAddress: address,
    ...(cookie ? { cookies: { [REFRESH_COOKIE]: cookie } } : {}),
  });
}

const refreshCookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.find((c) => c.name === REFRESH_COOKIE);

async function meEmail(token: string): Promise<{ email?: string; code?: string }> {
  const res = await t.gql(token, '{ me { user { email } } }');
  return { email: res.data?.me?.user.email, code: res.errors?.[0]?.extensions.code };
}

async function userId(email: string): Promise<string> {
  const r = await t.database.db.execute<{ id: string }>(sql`select id from app_user where email = ${email}`);
  return r.rows[0]!.id;
}

async function userState(email: string) {
  const r = await t.gql(
    adminToken,
    'query($id: ID!) { user(id: $id) { id version failedLoginCount lastFailedLoginAt active } }',
    { id: await userId(email) },
  );
  expect(r.errors).toBeUndefined();
  return r.data.user;
}

/** The problem body without its request id, which differs from one response to the next. */
const problem = (res: LightMyRequestResponse) => {
  const { requestId: _id, ...rest } = res.json<Problem>();
  return rest;
};

describe('login', () => {
  it('returns an access token and sets an httpOnly, SameSite=Strict refresh cookie scoped to /api/auth', async () => {
    const res = await login('conseiller@demo.test', DEMO_PASSWORD, newAddress());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.email).toBe('conseiller@demo.test');
    expect(body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(JSON.parse(Buffer.from(body.accessToken.split('.')[0], 'base64url').toString())).toMatchObject({
      alg: 'EdDSA',
    });
    expect(new Date(body.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(new Date(body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    // The refresh token travels only in the cookie, never in the body.
    expect(JSON.stringify(body)).not.toContain(refreshCookieOf(res)!.value);
    expect(res.headers['cache-control']).toBe('no-store');

    const cookie = refreshCookieOf(res) as Record<string, unknown>;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    expect(String(cookie.value).length).toBeGreaterThanOrEqual(40);
    // Stored hashed: the token itself is nowhere in the database.
    const stored = await t.database.db.execute(
      sql`select count(*)::int as n from refresh_token where token_hash = ${String(cookie.value)}`,
    );
    expect(stored.rows[0]).toEqual({ n: 0 });

    expect(await meEmail(body.accessToken)).toEqual({ email: 'conseiller@demo.test', code: undefined });
  });

  it('gives the same status and message for a wrong password and for an unknown e-mail', async () => {
    const address = newAddress();
    const wrongPassword = await login('referent@demo.test', 'not-the-password', address);
    const unknownEmail = await login('nobody@demo.test', DEMO_PASSWORD, address);
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(wrongPassword.statusCode);
    expect(problem(unknownEmail)).toEqual(problem(wrongPassword));
    expect(problem(wrongPassword).code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(problem(wrongPassword))).not.toMatch(/referent|nobody/);
    expect(refreshCookieOf(wrongPassword)).toBeUndefined();
  });

  it('locks no account: 20 wrong passwords from one address leave its user signing in from another', async () => {
    const attacker = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await login('lecteur@demo.test', `wrong-${i}`, attacker)).statusCode);
    expect(statuses.slice(0, ACCOUNT_FREE_FAILURES)).toEqual(Array(ACCOUNT_FREE_FAILURES).fill(401));
    // Then the attacker's address waits before each try (1 s, 2 s, 4 s…), refused before its password is
    // even checked: only the tries made once a wait is over are checked, and fail.
    expect(statuses[ACCOUNT_FREE_FAILURES]).toBe(429);
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeLessThan(ACCOUNT_FREE_FAILURES + 4);
    expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true);
    expect((await userState('lecteur@demo.test')).failedLoginCount).toBe(checked);
    // The user, from their own address, is not held back.
    expect((await login('lecteur@demo.test', DEMO_PASSWORD, newAddress())).statusCode).toBe(200);
    // Nor is an administrator.
    for (let i = 0; i < 20; i++) await login('admin@demo.test', `wrong-${i}`, attacker);
    expect((await login('admin@demo.test', DEMO_PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('makes an address wait before each try on an account it failed on, twice as long each time, up to 15 minutes', async () => {
    const address = newAddress();
    /** The time passes: the address's wait on the account is over. */
    const waitIsOver = () =>
      t.database.db.execute(
        sql`update login_throttle set blocked_until = now() - interval '1 second' where address = ${address} and account <> ''`,
      );
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++)
      expect((await login('social@demo.test', `wrong-${i}`, address)).statusCode).toBe(401);
    // Even the right password is refused while the address waits: it is not checked.
    const waiting = await login('social@demo.test', DEMO_PASSWORD, address);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('1');
    expect(problem(waiting)).toMatchObject({
      code: 'RATE_LIMITED',
      detail: "Trop d'échecs de connexion à ce compte depuis cette adresse : réessayez dans 1 seconde.",
    });
    expect(refreshCookieOf(waiting)).toBeUndefined();

    const waits: number[] = [];
    for (let i = 0; i < 11; i++) {
      await waitIsOver();
      expect((await login('social@demo.test', `again-${i}`, address)).statusCode).toBe(401);
      const refused = await login('social@demo.test', `again-${i}`, address);
      expect(refused.statusCode).toBe(429);
      waits.push(Number(refused.headers['retry-after']));
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, ACCOUNT_MAX_WAIT_SECONDS, ACCOUNT_MAX_WAIT_SECONDS]);
    expect(problem(await login('social@demo.test', DEMO_PASSWORD, address)).detail).toMatch(
      /réessayez dans 15 minutes\.$/,
    );

    // Once the wait is over, the right password signs in, and the address's count starts again.
    await waitIsOver();
    expect((await login('social@demo.test', DEMO_PASSWORD, address)).statusCode).toBe(200);
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++)
      expect((await login('social@demo.test', `later-${i}`, address)).statusCode).toBe(401);
    expect((await login('social@demo.test', DEMO_PASSWORD, address)).statusCode).toBe(429);
    // A day without a failure and the run is forgotten.
    await t.database.db.execute(
      sql`update login_throttle set last_failure_at = now() - interval '25 hours' where address = ${address} and account <> ''`,
    );
    expect((await login('social@demo.test', DEMO_PASSWORD, address)).statusCode).toBe(200);
  });

  it('makes an unknown e-mail wait as an account does, with the same answer (no way to tell which exists)', async () => {
    const address = newAddress();
    for (const email of ['personne@demo.test', 'referent@demo.test'])
      for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) await login(email, `wrong-${i}`, address);
    const unknown = await login('personne@demo.test', 'wrong', address);
    const known = await login('referent@demo.test', 'wrong', address);
    expect(unknown.statusCode).toBe(429);
    expect(problem(unknown)).toEqual(problem(known));
    expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
    // Stored as a hash: the e-mail typed is nowhere in the throttle.
    const rows = await t.database.db.execute(sql`select * from login_throttle where address = ${address}`);
    expect(rows.rows).toHaveLength(3);
    expect(JSON.stringify(rows.rows)).not.toMatch(/personne|referent|demo\.test/);
  });

  it(`alerts the administrators (audit log) at ${ALERT_AFTER_FAILURES} failures in a row on an account, then 20, 40…`, async () => {
    const alerts = async () =>
      (
        await t.database.db.execute<{ details: unknown; outcome: string }>(
          sql`select details, outcome from audit_event where action = 'auth.repeated_failures' and subject_type = 'user' and subject_id = ${await userId('caf@demo.test')} order by id`,
        )
      ).rows;
    let tries = 0;
    const failFromNewAddresses = async (count: number) => {
      for (let i = 0; i < count; i += ACCOUNT_FREE_FAILURES) {
        const address = newAddress();
        for (let j = 0; j < ACCOUNT_FREE_FAILURES && i + j < count; j++)
          expect((await login('caf@demo.test', `wrong-${tries++}`, address)).statusCode).toBe(401);
      }
    };
    await failFromNewAddresses(ALERT_AFTER_FAILURES - 1);
    expect(await alerts()).toEqual([]);
    await failFromNewAddresses(1);
    expect(await alerts()).toEqual([{ details: { failures: ALERT_AFTER_FAILURES }, outcome: 'SUCCESS' }]);
    await failFromNewAddresses(ALERT_AFTER_FAILURES);
    expect((await alerts()).map((a) => a.details)).toEqual([{ failures: 10 }, { failures: 20 }]);
    // The administrator sees it on the account too.
    const state = await userState('caf@demo.test');
    expect(state.failedLoginCount).toBe(2 * ALERT_AFTER_FAILURES);
    expect(Date.now() - new Date(state.lastFailedLoginAt!).getTime()).toBeLessThan(60_000);
    // A successful sign-in starts the count again.
    expect((await login('caf@demo.test', DEMO_PASSWORD, newAddress())).statusCode).toBe(200);
    expect((await userState('caf@demo.test')).failedLoginCount).toBe(0);
  });

  it('tells the user, at their next sign-in, of the failures on their account since the last one', async () => {
    const address = newAddress();
    for (let i = 0; i < 3; i++) await login('referent.vierzon@demo.test', `wrong-${i}`, address);
    const first = await login('referent.vierzon@demo.test', DEMO_PASSWORD, newAddress());
    expect(first.statusCode).toBe(200);
    expect(first.json().failedLogins).toMatchObject({ count: 3, lastAt: expect.any(String) });
    expect(Date.now() - new Date(first.json().failedLogins.lastAt).getTime()).toBeLessThan(60_000);
    // Said once: the next sign-in has nothing to tell, nor has a refresh.
    const next = await login('referent.vierzon@demo.test', DEMO_PASSWORD, newAddress());
    expect(next.json().failedLogins).toMatchObject({ count: 0 });
    expect((await refresh(refreshCookieOf(next)!.value)).json()).not.toHaveProperty('failedLogins');
  });

  it('lets an administrator lift the waits of an account, from every address, and start its count again', async () => {
    const [a, b] = [newAddress(), newAddress()];
    for (const address of [a, b])
      for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) await login('porteur@demo.test', `wrong-${i}`, address);
    expect((await login('porteur@demo.test', DEMO_PASSWORD, a)).statusCode).toBe(429);
    const before = await userState('porteur@demo.test');
    expect(before.failedLoginCount).toBe(2 * ACCOUNT_FREE_FAILURES);

    const lifted = await t.gql(
      adminToken,
      'mutation($id: ID!, $v: Int!) { unlockUser(id: $id, version: $v) { failedLoginCount version } }',
      { id: before.id, v: before.version },
    );
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data.unlockUser).toEqual({ failedLoginCount: 0, version: before.version + 1 });
    expect((await login('porteur@demo.test', DEMO_PASSWORD, a)).statusCode).toBe(200);
    // At b too, and its count started again: a failure there makes it wait no more.
    expect((await login('porteur@demo.test', 'wrong-again', b)).statusCode).toBe(401);
    expect((await login('porteur@demo.test', DEMO_PASSWORD, b)).statusCode).toBe(200);
  });

  it('counts failures in a row only: a successful login starts the count again', async () => {
    const address = newAddress();
    for (let i = 0; i < ACCOUNT_FREE_FAILURES - 1; i++) await login('porteur@demo.test', `wrong-${i}`, address);
    expect((await login('porteur@demo.test', DEMO_PASSWORD, address)).statusCode).toBe(200);
    for (let i = 0; i < ACCOUNT_FREE_FAILURES - 1; i++) await login('porteur@demo.test', `wrong-${i}`, address);
    expect((await login('porteur@demo.test', DEMO_PASSWORD, address)).statusCode).toBe(200);
  });

  it('refuses an inactive user with the same answer as a wrong password, and ends their sessions', async () => {
    const address = newAddress();
    const session = await login('caf@demo.test', DEMO_PASSWORD, address);
    const token = session.json().accessToken as string;
    const before = await userState('caf@demo.test');
    const off = await t.gql(
      adminToken,
      'mutation($id: ID!, $v: Int!) { setUserActive(id: $id, version: $v, active: false) { active } }',
      {
        id: before.id,
        v: before.version,
      },
    );
    expect(off.errors).toBeUndefined();

    const refused = await login('caf@demo.test', DEMO_PASSWORD, address);
    expect(refused.statusCode).toBe(401);
    expect(problem(refused)).toEqual(problem(await login('caf@demo.test', 'wrong-password', address)));
    expect((await meEmail(token)).code).toBe('UNAUTHENTICATED');
    expect((await refresh(refreshCookieOf(session)!.value)).statusCode).toBe(401);

    const after = await userState('caf@demo.test');
    await t.gql(
      adminToken,
      'mutation($id: ID!, $v: Int!) { setUserActive(id: $id, version: $v, active: true) { active } }',
      { id: after.id, v: after.version },
    );
    expect((await login('caf@demo.test', DEMO_PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it(`makes an address wait (429 RATE_LIMITED) after ${ADDRESS_FAILURES} failures, whatever the accounts tried`, async () => {
    const address = newAddress();
    for (let i = 0; i < ADDRESS_FAILURES; i++) {
      expect((await login(`guess-${i}@demo.test`, 'whatever-password', address)).statusCode).toBe(401);
    }
    const throttled = await login('referent@demo.test', DEMO_PASSWORD, address);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().code).toBe('RATE_LIMITED');
    // Until the end of the window.
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(ADDRESS_WINDOW_MINUTES * 60 - 60);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(ADDRESS_WINDOW_MINUTES * 60);
    expect(refreshCookieOf(throttled)).toBeUndefined();
    // Another address is not affected.
    expect((await login('referent@demo.test', DEMO_PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('limits the rate of login requests per address even when they succeed', async () => {
    const address = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      // A malformed body costs no password hashing: only the rate limit is at work.
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: '', password: '' },
        remoteAddress: address,
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json().code).toBe('RATE_LIMITED');
        break;
      }
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 400)).toBe(true);
  });
});

describe('refresh and logout', () => {
  it('rotates the refresh cookie at every use, and a new access token comes with it', async () => {
    const first = await login('referent@demo.test', DEMO_PASSWORD, newAddress());
    const a = refreshCookieOf(first)!.value;
    const second = await refresh(a);
    expect(second.statusCode).toBe(200);
    const b = refreshCookieOf(second)!;
    expect(b).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    expect(b.value).not.toBe(a);
    expect(await meEmail(second.json().accessToken)).toEqual({ email: 'referent@demo.test', code: undefined });
    const third = await refresh(b.value);
    expect(third.statusCode).toBe(200);
    expect(refreshCookieOf(third)!.value).not.toBe(b.value);
  });

  it('a password reset by an admin ends the sessions opened with the old password', async () => {
    const session = await login('social@demo.test', DEMO_PASSWORD, newAddress());
    const before = await userState('social@demo.test');
    const reset = await t.gql(
      adminToken,
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { version } }',
      {
        input: { id: before.id, version: before.version, password: 'un-mot-de-passe-provisoire' },
      },
    );
    expect(reset.errors).toBeUndefined();
    expect((await refresh(refreshCookieOf(session)!.value)).statusCode).toBe(401);
    expect((await login('social@demo.test', DEMO_PASSWORD, newAddress())).statusCode).toBe(401);
    expect((await login('social@demo.test', 'un-mot-de-passe-provisoire', newAddress())).statusCode).toBe(200);
  });

  it('refuses a refresh without a cookie or with an unknown one', async () => {
    expect((await refresh(undefined)).json().code).toBe('UNAUTHENTICATED');
    expect((await refresh(randomBytes(32).toString('base64url'))).statusCode).toBe(401);
  });

  it('treats a spent refresh token as stolen: refused, and the newest token of its family stops working too', async () => {
    const first = await login('conseiller@demo.test', DEMO_PASSWORD, newAddress());
    const spent = refreshCookieOf(first)!.value;
    const rotated = await refresh(spent);
    expect(rotated.statusCode).toBe(200);
    const newest = refreshCookieOf(rotated)!.value;

    // Another session of the same user, a different family, is not touched.
    const other = refreshCookieOf(await login('conseiller@demo.test', DEMO_PASSWORD, newAddress()))!.value;

    const reuse = await refresh(spent);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().code).toBe('UNAUTHENTICATED');
    expect(refreshCookieOf(reuse)).toBeUndefined();
    expect((await refresh(newest)).statusCode).toBe(401);
    expect((await refresh(other)).statusCode).toBe(200);

    const events = await t.database.db.execute<{ outcome: string; subject_id: string }>(
      sql`select outcome, subject_id from audit_event where action = 'auth.refresh_reuse'`,
    );
    expect(events.rows).toContainEqual({ outcome: 'DENIED', subject_id: await userId('conseiller@demo.test') });
  });

  it('logout revokes the session and clears the cookie', async () => {
    const session = await login('porteur@demo.test', DEMO_PASSWORD, newAddress());
    const cookie = refreshCookieOf(session)!.value;
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { [REFRESH_COOKIE]: cookie } });
    expect(out.statusCode).toBe(204);
    const cleared = refreshCookieOf(out)!;
    expect(cleared.value).toBe('');
    expect(new Date((cleared as { expires?: Date }).expires!).getTime()).toBeLessThanOrEqual(Date.now());
    expect((await refresh(cookie)).statusCode).toBe(401);
  });
});

describe('access tokens', () => {
  const settings = () => t.app.services.tokens;
  const now = () => Math.floor(Date.now() / 1000);

  async function signed(
    overrides: { iss?: string; aud?: string; exp?: number; iat?: number; typ?: string; sid?: string } = {},
    key = t.app.services.keys.privateKey,
  ) {
    const iat = overrides.iat ?? now();
    return new SignJWT({ sid: overrides.sid ?? (await adminSession()) })
      .setProtectedHeader({ alg: 'EdDSA', typ: overrides.typ ?? 'at+jwt' })
      .setSubject(await userId('admin@demo.test'))
      .setIssuer(overrides.iss ?? settings().issuer)
      .setAudience(overrides.aud ?? settings().audience)
      .setIssuedAt(iat)
      .setExpirationTime(overrides.exp ?? iat + 600)
      .sign(key);
  }

  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

  /** A live session of the admin's (the tokens below are forged for it). */
  let session: string | undefined;
  async function adminSession(): Promise<string> {
    if (session) return session;
    await t.login('admin@demo.test');
    const { rows } = await t.database.db.execute<{ id: string }>(
      sql`select s.id from user_session s join app_user u on u.id = s.user_id
           where u.email = 'admin@demo.test' and s.revoked_at is null order by s.created_at desc limit 1`,
    );
    return (session = rows[0]!.id);
  }

  it("refuses a token without a session, of a session that is not its user's, and of a revoked session", async () => {
    const token = await t.login('referent@demo.test');
    const { rows } = await t.database.db.execute<{ id: string }>(
      sql`select s.id from user_session s join app_user u on u.id = s.user_id
           where u.email = 'referent@demo.test' and s.revoked_at is null order by s.created_at desc limit 1`,
    );
    const referentSession = rows[0]!.id;
    const withoutSid = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt' })
      .setSubject(await userId('admin@demo.test'))
      .setIssuer(settings().issuer)
      .setAudience(settings().audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(t.app.services.keys.privateKey);
    expect((await meEmail(withoutSid)).code).toBe('UNAUTHENTICATED');
    expect((await meEmail(await signed({ sid: referentSession }))).code).toBe('UNAUTHENTICATED');
    expect((await meEmail(token)).email).toBe('referent@demo.test');
    await t.database.db.execute(sql`update user_session set revoked_at = now() where id = ${referentSession}::uuid`);
    expect((await meEmail(token)).code).toBe('UNAUTHENTICATED');
  });

  async function claims() {
    return {
      sid: await adminSession(),
      sub: await userId('admin@demo.test'),
      iss: settings().issuer,
      aud: settings().audience,
      iat: now(),
      exp: now() + 600,
    };
  }

  it('accepts a token signed with the server key and the expected claims (the control for the refusals below)', async () => {
    expect(await meEmail(await signed())).toEqual({ email: 'admin@demo.test', code: undefined });
  });

  it('refuses a token whose algorithm is not on the allow-list: HS256 keyed with the public key, and alg "none"', async () => {
    const { createHmac } = await import('node:crypto');
    const publicPem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
    const { exportSPKI } = await import('jose');
    const serverPublicPem = await exportSPKI(t.app.services.keys.publicKey);
    for (const secret of [serverPublicPem, String(publicPem)]) {
      const input = `${b64({ alg: 'HS256', typ: 'at+jwt' })}.${b64(await claims())}`;
      const hs256 = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
      expect((await meEmail(hs256)).code).toBe('UNAUTHENTICATED');
    }
    const none = `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64(await claims())}.`;
    expect((await meEmail(none)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another key of the same algorithm', async () => {
    const other = await generateKeyPair('EdDSA');
    expect((await meEmail(await signed({}, other.privateKey))).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong audience, a wrong issuer, a wrong type, and an expired token', async () => {
    expect((await meEmail(await signed({ aud: 'another-api' }))).code).toBe('UNAUTHENTICATED');
    expect((await meEmail(await signed({ iss: 'someone-else' }))).code).toBe('UNAUTHENTICATED');
    expect((await meEmail(await signed({ typ: 'JWT' }))).code).toBe('UNAUTHENTICATED');
    expect((await meEmail(await signed({ iat: now() - 3600, exp: now() - 60 }))).code).toBe('UNAUTHENTICATED');
    expect((await meEmail('not-a-token')).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token it accepted before, once that token has expired (verified tokens are remembered until exp only)', async () => {
    const token = await signed({ exp: now() + 30 });
    expect((await meEmail(token)).email).toBe('admin@demo.test');
    expect((await meEmail(token)).email).toBe('admin@demo.test');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31_000);
      expect((await meEmail(token)).code).toBe('UNAUTHENTICATED');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('audit of sign-ins', () => {
  it('records logins and failed logins with a request id, and never the e-mail or the password', async () => {
    const address = newAddress();
    const secretPassword = `pw-${randomBytes(6).toString('hex')}`;
    const unknown = `unknown-${randomBytes(4).toString('hex')}@demo.test`;
    const failed = await login('referent@demo.test', secretPassword, address);
    const failedUnknown = await login(unknown, secretPassword, address);
    expect((await login('referent@demo.test', DEMO_PASSWORD, address)).statusCode).toBe(200);
    const referent = await userId('referent@demo.test');

    const rows = await t.database.db.execute<{
      actor_id: string | null;
      outcome: string;
      subject_id: string | null;
      request_id: string;
      details: unknown;
    }>(
      sql`select actor_id, outcome, subject_id, request_id, details from audit_event where action = 'auth.login' and request_id in (${failed.json().requestId}, ${failedUnknown.json().requestId})`,
    );
    expect(rows.rows).toContainEqual(
      expect.objectContaining({ outcome: 'FAILURE', subject_id: referent, request_id: failed.json().requestId }),
    );
    expect(rows.rows).toContainEqual(
      expect.objectContaining({ outcome: 'FAILURE', subject_id: null, request_id: failedUnknown.json().requestId }),
    );

    const success = await t.database.db.execute<{ actor_id: string; request_id: string | null }>(
      sql`select actor_id, request_id from audit_event where action = 'auth.login' and outcome = 'SUCCESS' and actor_id = ${referent} order by id desc limit 1`,
    );
    expect(success.rows[0]!.request_id).toMatch(/^[0-9a-f-]{36}$/);

    const all = await t.database.db.execute(sql`select * from audit_event`);
    const text = JSON.stringify(all.rows);
    for (const secret of [secretPassword, unknown, 'referent@demo.test', DEMO_PASSWORD, 'demo.test'])
      expect(text).not.toContain(secret);
  });
});
