import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { createTestApp, type Problem, type TestApp } from '../../../../test/harness.js';
import { SoftwareAuthenticator } from '../../../../test/software-authenticator.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { sha256 } from '../../../core/auth/tokens.js';
import { ATTEMPT_COOKIE } from '../sign-in/reply.js';
import { totpCode } from './totp.js';

let t: TestApp;
beforeAll(async () => {
  // Admins must sign in with a second factor (the default, which the other test files turn off), and CAF
  // officers too here, for a second user who enrols at sign-in.
  t = await createTestApp({ SECOND_FACTOR_ROLES: 'ADMIN,CAF_OFFICER' });
});
afterAll(() => t.close());

const ORIGIN = 'http://localhost:3000';

/** Every sign-in from its own address: the per-address throttles of one test stay out of another's. */
let nextAddress = 10;
const newAddress = () => `10.21.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

/** A browser: its address and its sign-in cookie, carried from one step to the next. */
class Browser {
  readonly address = newAddress();
  attempt: string | undefined;

  private keep(res: LightMyRequestResponse) {
    const cookie = res.cookies.find((c) => c.name === ATTEMPT_COOKIE);
    if (cookie) this.attempt = cookie.value || undefined;
    return res;
  }

  async login(email: string, password = DEMO_PASSWORD) {
    return this.keep(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password },
        remoteAddress: this.address,
      }),
    );
  }

  async post(url: string, payload?: unknown) {
    return this.keep(
      await t.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.address,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
        ...(this.attempt ? { cookies: { [ATTEMPT_COOKIE]: this.attempt } } : {}),
      }),
    );
  }
}

/** A call of the signed-in user's account routes. */
function account(token: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

const problem = (res: LightMyRequestResponse) => res.json<Problem>();

async function meOf(token: string): Promise<string | undefined> {
  const res = await t.gql(token, '{ me { user { email } } }');
  return res.data?.me?.user.email;
}

async function auditOf(action: string, userId: string) {
  const r = await t.database.db.execute<{
    outcome: string;
    details: Record<string, unknown> | null;
    actor_id: string | null;
  }>(
    sql`select outcome, details, actor_id from audit_event where action = ${action} and subject_id = ${userId} order by occurred_at, id`,
  );
  return r.rows;
}

async function userIdOf(email: string): Promise<string> {
  const r = await t.database.db.execute<{ id: string }>(sql`select id from app_user where email = ${email}`);
  return r.rows[0]!.id;
}

/** Signs in a user who holds no factor and needs none: the access token. */
async function signedIn(email: string): Promise<string> {
  const res = await new Browser().login(email);
  expect(res.json()).toMatchObject({ status: 'SIGNED_IN' });
  return res.json<{ accessToken: string }>().accessToken;
}

/** Adds an authenticator app from the account page: its secret, and the recovery codes if it came with any. */
async function addTotp(token: string): Promise<{ secret: string; recoveryCodes?: string[] }> {
  const options = await account(token, 'POST', '/api/account/factors/totp/options');
  expect(options.statusCode).toBe(200);
  const { secret } = options.json<{ secret: string }>();
  const res = await account(token, 'POST', '/api/account/factors/totp', { code: totpCode(secret) });
  expect(res.statusCode, res.body).toBe(200);
  return { secret, ...res.json<{ recoveryCodes?: string[] }>() };
}

/** Adds a passkey from the account page, made by a software authenticator. */
async function addPasskey(token: string, name?: string) {
  const key = new SoftwareAuthenticator({ origin: ORIGIN });
  const options = await account(token, 'POST', '/api/account/factors/passkeys/options');
  expect(options.statusCode).toBe(200);
  const res = await account(token, 'POST', '/api/account/factors/passkeys', {
    response: key.register(options.json<PublicKeyCredentialCreationOptionsJSON>()),
    ...(name ? { name } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return { key, ...res.json<{ id: string; recoveryCodes?: string[] }>() };
}

describe('an administrator without a second factor', () => {
  let secret: string;
  let recoveryCodes: string[];
  let token: string;

  it('is asked to enrol one after the password, and reaches nothing before', async () => {
    const browser = new Browser();
    const res = await browser.login('admin@demo.test');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ENROL', methods: expect.arrayContaining(['TOTP', 'PASSKEY']) });
    expect(res.cookies.find((c) => c.name === 'maillage_refresh')).toBeUndefined();
    expect(browser.attempt).toBeTruthy();
    // The second-factor routes of a user who has none are not open to an enrolment attempt.
    const wrongStage = await browser.post('/api/auth/second-factor/totp', { code: '123456' });
    expect(wrongStage.statusCode).toBe(401);
  });

  it('enrols an authenticator app: a wrong first code is refused, the right one signs in with recovery codes', async () => {
    const browser = new Browser();
    await browser.login('admin@demo.test');
    const options = await browser.post('/api/auth/enrol/totp/options');
    expect(options.statusCode).toBe(200);
    expect(options.headers['cache-control']).toBe('no-store');
    const setup = options.json<{ secret: string; uri: string; qrCode: string }>();
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Maillage:admin%40demo\.test\?/);
    expect(setup.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    secret = setup.secret;

    const wrongCode = totpCode(secret, Date.now() - 120_000);
    const wrong = await browser.post('/api/auth/enrol/totp', { code: wrongCode });
    expect(wrong.statusCode).toBe(400);
    expect(problem(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'code' }] });
    const malformed = await browser.post('/api/auth/enrol/totp', { code: '12ab' });
    expect(problem(malformed)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'code', message: 'un code à 6 chiffres' }],
    });

    const goodCode = totpCode(secret);
    const res = await browser.post('/api/auth/enrol/totp', { code: goodCode });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ status: string; accessToken: string; recoveryCodes: string[] }>();
    expect(body.status).toBe('SIGNED_IN');
    expect(body.recoveryCodes).toHaveLength(10);
    for (const c of body.recoveryCodes) expect(c).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
    recoveryCodes = body.recoveryCodes;
    token = body.accessToken;
    expect(await meOf(token)).toBe('admin@demo.test');
    // The attempt is over: its cookie is cleared, and it cannot be used again.
    expect(res.cookies.find((c) => c.name === ATTEMPT_COOKIE)?.value).toBe('');

    // Stored: the secret (an app needs it), the codes only hashed.
    const adminId = await userIdOf('admin@demo.test');
    const codes = await t.database.db.execute<{ code_hash: string }>(
      sql`select code_hash from recovery_code where user_id = ${adminId}::uuid`,
    );
    expect(codes.rows).toHaveLength(10);
    expect(JSON.stringify(codes.rows)).not.toContain(recoveryCodes[0]!.replaceAll('-', ''));
    expect(await auditOf('user.factor_add', adminId)).toEqual([
      expect.objectContaining({ outcome: 'SUCCESS', details: { factor: 'TOTP', atSignIn: true } }),
    ]);
    const steps = await auditOf('auth.second_factor', adminId);
    expect(steps.map((s) => s.outcome)).toEqual(['FAILURE', 'SUCCESS']);
    // Neither the secret nor a code is in the audit log.
    for (const secretOrCode of [secret, wrongCode, goodCode]) expect(JSON.stringify(steps)).not.toContain(secretOrCode);
  });

  it('then is asked for the app, or a recovery code; a code is accepted once', async () => {
    const browser = new Browser();
    const first = await browser.login('admin@demo.test');
    expect(first.json()).toEqual({ status: 'SECOND_FACTOR', methods: ['TOTP', 'RECOVERY_CODE'] });
    // The code of the step the enrolment used is spent; the next step's is accepted (one step of drift).
    const spent = await browser.post('/api/auth/second-factor/totp', { code: totpCode(secret) });
    expect(spent.statusCode).toBe(400);
    const next = totpCode(secret, Date.now() + 30_000);
    const res = await browser.post('/api/auth/second-factor/totp', { code: next.replace(/(\d{3})/, '$1 ') });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SIGNED_IN', user: { email: 'admin@demo.test' } });
    expect(res.json()).not.toHaveProperty('recoveryCodes');
    expect(await meOf(res.json<{ accessToken: string }>().accessToken)).toBe('admin@demo.test');

    // The same code, replayed on another sign-in: refused.
    const again = new Browser();
    await again.login('admin@demo.test');
    const replayed = await again.post('/api/auth/second-factor/totp', { code: next });
    expect(replayed.statusCode).toBe(400);
    const adminId = await userIdOf('admin@demo.test');
    const failures = (await auditOf('auth.second_factor', adminId)).filter((e) => e.outcome === 'FAILURE');
    expect(failures.at(-1)?.details).toMatchObject({ factor: 'TOTP', reason: 'replayed' });
  });

  it('signs in with a recovery code, typed however; that code never works again', async () => {
    const browser = new Browser();
    await browser.login('admin@demo.test');
    const res = await browser.post('/api/auth/second-factor/recovery-code', {
      code: ` ${recoveryCodes[0]!.toUpperCase()} `,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SIGNED_IN' });

    const again = new Browser();
    await again.login('admin@demo.test');
    const reused = await again.post('/api/auth/second-factor/recovery-code', { code: recoveryCodes[0] });
    expect(reused.statusCode).toBe(400);
    expect(problem(reused)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'code' }] });
    const other = await again.post('/api/auth/second-factor/recovery-code', { code: recoveryCodes[1] });
    expect(other.json()).toMatchObject({ status: 'SIGNED_IN' });

    const factors = await account(other.json<{ accessToken: string }>().accessToken, 'GET', '/api/account/factors');
    expect(factors.json()).toMatchObject({ recoveryCodesLeft: 8, required: true, passkeys: [] });
  });

  it('cannot remove their last factor (their role requires one), can once a passkey is added', async () => {
    const refused = await account(token, 'DELETE', '/api/account/factors/totp');
    expect(refused.statusCode).toBe(409);
    expect(problem(refused)).toMatchObject({ code: 'CONFLICT', reason: 'RULE_REFUSED' });

    const { id, key, recoveryCodes: codes } = await addPasskey(token, 'Clé USB du bureau');
    // Not a first factor: no new recovery codes.
    expect(codes).toBeUndefined();
    expect((await account(token, 'DELETE', '/api/account/factors/totp')).statusCode).toBe(204);
    const left = await account(token, 'DELETE', `/api/account/factors/passkeys/${id}`);
    expect(left.statusCode).toBe(409);

    const factors = (await account(token, 'GET', '/api/account/factors')).json();
    expect(factors).toMatchObject({
      totp: null,
      passkeys: [{ id, name: 'Clé USB du bureau', lastUsedAt: null }],
      recoveryCodesLeft: 8,
      required: true,
    });

    // Signing in now asks for the passkey.
    const browser = new Browser();
    expect((await browser.login('admin@demo.test')).json()).toEqual({
      status: 'SECOND_FACTOR',
      methods: ['PASSKEY', 'RECOVERY_CODE'],
    });
    const options = await browser.post('/api/auth/second-factor/passkey/options');
    const res = await browser.post('/api/auth/second-factor/passkey', {
      response: key.authenticate(options.json<PublicKeyCredentialRequestOptionsJSON>()),
    });
    expect(res.json()).toMatchObject({ status: 'SIGNED_IN' });

    const adminId = await userIdOf('admin@demo.test');
    expect((await auditOf('user.factor_remove', adminId)).map((e) => e.details)).toEqual([{ factor: 'TOTP' }]);
  });
});

describe('a user who enrolled a factor though none is required', () => {
  it('is asked for it at sign-in; removing it, they sign in with the password alone again', async () => {
    const token = await signedIn('conseiller@demo.test');
    const { secret, recoveryCodes } = await addTotp(token);
    expect(recoveryCodes).toHaveLength(10);

    const browser = new Browser();
    expect((await browser.login('conseiller@demo.test')).json()).toEqual({
      status: 'SECOND_FACTOR',
      methods: ['TOTP', 'RECOVERY_CODE'],
    });
    const res = await browser.post('/api/auth/second-factor/totp', { code: totpCode(secret, Date.now() + 30_000) });
    expect(res.json()).toMatchObject({ status: 'SIGNED_IN' });

    expect((await account(token, 'DELETE', '/api/account/factors/totp')).statusCode).toBe(204);
    const factors = (await account(token, 'GET', '/api/account/factors')).json();
    // The codes went with the last factor: alone, they are none.
    expect(factors).toEqual({ totp: null, passkeys: [], recoveryCodesLeft: 0, required: false });
    expect((await new Browser().login('conseiller@demo.test')).json()).toMatchObject({ status: 'SIGNED_IN' });

    const userId = await userIdOf('conseiller@demo.test');
    expect((await auditOf('user.factor_add', userId)).map((e) => e.details)).toEqual([{ factor: 'TOTP' }]);
    expect((await auditOf('user.factor_remove', userId)).map((e) => e.details)).toEqual([{ factor: 'TOTP' }]);
    // The user is told each time (a security notice: fan-out job queued).
    const jobs = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name = 'notification-fanout' and data->>'kind' = 'SECURITY_SECOND_FACTOR_CHANGED' and data->'audience'->'userIds' ? ${userId}`,
    );
    expect(jobs.rows[0]!.n).toBe(2);
  });
});

describe('wrong codes', () => {
  it('the 5th wrong code ends the attempt; the user then waits before another code is checked', async () => {
    const token = await signedIn('lecteur@demo.test');
    const { secret } = await addTotp(token);
    const browser = new Browser();
    await browser.login('lecteur@demo.test');
    const wrong = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    for (let i = 1; i <= 4; i++) {
      const res = await browser.post('/api/auth/second-factor/totp', { code: wrong });
      expect(res.statusCode).toBe(400);
      expect(problem(res).fields).toEqual([{ path: 'code', message: 'code incorrect ou déjà utilisé' }]);
    }
    const fifth = await browser.post('/api/auth/second-factor/totp', { code: wrong });
    expect(fifth.statusCode).toBe(401);
    expect(problem(fifth)).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: expect.stringMatching(/Trop de codes erronés/),
    });
    // Over: even the right code is refused now.
    const after = await browser.post('/api/auth/second-factor/totp', { code: totpCode(secret, Date.now() + 30_000) });
    expect(after.statusCode).toBe(401);

    // A new attempt straight away: the user's wrong codes make it wait.
    const next = new Browser();
    await next.login('lecteur@demo.test');
    const waiting = await next.post('/api/auth/second-factor/totp', { code: totpCode(secret, Date.now() + 30_000) });
    expect(waiting.statusCode).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const ok = await next.post('/api/auth/second-factor/totp', { code: totpCode(secret, Date.now() + 30_000) });
    expect(ok.json()).toMatchObject({ status: 'SIGNED_IN' });

    const userId = await userIdOf('lecteur@demo.test');
    const outcomes = (await auditOf('auth.second_factor', userId)).map((e) => e.outcome);
    expect(outcomes).toEqual(['FAILURE', 'FAILURE', 'FAILURE', 'FAILURE', 'FAILURE', 'DENIED', 'SUCCESS']);
  });

  it('malformed input names the field and counts nothing', async () => {
    const browser = new Browser();
    await browser.login('admin@demo.test');
    for (const [url, payload, path] of [
      ['/api/auth/second-factor/totp', {}, 'code'],
      ['/api/auth/second-factor/totp', { code: '12345' }, 'code'],
      ['/api/auth/second-factor/recovery-code', { code: 'pas-un-code!' }, 'code'],
      ['/api/auth/second-factor/passkey', { response: { id: 'x' } }, 'response.rawId'],
    ] as const) {
      const res = await browser.post(url, payload);
      expect(res.statusCode, url).toBe(400);
      expect(problem(res).fields?.map((f) => f.path)).toContain(path);
    }
    const attempt = await t.database.db.execute<{ failures: number }>(
      sql`select failures from sign_in_attempt where token_hash = ${sha256(browser.attempt!)}`,
    );
    expect(attempt.rows).toEqual([{ failures: 0 }]);
  });

  it('without an attempt cookie, or with an unknown one, every step is refused', async () => {
    const anonymous = new Browser();
    for (const url of ['/api/auth/second-factor/totp', '/api/auth/enrol/totp']) {
      const res = await anonymous.post(url, { code: '123456' });
      expect(res.statusCode).toBe(401);
    }
    anonymous.attempt = 'not-a-token';
    expect((await anonymous.post('/api/auth/second-factor/passkey/options')).statusCode).toBe(401);
  });
});

describe('passkeys', () => {
  it('a user who must enrol registers a passkey at sign-in, then signs in with it; a cloned key is refused', async () => {
    const key = new SoftwareAuthenticator({ origin: ORIGIN });
    const browser = new Browser();
    expect((await browser.login('caf@demo.test')).json()).toMatchObject({ status: 'ENROL' });
    const options = await browser.post('/api/auth/enrol/passkey/options');
    expect(options.statusCode).toBe(200);
    const creation = options.json<PublicKeyCredentialCreationOptionsJSON>();
    expect(creation).toMatchObject({ rp: { id: 'localhost', name: 'Maillage' }, user: { name: 'caf@demo.test' } });

    // An answer from another origin is refused, nothing written.
    const phished = await browser.post('/api/auth/enrol/passkey', {
      response: key.register(creation, { origin: 'https://maillage.evil.example' }),
    });
    expect(phished.statusCode).toBe(400);
    expect(problem(phished)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'response' }] });

    const res = await browser.post('/api/auth/enrol/passkey', { response: key.register(creation), name: 'Ordinateur' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ status: string; accessToken: string; recoveryCodes: string[] }>();
    expect(body.status).toBe('SIGNED_IN');
    expect(body.recoveryCodes).toHaveLength(10);

    const stored = await t.database.db.execute<{ credential_id: string; counter: number; name: string }>(
      sql`select credential_id, counter::int as counter, name from user_passkey where user_id = ${await userIdOf('caf@demo.test')}::uuid`,
    );
    expect(stored.rows).toEqual([{ credential_id: key.id, counter: 0, name: 'Ordinateur' }]);

    const signIn = async (prepare?: () => void) => {
      const b = new Browser();
      expect((await b.login('caf@demo.test')).json()).toEqual({
        status: 'SECOND_FACTOR',
        methods: ['PASSKEY', 'RECOVERY_CODE'],
      });
      const o = await b.post('/api/auth/second-factor/passkey/options');
      const request = o.json<PublicKeyCredentialRequestOptionsJSON>();
      expect(request.allowCredentials).toEqual([{ id: key.id, type: 'public-key', transports: ['internal'] }]);
      prepare?.();
      return {
        browser: b,
        request,
        res: await b.post('/api/auth/second-factor/passkey', { response: key.authenticate(request) }),
      };
    };
    const first = await signIn();
    expect(first.res.json()).toMatchObject({ status: 'SIGNED_IN' });
    const second = await signIn();
    expect(second.res.json()).toMatchObject({ status: 'SIGNED_IN' });
    // The challenge answers once: the same assertion again is refused.
    expect(
      (await second.browser.post('/api/auth/second-factor/passkey', { response: key.authenticate(second.request) }))
        .statusCode,
    ).toBe(401);

    // A clone of the key, its counter behind the server's (2): refused.
    const cloned = await signIn(() => {
      key.counter = 0;
    });
    expect(cloned.res.statusCode).toBe(400);
    const failures = (await auditOf('auth.second_factor', await userIdOf('caf@demo.test'))).filter(
      (e) => e.outcome === 'FAILURE',
    );
    expect(failures.at(-1)?.details).toMatchObject({ factor: 'PASSKEY', reason: 'refused' });
  });

  it('an assertion of another user’s passkey, or of another challenge, is refused', async () => {
    const tokenA = await signedIn('ccas@demo.test');
    const tokenB = await signedIn('social@demo.test');
    const { key: keyA } = await addPasskey(tokenA);
    const { key: keyB } = await addPasskey(tokenB);
    const browser = new Browser();
    await browser.login('ccas@demo.test');
    const options = (
      await browser.post('/api/auth/second-factor/passkey/options')
    ).json<PublicKeyCredentialRequestOptionsJSON>();
    const foreign = await browser.post('/api/auth/second-factor/passkey', { response: keyB.authenticate(options) });
    expect(foreign.statusCode).toBe(400);
    // A new challenge for each try: the old one is spent.
    const fresh = (
      await browser.post('/api/auth/second-factor/passkey/options')
    ).json<PublicKeyCredentialRequestOptionsJSON>();
    const stale = await browser.post('/api/auth/second-factor/passkey', { response: keyA.authenticate(options) });
    expect(stale.statusCode).toBe(400);
    const renewed = (
      await browser.post('/api/auth/second-factor/passkey/options')
    ).json<PublicKeyCredentialRequestOptionsJSON>();
    expect(renewed.challenge).not.toBe(fresh.challenge);
    const ok = await browser.post('/api/auth/second-factor/passkey', { response: keyA.authenticate(renewed) });
    expect(ok.json()).toMatchObject({ status: 'SIGNED_IN' });
  });
});

describe('linking a ProConnect identity', () => {
  it('is confirmed by a second factor as well as by the password: then linked, and signed in', async () => {
    const token = await signedIn('coordination@demo.test');
    const { secret } = await addTotp(token);
    const userId = await userIdOf('coordination@demo.test');
    // A LINK attempt as the ProConnect callback leaves it (H1's flow), for this user's e-mail.
    const browser = new Browser();
    browser.attempt = 'link-attempt-token-for-the-test-0123456789';
    await t.database.db.execute(
      sql`insert into sign_in_attempt (token_hash, user_id, stage, method, proconnect, expires_at)
          values (${sha256(browser.attempt)}, ${userId}::uuid, 'LINK', 'PROCONNECT',
                  ${JSON.stringify({ sub: 'pc-sub-coordination', email: 'coordination@demo.test' })}::jsonb,
                  now() + interval '10 minutes')`,
    );
    const res = await browser.post('/api/auth/second-factor/totp', { code: totpCode(secret, Date.now() + 30_000) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SIGNED_IN', user: { email: 'coordination@demo.test' } });
    const linked = await t.database.db.execute<{ user_id: string }>(
      sql`select user_id from proconnect_identity where sub = 'pc-sub-coordination'`,
    );
    expect(linked.rows).toEqual([{ user_id: userId }]);
    expect((await auditOf('auth.second_factor', userId)).at(-1)).toMatchObject({
      outcome: 'SUCCESS',
      details: { factor: 'TOTP', stage: 'LINK' },
    });
  });
});

describe('the account page', () => {
  it('requires a signed-in user', async () => {
    for (const [method, url] of [
      ['GET', '/api/account/factors'],
      ['POST', '/api/account/factors/totp/options'],
      ['POST', '/api/account/factors/recovery-codes'],
      ['DELETE', '/api/account/factors/totp'],
    ] as const) {
      const res = await t.app.inject({ method, url });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('a new set of recovery codes voids the old one; none without a factor', async () => {
    const token = await signedIn('hopital@demo.test');
    const none = await account(token, 'POST', '/api/account/factors/recovery-codes');
    expect(none.statusCode).toBe(409);
    const { recoveryCodes: first } = await addPasskey(token);
    expect(first).toHaveLength(10);
    const res = await account(token, 'POST', '/api/account/factors/recovery-codes');
    expect(res.statusCode).toBe(200);
    const second = res.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(second).toHaveLength(10);
    expect(second).not.toContain(first![0]);

    const browser = new Browser();
    await browser.login('hopital@demo.test');
    expect((await browser.post('/api/auth/second-factor/recovery-code', { code: first![0] })).statusCode).toBe(400);
    expect((await browser.post('/api/auth/second-factor/recovery-code', { code: second[0] })).json()).toMatchObject({
      status: 'SIGNED_IN',
    });
    const userId = await userIdOf('hopital@demo.test');
    expect(await auditOf('user.recovery_codes_regenerate', userId)).toEqual([
      expect.objectContaining({ outcome: 'SUCCESS', details: { count: 10 }, actor_id: userId }),
    ]);
  });

  it('an answer without its options, an unknown passkey, a bad name: refused, nothing written', async () => {
    const token = await signedIn('porteur@demo.test');
    const noOptions = await account(token, 'POST', '/api/account/factors/totp', { code: '123456' });
    expect(problem(noOptions)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'code' }] });
    const unknown = await account(
      token,
      'DELETE',
      '/api/account/factors/passkeys/6a0e5f4e-3a52-4c7e-9d4b-1f2a3b4c5d6e',
    );
    expect(unknown.statusCode).toBe(404);
    const notAnId = await account(token, 'DELETE', '/api/account/factors/passkeys/abc');
    expect(problem(notAnId)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
    const key = new SoftwareAuthenticator({ origin: ORIGIN });
    const options = (
      await account(token, 'POST', '/api/account/factors/passkeys/options')
    ).json<PublicKeyCredentialCreationOptionsJSON>();
    const badName = await account(token, 'POST', '/api/account/factors/passkeys', {
      response: key.register(options),
      name: 'x'.repeat(61),
    });
    expect(problem(badName)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'name' }] });
    expect((await account(token, 'GET', '/api/account/factors')).json()).toMatchObject({ passkeys: [], totp: null });
    // The options still hold: the same answer with a good name is taken.
    const ok = await account(token, 'POST', '/api/account/factors/passkeys', { response: key.register(options) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await account(token, 'GET', '/api/account/factors')).json()).toMatchObject({
      passkeys: [{ name: "Clé d'accès 1" }],
    });
    // The same key again: a duplicate.
    const options2 = (
      await account(token, 'POST', '/api/account/factors/passkeys/options')
    ).json<PublicKeyCredentialCreationOptionsJSON>();
    expect(options2.excludeCredentials).toEqual([{ id: key.id, type: 'public-key', transports: ['internal'] }]);
    const dup = await account(token, 'POST', '/api/account/factors/passkeys', { response: key.register(options2) });
    expect(problem(dup)).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
  });
});
