import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { identity, searchKey, type Role } from '@maillage/shared';
import type { RequestContext } from '../../core/context.js';
import { textArrayOf } from '../../core/db/pg-array.js';
import { badInput, notFound } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { activeOrganisations } from '../identity/lookups.js';

/** How many professionals one call returns at most, and by default. */
export const PROFESSIONALS_MAX = 50;
export const PROFESSIONALS_DEFAULT = 20;

export interface ProfessionalRow {
  id: string;
  displayName: string;
  roles: Role[];
}

const professionalsSchema = z.object({
  organisationId: identity.uuid,
  search: z.string().trim().max(100, '100 caractères au plus').nullish(),
  first: z.number().int().nullish(),
});

/**
 * The professionals of an organisation a social worker may put on a liste d'accompagnement with their
 * account: its active users holding SOCIAL_WORKER or COUNSELLOR, by name; `search` matches the name
 * without regard to accents or case (every word of it, as the directory's search does). Names and those
 * two roles only: never an e-mail, never a user of another role.
 *
 * Row-level security hides other organisations' users and memberships from the request role, hence the
 * database function app_parcours_professionals() (definer rights, and it answers social workers only):
 * a query's fields resolve concurrently on the request's one connection, where a step out of row-level
 * security (asOwner) would let another field's statement run with every policy off. A directory lookup,
 * not a read of a person's record: not audited.
 */
export async function listProfessionals(ctx: RequestContext, raw: unknown): Promise<ProfessionalRow[]> {
  const input = parseInput(professionalsSchema, raw, '');
  const first = input.first ?? PROFESSIONALS_DEFAULT;
  if (first < 1 || first > PROFESSIONALS_MAX)
    throw badInput([{ path: 'first', message: `entre 1 et ${PROFESSIONALS_MAX}` }]);
  if (!(await activeOrganisations(ctx.db, [input.organisationId])).has(input.organisationId))
    throw notFound('Organisation');
  const words = input.search ? searchKey(input.search).split(' ').filter(Boolean) : [];
  const result = await ctx.db.execute<{ id: string; display_name: string; roles: Role[] | string }>(
    sql`select id, display_name, roles from app_parcours_professionals(${input.organisationId}::uuid, ${`{${words.join(',')}}`}::text[], ${first}::int)`,
  );
  return result.rows.map((r) => ({ id: r.id, displayName: r.display_name, roles: textArrayOf(r.roles) as Role[] }));
}
