import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '@maillage/shared';
import { rowFromJson } from '../../core/db/json-row.js';
import type { Queryable } from '../../core/db/driver.js';
import { membership, organisation, territory } from './tables.js';

// What other modules may ask of identity, without touching its tables.

/** An organisation as the directory (and its loader) gives it. */
export type OrganisationRow = typeof organisation.$inferSelect;

/**
 * An organisation's row from `row_to_json(o)` of a statement reading identity's organisation_directory
 * view (views.ts): the same row the organisation loader would have read, to prime it with.
 */
export const organisationFromJson = (json: Record<string, unknown>): OrganisationRow => rowFromJson(organisation, json);

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
  const rows = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(inArray(organisation.id, ids), eq(organisation.active, true)));
  return new Set(rows.map((r) => r.id));
}

export async function territoryExists(db: Queryable, id: string): Promise<boolean> {
  const [row] = await db.select({ id: territory.id }).from(territory).where(eq(territory.id, id));
  return Boolean(row);
}

/**
 * The département an organisation belongs to: the DEPARTEMENT among its territory and that territory's
 * ancestors (territories and organisations are readable by every signed-in actor).
 */
export async function departementOfOrganisation(db: Queryable, organisationId: string): Promise<string | null> {
  const [org] = await db
    .select({ territoryId: organisation.territoryId })
    .from(organisation)
    .where(eq(organisation.id, organisationId));
  if (!org?.territoryId) return null;
  const result = await db.execute<{ id: string }>(sql`
    with recursive up as (
      select id, kind, parent_id, 0 as depth from territory where id = ${org.territoryId}
      union all
      select t.id, t.kind, t.parent_id, up.depth + 1 from territory t join up on t.id = up.parent_id where up.depth < 10
    )
    select id from up where kind = 'DEPARTEMENT' order by depth limit 1`);
  return result.rows[0]?.id ?? null;
}
