import type { Role } from '@maillage/shared';
import type { ApiScope } from '@maillage/shared/api';

/**
 * What the API key a call came with allows (issue 20): the scopes it carries, the platforms it acts for,
 * its rate limit. The organisations it acts for are not here: the actor's memberships are already
 * narrowed to them, so that row-level security sees no more than the key may.
 */
export interface ApiKeyGrant {
  id: string;
  scopes: ReadonlySet<ApiScope>;
  /** The PSAD platforms it acts for; null: any its account's memberships reach. */
  platformIds: string[] | null;
  /** Calls a minute, counted across every API process. */
  rateLimitPerMinute: number;
  /** Only registered documents (sent by their sha256 id) are accepted from it. */
  trustedDocumentsOnly: boolean;
}

/** Who is calling, what roles they hold, and which organisations bound what they see. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  roles: ReadonlySet<Role>;
  organisationIds: string[];
  memberships: { organisationId: string; roles: Role[] }[];
  via: 'token' | 'api_key';
  /** The signed-in session (user_session) of a token's call; none for an API key. */
  sessionId?: string;
  /** Set when the call came with an API key (via 'api_key'). */
  apiKey?: ApiKeyGrant;
}

export function buildActor(
  userId: string,
  memberships: { organisationId: string; roles: string[] }[],
  via: Actor['via'],
): Actor {
  const typed = memberships.map((m) => ({ organisationId: m.organisationId, roles: m.roles as Role[] }));
  const roles = new Set(typed.flatMap((m) => m.roles));
  return {
    userId,
    isAdmin: roles.has('ADMIN'),
    roles,
    organisationIds: typed.map((m) => m.organisationId),
    memberships: typed,
    via,
  };
}

export function organisationsWithRole(actor: Actor, role: Role): string[] {
  return actor.memberships.filter((m) => m.roles.includes(role)).map((m) => m.organisationId);
}
