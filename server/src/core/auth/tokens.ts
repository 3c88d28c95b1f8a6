import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { JWT_ALG, type SigningKeys } from './keys.js';

export interface TokenSettings {
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
}

export async function signAccessToken(
  keys: SigningKeys,
  settings: TokenSettings,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + settings.accessTtlSeconds;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: JWT_ALG, typ: 'at+jwt' })
    .setSubject(userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .setJti(randomBytes(12).toString('base64url'))
    .sign(keys.privateKey);
  return { token, expiresAt: new Date(exp * 1000) };
}

/**
 * Access tokens this process has verified, per key pair: checking the Ed25519 signature is most of
 * the cost of authenticating a request, and once a token has passed, the outcome can change only
 * when it expires (signature, issuer, audience, type and subject are fixed; an access token is never
 * revoked, only left to expire). An entry answers only while `exp` is ahead, as jwtVerify checks it
 * (valid while exp > now, in whole seconds). Failures are never kept. Bounded: the oldest goes first.
 */
const verifiedTokens = new WeakMap<SigningKeys, Map<string, { sub: string; exp: number }>>();
const VERIFIED_TOKENS_MAX = 10_000;

/** Returns the user id, or null for any token that is not ours, not valid or expired. */
export async function verifyAccessToken(
  keys: SigningKeys,
  settings: TokenSettings,
  token: string,
): Promise<string | null> {
  let verified = verifiedTokens.get(keys);
  if (!verified) verifiedTokens.set(keys, (verified = new Map()));
  const key = `${settings.issuer}\n${settings.audience}\n${token}`;
  const known = verified.get(key);
  if (known) {
    if (known.exp > Math.floor(Date.now() / 1000)) return known.sub;
    verified.delete(key);
  }
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: [JWT_ALG],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['exp', 'sub', 'iat'],
      typ: 'at+jwt',
    });
    if (payload.sub && typeof payload.exp === 'number') {
      if (verified.size >= VERIFIED_TOKENS_MAX) verified.delete(verified.keys().next().value!);
      verified.set(key, { sub: payload.sub, exp: payload.exp });
    }
    return payload.sub ?? null;
  } catch (err) {
    if (err instanceof joseErrors.JOSEError) return null;
    throw err;
  }
}

export const newOpaqueToken = (prefix = '') => prefix + randomBytes(32).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
