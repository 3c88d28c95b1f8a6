import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Services } from '../../../core/services.js';
import type { Tx } from '../../../core/db/driver.js';
import { newOpaqueToken, sha256, signAccessToken } from '../../../core/auth/tokens.js';
import { refreshToken } from '../tables.js';
import { userSession, type SessionRevokeReason, type SessionSecondFactor, type SignInMethod } from './tables.js';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface Session {
  sessionId: string;
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: SessionUser;
  /**
   * At sign-in only: the failed sign-ins on the account since the user's last one, from every address,
   * for the web app to tell them (someone else may be trying their password).
   */
  failedLogins?: { count: number; lastAt: Date | null };
}

/** Who signs in: their address and browser are kept, approximately, on the session they open. */
export interface Caller {
  address: string;
  userAgent?: string | undefined;
  requestId: string;
}

/**
 * The address a session shows its user: the /24 of an IPv4 address, the /48 of an IPv6 one. Enough to
 * tell « my office » from « abroad », not enough to locate a person.
 */
export function addressPrefix(address: string): string | null {
  const version = isIP(address);
  if (version === 4) return `${address.split('.').slice(0, 3).join('.')}.0/24`;
  if (version !== 6) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return addressPrefix(mapped[1]!);
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 3)
    .map((g) => g.replace(/^0+(?=.)/, '').toLowerCase())
    .join(':')}::/48`;
}

async function issueTokens(services: Services, tx: Tx, user: SessionUser, sessionId: string): Promise<Session> {
  const token = newOpaqueToken();
  const refreshExpiresAt = new Date(Date.now() + services.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
  await tx
    .insert(refreshToken)
    .values({ familyId: sessionId, userId: user.id, tokenHash: sha256(token), expiresAt: refreshExpiresAt });
  const access = await signAccessToken(services.keys, services.tokens, { userId: user.id, sessionId });
  return {
    sessionId,
    accessToken: access.token,
    expiresAt: access.expiresAt,
    refreshToken: token,
    refreshExpiresAt,
    user,
  };
}

/** A new session after a complete sign-in, with its first tokens. */
export async function openSession(
  services: Services,
  tx: Tx,
  opening: {
    user: SessionUser;
    method: SignInMethod;
    secondFactor: SessionSecondFactor | null;
    idToken?: string | null;
    caller: Caller;
  },
): Promise<Session> {
  const id = randomUUID();
  await tx.insert(userSession).values({
    id,
    userId: opening.user.id,
    method: opening.method,
    secondFactor: opening.secondFactor,
    userAgent: opening.caller.userAgent?.slice(0, 512) ?? null,
    addressPrefix: addressPrefix(opening.caller.address),
    idToken: opening.idToken ?? null,
  });
  return issueTokens(services, tx, opening.user, id);
}

/** New tokens for a live session (refresh), which is marked used now. */
export async function continueSession(
  services: Services,
  tx: Tx,
  user: SessionUser,
  sessionId: string,
  caller: Caller,
): Promise<Session | null> {
  const [live] = await tx
    .update(userSession)
    .set({ lastUsedAt: sql`now()`, addressPrefix: addressPrefix(caller.address) })
    .where(and(eq(userSession.id, sessionId), eq(userSession.userId, user.id), isNull(userSession.revokedAt)))
    .returning({ id: userSession.id });
  return live ? issueTokens(services, tx, user, sessionId) : null;
}

/**
 * Ends sessions: their access tokens are refused from the next request on (authenticate.ts), and their
 * refresh tokens too (continueSession). Returns the ids of those that were live. Works with the request's
 * own handle: the user's sessions are theirs to end (migration 0045's policy).
 */
export async function revokeSessions(
  tx: Tx,
  where: { userId: string; ids?: string[]; except?: string },
  reason: SessionRevokeReason,
): Promise<string[]> {
  const revoked = await tx
    .update(userSession)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(
      and(
        eq(userSession.userId, where.userId),
        isNull(userSession.revokedAt),
        where.ids ? inArray(userSession.id, where.ids) : undefined,
        where.except ? ne(userSession.id, where.except) : undefined,
      ),
    )
    .returning({ id: userSession.id });
  return revoked.map((r) => r.id);
}
