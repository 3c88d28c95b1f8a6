// oidc-provider ships no types: the reference brings them along to e2e/, which imports this file by its path.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./oidc-provider.d.ts" />
/**
 * An OpenID provider configured like ProConnect, in the test process (oidc-provider): its scopes and
 * claims (email, given_name, usual_name, siret, uid, idp_id), an `acr` in the ID token, the userinfo
 * answered as a signed JWT, PKCE required, a confidential client (client_secret_post), RP-initiated
 * logout. Its accounts are a small table keyed by login; its sign-in page is a plain form (login and
 * password) that a browser journey fills in, and `browser()` drives the same pages over HTTP for the
 * server's tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { type KoaContext } from 'oidc-provider';

/** One identity of the provider. */
export interface ProConnectAccount {
  email: string;
  given_name: string;
  usual_name: string;
  /** The SIRET of the user's organisation (14 digits). */
  siret: string;
  /** The identity provider's own id of the user; default: the login. */
  uid?: string;
  /** The identity provider behind ProConnect; default: a fixed test id. */
  idp_id?: string;
  /** ProConnect's stable subject; default: derived from the login. */
  sub?: string;
  /** The `acr` of this account's sign-ins; default: the provider's. */
  acr?: string;
  /** Checked when set; otherwise any password is accepted, as on ProConnect's test identity provider. */
  password?: string;
}

export interface ProConnectProviderOptions {
  /** The accounts, keyed by the login typed on the sign-in form (usually the e-mail). */
  accounts: Record<string, ProConnectAccount>;
  /** The `acr` of a sign-in (unless the account says otherwise); default `eidas1`. */
  acr?: string;
  /** The app's base URL: the callback `${appUrl}/api/auth/proconnect/callback`, post-logout `${appUrl}/connexion`. */
  appUrl?: string;
  /** Further redirect URIs to register (another app on another port). */
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  clientId?: string;
  clientSecret?: string;
  /** The port on 127.0.0.1; default a free one. */
  port?: number;
  /** False: the userinfo answers plain JSON, not a signed JWT (unlike ProConnect: a client must refuse it). */
  signedUserinfo?: boolean;
}

/** The acr values ProConnect announces. */
export const PROCONNECT_ACR_VALUES = [
  'eidas1',
  'eidas2',
  'eidas3',
  'https://proconnect.gouv.fr/assurance/self-asserted',
  'https://proconnect.gouv.fr/assurance/self-asserted-2fa',
  'https://proconnect.gouv.fr/assurance/consistency-checked',
  'https://proconnect.gouv.fr/assurance/consistency-checked-2fa',
];

/** ProConnect's scopes, each of one claim of the same name. */
const CLAIM_SCOPES = ['email', 'given_name', 'usual_name', 'siret', 'uid', 'idp_id'] as const;

export const TEST_IDP_ID = '71144ab3-ee1a-4401-b7b3-79b44f7daeeb';

/** The subject of a login without an explicit one: stable across runs. */
export const subjectOf = (login: string) => createHash('sha256').update(`proconnect:${login}`).digest('hex');

/** A browser's cookies and its way through the provider's pages, over HTTP. */
export interface ProviderBrowser {
  /**
   * Follows an authorization URL (the app's redirect), signs in on the form and follows the provider's
   * redirects until one leaves the provider: returns that URL (the app's callback, with code and state).
   */
  signIn(authorizationUrl: string, login: string, password?: string): Promise<string>;
  /** Follows an end-session URL, confirms, and returns where the provider sends the browser back. */
  endSession(endSessionUrl: string): Promise<string>;
}

export interface ProConnectProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The accounts (the same object as given: a test may add one). */
  accounts: Record<string, ProConnectAccount>;
  /** Changes the `acr` of the following sign-ins (accounts without their own). */
  setAcr(acr: string): void;
  /** The environment the app needs to use this provider. */
  env: { PROCONNECT_ISSUER: string; PROCONNECT_CLIENT_ID: string; PROCONNECT_CLIENT_SECRET: string };
  /** A fresh browser (its own cookies) for the server's tests. */
  browser(): ProviderBrowser;
  stop(): Promise<void>;
}

const html = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const page = (title: string, body: string) => `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>${html(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${html(title)}</h1>${body}</main></body></html>`;

const loginForm = (uid: string, login: string, error?: string) =>
  page(
    'ProConnect (fournisseur de test)',
    `${error ? `<p role="alert">${html(error)}</p>` : ''}
<form method="post" action="/interaction/${html(uid)}">
  <p><label for="login">Adresse électronique</label>
  <input id="login" name="login" type="email" required autocomplete="username" value="${html(login)}"></p>
  <p><label for="password">Mot de passe</label>
  <input id="password" name="password" type="password" autocomplete="current-password"></p>
  <p><button type="submit">Se connecter</button></p>
</form>`,
  );

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startProConnectProvider(options: ProConnectProviderOptions): Promise<ProConnectProvider> {
  const appUrl = (options.appUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  const clientId = options.clientId ?? 'maillage-test';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const accounts = options.accounts;
  let defaultAcr = options.acr ?? 'eidas1';

  const bySub = (sub: string) => Object.entries(accounts).find(([login, a]) => (a.sub ?? subjectOf(login)) === sub);

  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = {
    ...privateKey.export({ format: 'jwk' }),
    alg: 'RS256',
    use: 'sig',
    kid: `test-${randomBytes(6).toString('hex')}`,
  };

  const scopes = ['openid', ...CLAIM_SCOPES].join(' ');
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${appUrl}/api/auth/proconnect/callback`, ...(options.redirectUris ?? [])],
        post_logout_redirect_uris: [`${appUrl}/connexion`, ...(options.postLogoutRedirectUris ?? [])],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
        ...(options.signedUserinfo === false ? {} : { userinfo_signed_response_alg: 'RS256' }),
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: {
      // ProConnect's ID token always carries the acr (no acr_values nor claims parameter needed).
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      ...Object.fromEntries(CLAIM_SCOPES.map((claim) => [claim, [claim]])),
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
    },
    acrValues: [
      ...new Set([...PROCONNECT_ACR_VALUES, defaultAcr, ...Object.values(accounts).flatMap((a) => a.acr ?? [])]),
    ],
    pkce: { required: () => true },
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      jwtUserinfo: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // ProConnect asks nothing: the form posts itself (a button stays for a browser without scripts).
        logoutSource: (ctx: KoaContext, form: string) => {
          ctx.type = 'html';
          ctx.body = page(
            'Déconnexion de ProConnect',
            `${form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>')}
<button type="submit" form="op.logoutForm">Se déconnecter</button>
<script>document.getElementById('op.logoutForm').submit()</script>`,
          );
        },
        postLogoutSuccessSource: (ctx: KoaContext) => {
          ctx.type = 'html';
          ctx.body = page('Vous êtes déconnecté de ProConnect', '');
        },
      },
    },
    interactions: { url: (_ctx: KoaContext, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // The first-party client: no consent page, every ProConnect scope granted.
    loadExistingGrant: async (ctx: KoaContext) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) {
        const existing = await oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new oidc.provider.Grant({ accountId: oidc.session.accountId!, clientId: oidc.client.clientId });
      grant.addOIDCScope(scopes);
      grant.addOIDCClaims([...CLAIM_SCOPES]);
      await grant.save();
      return grant;
    },
    findAccount: (_ctx: unknown, sub: string) => {
      const found = bySub(sub);
      if (!found) return undefined;
      const [login, account] = found;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          given_name: account.given_name,
          usual_name: account.usual_name,
          siret: account.siret,
          uid: account.uid ?? login,
          idp_id: account.idp_id ?? TEST_IDP_ID,
        }),
      };
    },
    renderError: (ctx: KoaContext, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page(
        'Erreur du fournisseur ProConnect de test',
        Object.entries(out)
          .map(([k, v]) => `<p><strong>${html(k)}</strong> : ${html(String(v))}</p>`)
          .join(''),
      );
    },
  });

  const handleProvider = provider.callback();
  const interaction = async (req: http.IncomingMessage, res: http.ServerResponse, uid: string) => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const send = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'POST') {
      return send(loginForm(uid, typeof details.params.login_hint === 'string' ? details.params.login_hint : ''));
    }
    const form = await readForm(req);
    const login = (form.get('login') ?? '').trim().toLowerCase();
    const account = accounts[login];
    if (!account || (account.password !== undefined && account.password !== form.get('password'))) {
      return send(loginForm(uid, login, 'Identifiant ou mot de passe incorrect.'));
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub ?? subjectOf(login), acr: account.acr ?? defaultAcr, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
  };
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return handleProvider(req, res);
    interaction(req, res, match[1]!).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`interaction refusée : ${err instanceof Error ? err.message : String(err)}`);
    });
  });

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    setAcr(acr) {
      defaultAcr = acr;
    },
    env: { PROCONNECT_ISSUER: issuer, PROCONNECT_CLIENT_ID: clientId, PROCONNECT_CLIENT_SECRET: clientSecret },
    browser: () => providerBrowser(issuer),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** The provider's pages driven over HTTP, with the provider's cookies kept as a browser keeps them. */
function providerBrowser(issuer: string): ProviderBrowser {
  const jar = new Map<string, string>();
  const origin = new URL(issuer).origin;

  const request = async (url: string, init: { method?: string; form?: URLSearchParams } = {}) => {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: init.form.toString() } : {}),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    return {
      status: res.status,
      body: await res.text(),
      location: location ? new URL(location, url).toString() : null,
    };
  };

  /** Follows redirects while they stay on the provider; returns the first page, or the URL that leaves. */
  const follow = async (start: { status: number; body: string; location: string | null }) => {
    let res = start;
    for (let hops = 0; res.location && hops < 10; hops++) {
      if (new URL(res.location).origin !== origin) return { left: res.location, res };
      res = await request(res.location);
    }
    return { left: null, res };
  };

  const formOf = (body: string) => {
    const action = /<form[^>]*action="([^"]+)"/.exec(body)?.[1];
    const fields = new URLSearchParams();
    for (const m of body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\s*\/?>/g))
      fields.set(m[1]!, m[2]!);
    return { action: action?.replace(/&amp;/g, '&'), fields };
  };

  return {
    async signIn(authorizationUrl, login, password = 'mot-de-passe-de-test') {
      const first = await follow(await request(authorizationUrl));
      if (first.left) return first.left;
      const { action } = formOf(first.res.body);
      if (!action || !first.res.body.includes('name="login"'))
        throw new Error(`no sign-in form at the provider (${first.res.status}): ${first.res.body.slice(0, 500)}`);
      const posted = await request(new URL(action, issuer).toString(), {
        method: 'POST',
        form: new URLSearchParams({ login, password }),
      });
      const after = await follow(posted);
      if (!after.left)
        throw new Error(
          `the provider did not send the browser back (${after.res.status}): ${after.res.body.slice(0, 500)}`,
        );
      return after.left;
    },
    async endSession(endSessionUrl) {
      const first = await follow(await request(endSessionUrl));
      if (first.left) return first.left;
      const { action, fields } = formOf(first.res.body);
      if (!action)
        throw new Error(`no logout form at the provider (${first.res.status}): ${first.res.body.slice(0, 500)}`);
      fields.set('logout', 'yes');
      const after = await follow(await request(new URL(action, issuer).toString(), { method: 'POST', form: fields }));
      if (!after.left) throw new Error(`the provider did not send the browser back (${after.res.status})`);
      return after.left;
    },
  };
}
