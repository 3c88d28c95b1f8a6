import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, ok, type TestApp } from '../../../../test/harness.js';
import {
  startProConnectProvider,
  subjectOf,
  type ProConnectProvider,
  type ProviderBrowser,
} from '../../../../test/support/proconnect-provider.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { FANOUT_JOB } from '../../notifications/events.js';
import { OIDC_COOKIE } from './routes.js';

/**
 * Sign-in with ProConnect against a real OpenID provider in the test process (test/support), configured
 * like ProConnect: the whole way, from the start route to the provider's form and back to the callback.
 */

const APP_URL = 'http://localhost:3000';
const DSDEN_SIRET = '13001234500017';
const UNKNOWN_SIRET = '99999999900019';

let provider: ProConnectProvider;
let t: TestApp;
let adminToken: string;

beforeAll(async () => {
  provider = await startProConnectProvider({
    appUrl: APP_URL,
    accounts: {
      'conseiller@demo.test': {
        email: 'conseiller@demo.test',
        given_name: 'Claire',
        usual_name: 'Conseil',
        siret: '13000000000001',
      },
      'referent@demo.test': {
        email: 'Referent@demo.test',
        given_name: 'Rémi',
        usual_name: 'Référent',
        siret: '13000000000002',
      },
      'lecteur@demo.test': {
        email: 'lecteur@demo.test',
        given_name: 'Luc',
        usual_name: 'Lecteur',
        siret: '13000000000003',
      },
      'nouvelle@exemple.gouv.fr': {
        email: 'nouvelle@exemple.gouv.fr',
        given_name: 'Nora',
        usual_name: 'Nouvelle',
        siret: DSDEN_SIRET,
      },
      'inconnu@exemple.gouv.fr': {
        email: 'inconnu@exemple.gouv.fr',
        given_name: 'Ivo',
        usual_name: 'Inconnu',
        siret: UNKNOWN_SIRET,
      },
    },
  });
  t = await createTestApp({ ...provider.env, APP_URL });
  adminToken = await t.login('admin@demo.test');
});
afterAll(async () => {
  await t?.close();
  await provider?.stop();
});

const cookieOf = (res: LightMyRequestResponse, name: string) => res.cookies.find((c) => c.name === name);
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

interface Started {
  authorizationUrl: string;
  browserCookie: string;
}

async function start(app: TestApp = t): Promise<Started> {
  const res = await app.app.inject({ method: 'GET', url: '/api/auth/proconnect/start' });
  expect(res.statusCode).toBe(302);
  const cookie = cookieOf(res, OIDC_COOKIE) as Record<string, unknown> | undefined;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/proconnect' });
  return { authorizationUrl: String(res.headers.location), browserCookie: String(cookie!.value) };
}

function callback(url: string, browserCookie: string | null, app: TestApp = t) {
  return app.app.inject({
    method: 'GET',
    url: pathOf(url),
    ...(browserCookie ? { cookies: { [OIDC_COOKIE]: browserCookie } } : {}),
  });
}

interface SignedIn {
  callback: LightMyRequestResponse;
  browser: ProviderBrowser;
  /** The app's cookies the callback set (refresh or sign-in attempt). */
  cookies: Record<string, string>;
}

/** The whole way: start, the provider's form, its redirect back to the callback. */
async function proconnect(login: string, app: TestApp = t, browser = provider.browser()): Promise<SignedIn> {
  const started = await start(app);
  const back = await browser.signIn(started.authorizationUrl, login);
  expect(back.startsWith(`${APP_URL}/api/auth/proconnect/callback?`)).toBe(true);
  const res = await callback(back, started.browserCookie, app);
  const cookies = Object.fromEntries(res.cookies.filter((c) => c.value !== '').map((c) => [c.name, c.value]));
  return { callback: res, browser, cookies };
}

/** Where the sign-in stands, as the page /connexion/proconnect asks. */
async function signInStatus(cookies: Record<string, string>, app: TestApp = t) {
  const res = await app.app.inject({ method: 'GET', url: '/api/auth/sign-in', cookies });
  expect(res.statusCode).toBe(200);
  return res.json<{ status: string; accessToken?: string; methods?: string[]; email?: string }>();
}

async function lastAudit(action: string, app: TestApp = t) {
  const r = await app.database.db.execute<{
    outcome: string;
    details: Record<string, unknown> | null;
    subject_id: string | null;
  }>(sql`select outcome, details, subject_id from audit_event where action = ${action} order by id desc limit 1`);
  return r.rows[0];
}

async function userIdOf(email: string, app: TestApp = t) {
  const r = await app.database.db.execute<{ id: string }>(sql`select id from app_user where email = ${email}`);
  return r.rows[0]?.id;
}

async function link(login: string, email: string, app: TestApp = t) {
  await app.database.db.execute(
    sql`insert into proconnect_identity (sub, user_id) values (${subjectOf(login)}, ${await userIdOf(email, app)})`,
  );
}

const meEmail = async (token: string) => ok(await t.gql(token, '{ me { user { email } } }'), 'me').user.email;

describe('a known ProConnect identity', () => {
  it('signs in: the callback opens the session and the page gets its tokens', async () => {
    await link('conseiller@demo.test', 'conseiller@demo.test');
    const { callback: res, cookies } = await proconnect('conseiller@demo.test');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/connexion/proconnect');
    expect(res.headers['cache-control']).toBe('no-store');
    // The browser binding is spent.
    expect(cookieOf(res, OIDC_COOKIE)?.value).toBe('');
    const status = await signInStatus(cookies);
    expect(status.status).toBe('SIGNED_IN');
    expect(await meEmail(status.accessToken!)).toBe('conseiller@demo.test');

    const session = await t.database.db.execute<{ method: string; has_token: boolean }>(
      sql`select method, id_token is not null as has_token from user_session
          where user_id = ${await userIdOf('conseiller@demo.test')} order by created_at desc limit 1`,
    );
    expect(session.rows[0]).toEqual({ method: 'PROCONNECT', has_token: true });
    expect(await lastAudit('auth.proconnect')).toMatchObject({ outcome: 'SUCCESS', details: { next: 'SIGNED_IN' } });
    // No claim, no e-mail in the audit log.
    const details = await t.database.db.execute<{ d: string }>(
      sql`select coalesce(string_agg(details::text, ' '), '') as d from audit_event where action like 'auth.proconnect%'`,
    );
    expect(details.rows[0]!.d).not.toMatch(/@|Claire|Conseil|130000/);
  });

  it('goes back to the page it started from', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/proconnect/start?return=/suivis%3Fpage%3D2' });
    const browserCookie = cookieOf(res, OIDC_COOKIE)!.value;
    const back = await provider.browser().signIn(String(res.headers.location), 'conseiller@demo.test');
    const done = await callback(back, browserCookie);
    expect(done.headers.location).toBe('/connexion/proconnect?retour=%2Fsuivis%3Fpage%3D2');
  });

  it('logs out through the provider: an end-session URL with the ID token as hint, back to /connexion', async () => {
    const { cookies, browser } = await proconnect('conseiller@demo.test');
    const handoff = await t.app.inject({ method: 'GET', url: '/api/auth/sign-in', cookies });
    expect(handoff.json()).toMatchObject({ status: 'SIGNED_IN' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { maillage_refresh: cookieOf(handoff, 'maillage_refresh')!.value },
    });
    expect(res.statusCode).toBe(200);
    const endSession = new URL(res.json<{ endSessionUrl: string }>().endSessionUrl);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${APP_URL}/connexion`);
    const hint = endSession.searchParams.get('id_token_hint')!;
    const payload = JSON.parse(Buffer.from(hint.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(payload).toMatchObject({ sub: subjectOf('conseiller@demo.test'), iss: provider.issuer });
    const back = new URL(await browser.endSession(endSession.toString()));
    expect(`${back.origin}${back.pathname}`).toBe(`${APP_URL}/connexion`);
    expect(back.searchParams.get('state')).toBe(endSession.searchParams.get('state'));
  });
});

describe('a first ProConnect sign-in with the e-mail of an existing account', () => {
  it('is linked once the user confirms with their password (wrong passwords counted), then signs in directly', async () => {
    const first = await proconnect('referent@demo.test');
    expect(first.callback.headers.location).toBe('/connexion/proconnect');
    expect(first.cookies.maillage_refresh).toBeUndefined();
    const status = await signInStatus(first.cookies);
    expect(status).toMatchObject({ status: 'LINK', email: 'referent@demo.test', methods: ['PASSWORD'] });
    expect(await lastAudit('auth.proconnect')).toMatchObject({ outcome: 'SUCCESS', details: { next: 'LINK' } });

    const attempt = { maillage_sign_in: first.cookies.maillage_sign_in! };
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/link',
      cookies: attempt,
      payload: { password: 'not-the-password' },
      remoteAddress: '10.21.0.1',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'password' }] });
    expect(await lastAudit('auth.proconnect_link')).toMatchObject({
      outcome: 'FAILURE',
      details: { reason: 'bad_password' },
    });
    const notLinked = await t.database.db.execute(
      sql`select 1 from proconnect_identity where sub = ${subjectOf('referent@demo.test')}`,
    );
    expect(notLinked.rows).toHaveLength(0);

    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/link',
      cookies: attempt,
      payload: { password: DEMO_PASSWORD },
      remoteAddress: '10.21.0.1',
    });
    expect(right.statusCode).toBe(200);
    const signedIn = right.json<{ status: string; accessToken: string }>();
    expect(signedIn.status).toBe('SIGNED_IN');
    expect(await meEmail(signedIn.accessToken)).toBe('referent@demo.test');
    const linked = await t.database.db.execute<{ user_id: string }>(
      sql`select user_id from proconnect_identity where sub = ${subjectOf('referent@demo.test')}`,
    );
    expect(linked.rows[0]!.user_id).toBe(await userIdOf('referent@demo.test'));
    // The step is spent.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/link',
      cookies: attempt,
      payload: { password: DEMO_PASSWORD },
    });
    expect(again.statusCode).toBe(401);

    const next = await proconnect('referent@demo.test');
    expect((await signInStatus(next.cookies)).status).toBe('SIGNED_IN');
  });

  it('ends the LINK step after 5 wrong passwords', async () => {
    const { cookies } = await proconnect('lecteur@demo.test');
    const attempt = { maillage_sign_in: cookies.maillage_sign_in! };
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/link',
        cookies: attempt,
        payload: { password: `wrong-${i}` },
        remoteAddress: '10.21.0.2',
      });
      expect(res.statusCode).toBe(400);
    }
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/auth/link',
      cookies: attempt,
      payload: { password: DEMO_PASSWORD },
      remoteAddress: '10.21.0.2',
    });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a LINK without its step, and a body without a password', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/auth/link', payload: { password: DEMO_PASSWORD } });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const empty = await t.app.inject({ method: 'POST', url: '/api/auth/link', payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'password' }] });
  });
});

const REQUESTS = `query($status: AccessRequestStatus) {
  accessRequests(status: $status) { id status email givenName usualName siret version roles organisation { id name } user { id email } decidedBy { email } reason }
}`;

describe('an unknown ProConnect identity', () => {
  let dsdenId: string;
  let otherAdminToken: string;

  beforeAll(async () => {
    const org = await t.database.db.execute<{ id: string; version: number }>(
      sql`select id, version from organisation where name = 'DSDEN du Cher'`,
    );
    dsdenId = org.rows[0]!.id;
    // The SIRET is the organisation's, set by an administrator (spaces as typed are dropped).
    const updated = await t.gql(
      adminToken,
      'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { siret } }',
      { input: { id: dsdenId, version: org.rows[0]!.version, siret: '130 012 345 00017' } },
    );
    expect(ok(updated, 'updateOrganisation').siret).toBe(DSDEN_SIRET);
    // An administrator of another organisation, who is not told of the DSDEN's requests.
    const ml = await t.database.db.execute<{ id: string }>(
      sql`select id from organisation where name = 'Mission Locale de Bourges'`,
    );
    ok(
      await t.gql(adminToken, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: {
          email: 'admin.ml@demo.test',
          displayName: 'Admin ML',
          password: DEMO_PASSWORD,
          memberships: [{ organisationId: ml.rows[0]!.id, roles: ['ADMIN'] }],
        },
      }),
      'createUser',
    );
    otherAdminToken = await t.login('admin.ml@demo.test');
  });

  const notices = async (token: string) =>
    ok(
      await t.gql(token, '{ myNotifications(unreadOnly: true) { nodes { kind text link } } }'),
      'myNotifications',
    ).nodes.filter((n) => n.kind === 'ACCESS_REQUEST_RECEIVED');

  it('becomes an access request, told to the administrators of the organisation of its SIRET; it is refused until approved', async () => {
    const first = await proconnect('nouvelle@exemple.gouv.fr');
    expect(first.callback.statusCode).toBe(302);
    expect(first.callback.headers.location).toBe('/connexion/demande-envoyee');
    expect(first.cookies.maillage_refresh).toBeUndefined();
    expect(first.cookies.maillage_sign_in).toBeUndefined();
    expect(await userIdOf('nouvelle@exemple.gouv.fr')).toBeUndefined();

    const pending = ok(await t.gql(adminToken, REQUESTS, { status: 'PENDING' }), 'accessRequests');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      status: 'PENDING',
      email: 'nouvelle@exemple.gouv.fr',
      givenName: 'Nora',
      usualName: 'Nouvelle',
      siret: DSDEN_SIRET,
      roles: [],
      organisation: { id: dsdenId },
      user: null,
      version: 1,
    });

    while ((await t.app.services.jobs.drain([FANOUT_JOB])) > 0);
    expect(await notices(adminToken)).toEqual([
      {
        kind: 'ACCESS_REQUEST_RECEIVED',
        text: 'Une demande d’accès à Maillage par ProConnect pour DSDEN du Cher attend votre décision.',
        link: '/admin/demandes-acces',
      },
    ]);
    expect(await notices(otherAdminToken)).toEqual([]);

    // Signing in again: still refused, the same request refreshed (no second notice).
    const again = await proconnect('nouvelle@exemple.gouv.fr');
    expect(again.callback.headers.location).toBe('/connexion/demande-envoyee');
    const still = ok(await t.gql(adminToken, REQUESTS, { status: 'PENDING' }), 'accessRequests');
    expect(still.map((r) => [r.id, r.version])).toEqual([[pending[0]!.id, 2]]);
    while ((await t.app.services.jobs.drain([FANOUT_JOB])) > 0);
    expect(await notices(adminToken)).toHaveLength(1);

    // Only administrators see and decide.
    const viewer = await t.login('lecteur@demo.test');
    expect((await t.gql(viewer, REQUESTS, {})).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const approve = `mutation($input: ApproveAccessRequestInput!) {
      approveAccessRequest(input: $input) { id status version roles organisation { id } user { id email } decidedBy { email } }
    }`;
    const input = { id: pending[0]!.id, version: 2, organisationId: dsdenId, roles: ['VIEWER'] };
    expect((await t.gql(viewer, approve, { input })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    // Bad input: a specific error, nothing written.
    const noRole = await t.gql(adminToken, approve, { input: { ...input, roles: [] } });
    expect(noRole.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.roles' }] });
    const serviceAccount = await t.gql(adminToken, approve, { input: { ...input, roles: ['SERVICE_ACCOUNT'] } });
    expect(serviceAccount.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.roles' }],
    });
    const stale = await t.gql(adminToken, approve, { input: { ...input, version: 1 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await userIdOf('nouvelle@exemple.gouv.fr')).toBeUndefined();

    const approved = ok(await t.gql(adminToken, approve, { input }), 'approveAccessRequest');
    expect(approved).toMatchObject({
      status: 'APPROVED',
      version: 3,
      roles: ['VIEWER'],
      organisation: { id: dsdenId },
      user: { email: 'nouvelle@exemple.gouv.fr' },
      decidedBy: { email: 'admin@demo.test' },
    });
    expect(await lastAudit('access_request.approve')).toMatchObject({ outcome: 'SUCCESS', subject_id: pending[0]!.id });
    const twice = await t.gql(adminToken, approve, { input: { ...input, version: 3 } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_REFUSED' });

    // Now they sign in with ProConnect, and work with the role the administrator gave (no other).
    const signedIn = await proconnect('nouvelle@exemple.gouv.fr');
    expect(signedIn.callback.headers.location).toBe('/connexion/proconnect');
    const status = await signInStatus(signedIn.cookies);
    expect(status.status).toBe('SIGNED_IN');
    const me = ok(
      await t.gql(
        status.accessToken!,
        '{ me { user { email displayName memberships { roles organisation { id } } } } }',
      ),
      'me',
    );
    expect(me.user).toMatchObject({
      email: 'nouvelle@exemple.gouv.fr',
      displayName: 'Nora Nouvelle',
      memberships: [{ roles: ['VIEWER'], organisation: { id: dsdenId } }],
    });
    // Their account has no password anybody knows.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nouvelle@exemple.gouv.fr', password: DEMO_PASSWORD },
      remoteAddress: '10.21.0.3',
    });
    expect(login.statusCode).toBe(401);
  });

  it('from a SIRET no organisation carries: every administrator is told; refused with a reason, it stays refused', async () => {
    const first = await proconnect('inconnu@exemple.gouv.fr');
    expect(first.callback.headers.location).toBe('/connexion/demande-envoyee');
    const [request] = ok(await t.gql(adminToken, REQUESTS, { status: 'PENDING' }), 'accessRequests');
    expect(request).toMatchObject({ email: 'inconnu@exemple.gouv.fr', siret: UNKNOWN_SIRET, organisation: null });
    while ((await t.app.services.jobs.drain([FANOUT_JOB])) > 0);
    expect(await notices(otherAdminToken)).toHaveLength(1);

    const reject = `mutation($input: RejectAccessRequestInput!) { rejectAccessRequest(input: $input) { status reason version decidedBy { email } } }`;
    const short = await t.gql(adminToken, reject, { input: { id: request!.id, version: 1, reason: ' ' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.reason' }] });
    const rejected = ok(
      await t.gql(adminToken, reject, {
        input: { id: request!.id, version: 1, reason: 'Personne inconnue de nos services.' },
      }),
      'rejectAccessRequest',
    );
    expect(rejected).toEqual({
      status: 'REJECTED',
      reason: 'Personne inconnue de nos services.',
      version: 2,
      decidedBy: { email: 'admin@demo.test' },
    });
    const audit = await lastAudit('access_request.reject');
    expect(JSON.stringify(audit)).not.toContain('inconnue');
    expect(await userIdOf('inconnu@exemple.gouv.fr')).toBeUndefined();
    expect(ok(await t.gql(adminToken, REQUESTS, { status: 'REJECTED' }), 'accessRequests')).toHaveLength(1);
  });
});

describe('a callback that does not check out is refused and audited', () => {
  it('a tampered state', async () => {
    const started = await start();
    const back = new URL(await provider.browser().signIn(started.authorizationUrl, 'conseiller@demo.test'));
    back.searchParams.set('state', `${back.searchParams.get('state')}x`);
    const res = await callback(back.toString(), started.browserCookie);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/connexion?erreur=proconnect');
    expect(cookieOf(res, 'maillage_refresh')).toBeUndefined();
    expect(await lastAudit('auth.proconnect')).toMatchObject({
      outcome: 'DENIED',
      details: { reason: 'unknown_state' },
    });
  });

  it('a replayed code (the same callback twice)', async () => {
    const started = await start();
    const back = await provider.browser().signIn(started.authorizationUrl, 'conseiller@demo.test');
    const first = await callback(back, started.browserCookie);
    expect(first.headers.location).toBe('/connexion/proconnect');
    const replay = await callback(back, started.browserCookie);
    expect(replay.headers.location).toBe('/connexion?erreur=proconnect');
    expect(cookieOf(replay, 'maillage_refresh')).toBeUndefined();
    expect(await lastAudit('auth.proconnect')).toMatchObject({ outcome: 'DENIED', details: { reason: 'replayed' } });
  });

  it('a callback from another browser than the one that started', async () => {
    const started = await start();
    const back = await provider.browser().signIn(started.authorizationUrl, 'conseiller@demo.test');
    const stranger = await callback(back, null);
    expect(stranger.headers.location).toBe('/connexion?erreur=proconnect');
    expect(await lastAudit('auth.proconnect')).toMatchObject({
      outcome: 'DENIED',
      details: { reason: 'other_browser' },
    });
    const other = await start();
    const wrongCookie = await callback(back, other.browserCookie);
    expect(wrongCookie.headers.location).toBe('/connexion?erreur=proconnect');
    // The right browser may still finish (nothing was spent by the stranger).
    expect((await callback(back, started.browserCookie)).headers.location).toBe('/connexion/proconnect');
  });

  it('a wrong nonce in the ID token', async () => {
    const started = await start();
    const authorization = new URL(started.authorizationUrl);
    authorization.searchParams.set('nonce', 'not-the-nonce-the-app-sent');
    const back = await provider.browser().signIn(authorization.toString(), 'conseiller@demo.test');
    const res = await callback(back, started.browserCookie);
    expect(res.headers.location).toBe('/connexion?erreur=proconnect');
    expect(cookieOf(res, 'maillage_refresh')).toBeUndefined();
    expect(await lastAudit('auth.proconnect')).toMatchObject({
      outcome: 'DENIED',
      details: { reason: 'nonce_mismatch' },
    });
  });

  it('the provider refusing (the user cancelled)', async () => {
    const started = await start();
    const state = new URL(started.authorizationUrl).searchParams.get('state')!;
    const res = await callback(
      `${APP_URL}/api/auth/proconnect/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`,
      started.browserCookie,
    );
    expect(res.headers.location).toBe('/connexion?erreur=proconnect');
    expect(await lastAudit('auth.proconnect')).toMatchObject({
      outcome: 'DENIED',
      details: { reason: 'provider_refused' },
    });
  });

  it('a start with a return path that leaves the app', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/proconnect/start?return=//evil.example/' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'return' }] });
  });
});

describe('a provider whose userinfo is not signed', () => {
  it('is refused: ProConnect signs its userinfo, and the app accepts nothing less', async () => {
    const unsigned = await startProConnectProvider({
      appUrl: APP_URL,
      signedUserinfo: false,
      accounts: { 'conseiller@demo.test': provider.accounts['conseiller@demo.test']! },
    });
    const app = await createTestApp({ ...unsigned.env, APP_URL });
    try {
      const { callback: res } = await proconnect('conseiller@demo.test', app, unsigned.browser());
      expect(res.headers.location).toBe('/connexion?erreur=proconnect');
      expect(await lastAudit('auth.proconnect', app)).toMatchObject({
        outcome: 'DENIED',
        details: { reason: 'invalid_userinfo', code: 'OAUTH_JWT_USERINFO_EXPECTED' },
      });
    } finally {
      await app.close();
      await unsigned.stop();
    }
  });
});

describe('an administrator whose ProConnect acr is weaker than the role requires', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({ ...provider.env, APP_URL, SECOND_FACTOR_ROLES: 'ADMIN' });
    provider.accounts['admin@demo.test'] = {
      email: 'admin@demo.test',
      given_name: 'Alice',
      usual_name: 'Admin',
      siret: DSDEN_SIRET,
    };
    await link('admin@demo.test', 'admin@demo.test', strict);
  });
  afterAll(() => strict?.close());

  it('enrols a second factor first (eidas1); with a strong acr (eidas2) it is signed in', async () => {
    provider.setAcr('eidas1');
    const weak = await proconnect('admin@demo.test', strict);
    expect(weak.callback.headers.location).toBe('/connexion/proconnect');
    expect(weak.cookies.maillage_refresh).toBeUndefined();
    expect(await signInStatus(weak.cookies, strict)).toMatchObject({ status: 'ENROL', methods: ['PASSKEY', 'TOTP'] });
    expect(await lastAudit('auth.proconnect', strict)).toMatchObject({ details: { next: 'ENROL', acr: 'eidas1' } });

    provider.setAcr('eidas2');
    try {
      const strong = await proconnect('admin@demo.test', strict);
      expect((await signInStatus(strong.cookies, strict)).status).toBe('SIGNED_IN');
      const session = await strict.database.db.execute<{ second_factor: string }>(
        sql`select second_factor from user_session where user_id = ${await userIdOf('admin@demo.test', strict)}
            order by created_at desc limit 1`,
      );
      expect(session.rows[0]!.second_factor).toBe('PROCONNECT_ACR');
    } finally {
      provider.setAcr('eidas1');
    }
  });
});
