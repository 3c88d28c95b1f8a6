/**
 * The OpenID Connect client of ProConnect (openid-client): the provider's metadata discovered on first
 * use, the authorization request (code flow, PKCE S256, state and nonce), the callback's checks (state,
 * nonce, the ID token's signature and audience, the signed userinfo of the same subject), and the
 * end-session URL. Nothing here logs a claim.
 */
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Config } from '../../../core/config.js';
import type { ProConnectClaims } from '../sign-in/tables.js';

/** The configuration ProConnect needs, when all three of its variables are set. */
export interface ProConnectSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  /** A plain-http issuer (the test provider): allowed outside production only. */
  insecure: boolean;
}

export function proconnectSettings(config: Config): ProConnectSettings | null {
  const { PROCONNECT_ISSUER: issuer, PROCONNECT_CLIENT_ID: clientId, PROCONNECT_CLIENT_SECRET: clientSecret } = config;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    scopes: config.PROCONNECT_SCOPES,
    redirectUri: `${config.APP_URL}/api/auth/proconnect/callback`,
    postLogoutRedirectUri: `${config.APP_URL}/connexion`,
    insecure: new URL(issuer).protocol === 'http:' && config.NODE_ENV !== 'production',
  };
}

export const proconnectEnabled = (config: Config): boolean => proconnectSettings(config) !== null;

/** Why a ProConnect sign-in was refused: a short reason for the audit log and the sign-in page, never a claim. */
export type ProConnectFailure =
  | 'not_configured'
  | 'provider_unreachable'
  | 'provider_refused'
  | 'code_refused'
  | 'nonce_mismatch'
  | 'state_mismatch'
  | 'invalid_token'
  | 'invalid_userinfo'
  | 'missing_claims';

export class ProConnectError extends Error {
  constructor(
    readonly reason: ProConnectFailure,
    /** The library's error code (OAUTH_…), for the audit log: never its message, which may quote a claim. */
    readonly code?: string,
  ) {
    super(`ProConnect: ${reason}${code ? ` (${code})` : ''}`);
    this.name = 'ProConnectError';
  }
}

/** The discovered configurations, one per provider and client (tests run several apps in a process). */
const configurations = new Map<string, Promise<oidc.Configuration>>();

/** The client's configuration, discovered once (a failed discovery is tried again on the next sign-in). */
export function proconnectConfiguration(settings: ProConnectSettings): Promise<oidc.Configuration> {
  const key = createHash('sha256')
    .update(JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret, settings.insecure]))
    .digest('hex');
  let found = configurations.get(key);
  if (!found) {
    found = oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        {
          client_secret: settings.clientSecret,
          // ProConnect signs its ID tokens and its userinfo answers (a JWT) with RS256.
          id_token_signed_response_alg: 'RS256',
          userinfo_signed_response_alg: 'RS256',
        },
        oidc.ClientSecretPost(settings.clientSecret),
        { timeout: 10, ...(settings.insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
      )
      .catch((err: unknown) => {
        configurations.delete(key);
        throw new ProConnectError('provider_unreachable', codeOf(err));
      });
    configurations.set(key, found);
  }
  return found;
}

const codeOf = (err: unknown): string | undefined => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** What the callback must find again: kept server-side with the sign-in under way. */
export interface AuthorizationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider's authorization URL for a new sign-in, and the checks its callback will need. */
export async function authorizationRequest(
  settings: ProConnectSettings,
): Promise<{ url: URL; checks: AuthorizationChecks }> {
  const configuration = await proconnectConfiguration(settings);
  const checks = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
  };
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: settings.redirectUri,
    scope: settings.scopes,
    state: checks.state,
    nonce: checks.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, checks };
}

const optionalText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** What a successful callback gives: the identity's claims (userinfo's, and the ID token's acr) and the ID token. */
export interface ProConnectResult {
  claims: ProConnectClaims;
  idToken: string;
}

/**
 * The callback: checks the authorization response against `checks` (state, then the code exchanged
 * with the PKCE verifier, the ID token's signature, issuer, audience and nonce), then reads the signed
 * userinfo, which must be of the ID token's subject.
 */
export async function completeAuthorization(
  settings: ProConnectSettings,
  currentUrl: URL,
  checks: AuthorizationChecks,
): Promise<ProConnectResult> {
  const configuration = await proconnectConfiguration(settings);
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
  } catch (err) {
    throw grantFailure(err);
  }
  const idClaims = tokens.claims();
  const idToken = tokens.id_token;
  if (!idClaims || !idToken) throw new ProConnectError('invalid_token');

  let userinfo: oidc.UserInfoResponse;
  try {
    userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
  } catch (err) {
    throw new ProConnectError('invalid_userinfo', codeOf(err));
  }
  const email = optionalText(userinfo.email)?.toLowerCase();
  if (!email) throw new ProConnectError('missing_claims');
  return {
    idToken,
    claims: {
      sub: idClaims.sub,
      email,
      given_name: optionalText(userinfo.given_name),
      usual_name: optionalText(userinfo.usual_name),
      siret: optionalText(userinfo.siret),
      uid: optionalText(userinfo.uid),
      idp_id: optionalText(userinfo.idp_id),
      acr: optionalText(idClaims.acr),
    },
  };
}

function grantFailure(err: unknown): ProConnectError {
  if (err instanceof ProConnectError) return err;
  const code = codeOf(err);
  if (err instanceof oidc.AuthorizationResponseError) return new ProConnectError('provider_refused', code);
  // The token endpoint's refusal: a code already used, expired, or not this verifier's.
  if (err instanceof oidc.ResponseBodyError) return new ProConnectError('code_refused', code);
  // openid-client wraps oauth4webapi's error, whose own cause names the claim or attribute compared.
  const detail = (name: 'claim' | 'attribute') => {
    const outer = (err as { cause?: Record<string, unknown> } | null)?.cause;
    return outer?.[name] ?? (outer?.cause as Record<string, unknown> | undefined)?.[name];
  };
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && detail('claim') === 'nonce')
    return new ProConnectError('nonce_mismatch', code);
  // The state of the response differs from the one sent (checked by the route first: rare here).
  if (detail('attribute') === 'state') return new ProConnectError('state_mismatch', code);
  if (code?.startsWith('OAUTH_')) return new ProConnectError('invalid_token', code);
  return new ProConnectError('provider_unreachable', code);
}

/**
 * Where the browser goes to end its ProConnect session too: the provider's end-session endpoint with
 * the session's ID token, and back to the sign-in page.
 */
export async function endSessionUrl(settings: ProConnectSettings, idToken: string): Promise<string> {
  const configuration = await proconnectConfiguration(settings);
  return oidc
    .buildEndSessionUrl(configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: settings.postLogoutRedirectUri,
      state: oidc.randomState(),
    })
    .toString();
}
