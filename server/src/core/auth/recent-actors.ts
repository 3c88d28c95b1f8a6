import type { FastifyInstance } from 'fastify';
import { literal } from '../db/sql-literal.js';
import { buildActor, type Actor } from './actor.js';

/**
 * The actors of the users who called this process lately, so that a GraphQL request need not read its
 * caller's memberships before its transaction: it sets row-level security from the remembered actor
 * and reads the memberships again in the same round trip as its BEGIN (actorRowsSql), in its own
 * snapshot; when they changed, or the user was deactivated, the transaction is started again with the
 * actor read, before any field runs (RequestState.begin). Least recently used first out.
 */
export class RecentActors {
  private readonly actors = new Map<string, Actor>();
  constructor(private readonly max = 5_000) {}

  get(userId: string): Actor | undefined {
    const actor = this.actors.get(userId);
    if (actor) {
      this.actors.delete(userId);
      this.actors.set(userId, actor);
    }
    return actor;
  }

  set(actor: Actor): void {
    this.actors.delete(actor.userId);
    this.actors.set(actor.userId, actor);
    if (this.actors.size > this.max) this.actors.delete(this.actors.keys().next().value!);
  }

  delete(userId: string): void {
    this.actors.delete(userId);
  }
}

const byApp = new WeakMap<FastifyInstance, RecentActors>();

export function recentActorsOf(app: FastifyInstance): RecentActors {
  let recent = byApp.get(app);
  if (!recent) byApp.set(app, (recent = new RecentActors()));
  return recent;
}

/** A user's row and memberships in active organisations, as loadActor reads them: one row per membership. */
export interface ActorRow {
  active: boolean;
  organisation_id: string | null;
  roles: string[] | null;
}

/**
 * loadActor's statement without parameters (the ids are a verified token's uuids), to ride with a BEGIN:
 * no row when the session was revoked (or is another user's).
 */
export function actorRowsSql(userId: string, sessionId: string): string {
  return `select u.active, o.id as organisation_id, m.roles
    from app_user u
    join user_session s on s.id = ${literal(sessionId)}::uuid and s.user_id = u.id and s.revoked_at is null
    left join membership m on m.user_id = u.id
    left join organisation o on o.id = m.organisation_id and o.active
   where u.id = ${literal(userId)}::uuid`;
}

/** The actor of an active user from its rows; null when the user is unknown or inactive. */
export function actorFromRows(userId: string, rows: readonly ActorRow[], via: Actor['via']): Actor | null {
  if (rows.length === 0 || !rows[0]!.active) return null;
  const memberships = rows
    .filter((r) => r.organisation_id && r.roles)
    .map((r) => ({ organisationId: r.organisation_id!, roles: r.roles! }));
  return buildActor(userId, memberships, via);
}

/** Whether two actors of one user grant the same: same organisations, same roles in each. */
export function sameGrant(a: Actor, b: Actor): boolean {
  const key = (actor: Actor) =>
    JSON.stringify(
      actor.memberships
        .map((m) => [m.organisationId, [...m.roles].sort()] as const)
        .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
    );
  return a.userId === b.userId && key(a) === key(b);
}
