import type { Role } from '@maillage/shared';

/** Who is calling, what roles they hold, and which organisations bound what they see. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  roles: ReadonlySet<Role>;
  organisationIds: string[];
  memberships: { organisationId: string; roles: Role[] }[];
  via: 'token' | 'api_key';
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
