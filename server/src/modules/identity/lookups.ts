import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '@maillage/shared';
import type { Queryable } from '../../core/db/driver.js';
import { membership, organisation, territory } from './tables.js';

// What other modules may ask of identity, without touching its tables.

/** Of `userIds`, those holding `role` in at least one organisation. */
export async function usersHoldingRole(db: Queryable, userIds: string[], role: Role): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(inArray(membership.userId, userIds), sql`${role} = any(${membership.roles})`));
  return new Set(rows.map((r) => r.userId));
}

/** Of `ids`, the organisations that exist and are active. */
export async function activeOrganisations(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: organisation.id }).from(organisation).where(and(inArray(organisation.id, ids), eq(organisation.active, true)));
  return new Set(rows.map((r) => r.id));
}

export async function territoryExists(db: Queryable, id: string): Promise<boolean> {
  const [row] = await db.select({ id: territory.id }).from(territory).where(eq(territory.id, id));
  return Boolean(row);
}
