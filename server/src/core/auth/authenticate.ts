import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiKey, appUser, membership, organisation } from '../../modules/identity/tables.js';
import { userSession } from '../../modules/identity/sign-in/tables.js';
import { againOnConnectionLoss, type Db } from '../db/driver.js';
import { AppError } from '../errors.js';
import type { Actor } from './actor.js';
import { actorOfKey, KEY_GRANT_COLUMNS } from './key-actor.js';
import { actorFromRows, recentActorsOf } from './recent-actors.js';
import { isStreamRequest, STREAM_COOKIE, streamTokenSettings } from './stream-cookie.js';
import { sha256, verifyAccessToken } from './tokens.js';

const invalidToken = () => new AppError('UNAUTHENTICATED', 'Session expirée ou invalide : reconnectez-vous.');

/**
 * Loads the actor of an active user with its memberships in active organisations; with `sessionId`, only
 * while that session of the user is not revoked (a revoked session's tokens stop at once, whatever API
 * process they reach: the sessions are in the database all processes share).
 */
export async function loadActor(db: Db, userId: string, via: Actor['via'], sessionId?: string): Promise<Actor | null> {
  // Every request starts here: after terminated backends, it must not be the one handed a dead pooled connection.
  const rows = await againOnConnectionLoss(() => {
    const user = db
      // The organisation's id, not the membership's: it is null when the organisation is inactive, so
      // that a membership of a deactivated organisation grants nothing.
      .select({ active: appUser.active, organisationId: organisation.id, roles: membership.roles })
      .from(appUser);
    const live = sessionId
      ? user.innerJoin(
          userSession,
          and(eq(userSession.id, sessionId), eq(userSession.userId, appUser.id), isNull(userSession.revokedAt)),
        )
      : user;
    return live
      .leftJoin(membership, eq(membership.userId, appUser.id))
      .leftJoin(organisation, and(eq(organisation.id, membership.organisationId), eq(organisation.active, true)))
      .where(eq(appUser.id, userId));
  });
  const actor = actorFromRows(
    userId,
    rows.map((r) => ({ active: r.active, organisation_id: r.organisationId, roles: r.roles })),
    via,
  );
  return actor && sessionId ? { ...actor, sessionId } : actor;
}

async function actorFromApiKey(db: Db, key: string): Promise<Actor | null> {
  // Its last use is stamped with its usage count, after the response (api-key-usage.ts).
  const [row] = await db
    .select(KEY_GRANT_COLUMNS)
    .from(apiKey)
    .where(and(eq(apiKey.keyHash, sha256(key)), isNull(apiKey.revokedAt), gt(apiKey.expiresAt, sql`now()`)));
  if (!row) return null;
  // A key stops working as soon as its user is no longer a service account.
  const account = await loadActor(db, row.userId, 'api_key');
  return account?.roles.has('SERVICE_ACCOUNT') ? actorOfKey(account, row) : null;
}

/**
 * Sets request.actor from a bearer access token or an API key (or, on the notification stream alone, its
 * cookie: stream-cookie.ts); a missing credential leaves it null.
 */
export async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  request.actor = null;
  request.actorToCheck = false;
  request.authError = null;
  request.graphqlState = null;
  const { database, keys, tokens } = app.services;
  const header = request.headers.authorization;
  const apiKeyHeader = request.headers['x-api-key'];
  if (typeof apiKeyHeader === 'string' || header?.startsWith('ApiKey ')) {
    const key = typeof apiKeyHeader === 'string' ? apiKeyHeader : header!.slice('ApiKey '.length).trim();
    request.actor = await actorFromApiKey(database.db, key);
    if (!request.actor) request.authError = new AppError('UNAUTHENTICATED', "Clé d'API invalide, expirée ou révoquée.");
    return;
  }
  if (!header) {
    const streamToken = isStreamRequest(request.method, request.url) ? request.cookies[STREAM_COOKIE] : undefined;
    if (streamToken) {
      const subject = await verifyAccessToken(keys, streamTokenSettings(tokens), streamToken);
      request.actor = subject ? await loadActor(database.db, subject.userId, 'token', subject.sessionId) : null;
      if (!request.actor) request.authError = invalidToken();
    }
    return;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const subject = match ? await verifyAccessToken(keys, tokens, match[1]!) : null;
  if (!subject) {
    request.authError = invalidToken();
    return;
  }
  const { userId, sessionId } = subject;
  // A GraphQL operation opens its transaction before any field runs, and checks a remembered actor and
  // its session there (RequestState.begin): it need not read them first. Other requests read them, and
  // remember the actor.
  const recent = recentActorsOf(app);
  const remembered = request.url.startsWith('/graphql') ? recent.get(userId) : undefined;
  if (remembered) {
    request.actor = { ...remembered, sessionId };
    request.actorToCheck = true;
    return;
  }
  request.actor = await loadActor(database.db, userId, 'token', sessionId);
  if (request.actor) recent.set(request.actor);
  else {
    recent.delete(userId);
    request.authError = invalidToken();
  }
}

export { invalidToken };
