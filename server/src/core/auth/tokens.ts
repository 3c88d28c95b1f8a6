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

/** Returns the user id, or null for any token that is not ours, not valid or expired. */
export async function verifyAccessToken(keys: SigningKeys, settings: TokenSettings, token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, keys.publicKey, {
      algorithms: [JWT_ALG],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['exp', 'sub', 'iat'],
      typ: 'at+jwt',
    });
    return payload.sub ?? null;
  } catch (err) {
    if (err instanceof joseErrors.JOSEError) return null;
    throw err;
  }
}

export const newOpaqueToken = (prefix = '') => prefix + randomBytes(32).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
