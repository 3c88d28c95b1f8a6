import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { ClasParty } from '@maillage/shared';
import { organisationsWithRole } from '../../core/auth/actor.js';
import type { RequestContext } from '../../core/context.js';
import { textArrayOf } from '../../core/db/pg-array.js';

/** The organisations where the actor holds CLAS_HOLDER: their projects are the actor's to edit. */
export const holderOrganisations = (ctx: RequestContext): string[] =>
  ctx.actor ? organisationsWithRole(ctx.actor, 'CLAS_HOLDER') : [];

/**
 * The départements whose projects the actor examines as CAF_OFFICER, from the same SQL function row-level
 * security uses, so that the explicit checks and the policies cannot disagree. Looked up once per request.
 */
export async function officerDepartements(ctx: RequestContext): Promise<ReadonlySet<string>> {
  if (!ctx.actor?.roles.has('CAF_OFFICER')) return new Set();
  const loader = ctx.loader(
    'clasOfficerDepartements',
    () =>
      new DataLoader(async (keys: readonly string[]) => {
        const result = await ctx.db.execute<{ ids: string[] | string }>(sql`select app_caf_departement_ids() as ids`);
        const ids = new Set(textArrayOf(result.rows[0]?.ids));
        return keys.map(() => ids);
      }),
  );
  return loader.load('me');
}

/** Who the actor is towards a project: its holder, its CAF officer, or neither (null). */
export async function partyOf(
  ctx: RequestContext,
  project: { organisationId: string; departementId: string },
): Promise<ClasParty | null> {
  if (holderOrganisations(ctx).includes(project.organisationId)) return 'HOLDER';
  if ((await officerDepartements(ctx)).has(project.departementId)) return 'OFFICER';
  return null;
}
