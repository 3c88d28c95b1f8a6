import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { JWT_ALG, type SigningKeys } from './keys.js';

export interface TokenSettings {
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
}

/** Whose token, and of which session (user_session): a revoked session's tokens are refused at once. */
export interface TokenSubject {
  userId: string;
  sessionId: string;
}

export async function signAccessToken(
  keys: SigningKeys,
  settings: TokenSettings,
  subject: TokenSubject,
): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + settings.accessTtlSeconds;
  const token = await new SignJWT({ sid: subject.sessionId })
    .setProtectedHeader({ alg: JWT_ALG, typ: 'at+jwt' })
    .setSubject(subject.userId)
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
 * the cost of authenticating a request, and once a token has passed, its signature's outcome can change
 * only when it expires (signature, issuer, audience, type, subject and session are fixed). Whether its
 * session was revoked is not kept here: every request reads it (authenticate.ts). An entry answers only
 * while `exp` is ahead, as jwtVerify checks it (valid while exp > now, in whole seconds). Failures are
 * never kept. Bounded: the oldest goes first.
 */
const verifiedTokens = new WeakMap<SigningKeys, Map<string, TokenSubject & { exp: number }>>();
const VERIFIED_TOKENS_MAX = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns its user and session, or null for any token that is not ours, not valid or expired. */
export async function verifyAccessToken(
  keys: SigningKeys,
  settings: TokenSettings,
  token: string,
): Promise<TokenSubject | null> {
  let verified = verifiedTokens.get(keys);
  if (!verified) verifiedTokens.set(keys, (verified = new Map()));
  const key = `${settings.issuer}\n${settings.audience}\n${token}`;
  const known = verified.get(key);
  if (known) {
    if (known.exp > Math.floor(Date.now() / 1000)) return { userId: known.userId, sessionId: known.sessionId };
    verified.delete(key);
  }
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: [JWT_ALG],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['exp', 'sub', 'iat', 'sid'],
      typ: 'at+jwt',
    });
    const { sub, sid, exp } = payload;
    if (!sub || typeof sid !== 'string' || !UUID.test(sid) || typeof exp !== 'number') return null;
    if (verified.size >= VERIFIED_TOKENS_MAX) verified.delete(verified.keys().next().value!);
    verified.set(key, { userId: sub, sessionId: sid, exp });
    return { userId: sub, sessionId: sid };
  } catch (err) {
    if (err instanceof joseErrors.JOSEError) return null;
    throw err;
  }
}

export const newOpaqueToken = (prefix = '') => prefix + randomBytes(32).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
