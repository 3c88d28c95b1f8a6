import DataLoader from 'dataloader';
import { organisationsWithRole } from '../../core/auth/actor.js';
import { policies, type Policy } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { referentPlatformIds } from './platforms.service.js';

/**
 * The REST routes of the SIEI imports: PSAD referents (the role); the platform is then checked row
 * by row (the referents of the import's platform only). Named as the services name that refusal.
 */
export const psadReferent: Policy = { ...policies.anyRole('PSAD_REFERENT'), name: 'psad-referent' };

/** The worklists' export: referents (a platform's list) and counsellors (the cases assigned to them). */
export const caseWorker: Policy = policies.anyRole('PSAD_REFERENT', 'COUNSELLOR');

/** The platforms the actor is referent of, looked up once per request. */
export async function myReferentPlatforms(ctx: RequestContext): Promise<Set<string>> {
  const loader = ctx.loader(
    'referentPlatforms',
    () =>
      new DataLoader(async (keys: readonly string[]) => {
        const ids = new Set(await referentPlatformIds(ctx));
        return keys.map(() => ids);
      }),
  );
  return loader.load('me');
}

export const counsellorOrganisations = (ctx: RequestContext): string[] =>
  ctx.actor ? organisationsWithRole(ctx.actor, 'COUNSELLOR') : [];

export async function isReferentOf(ctx: RequestContext, platformId: string): Promise<boolean> {
  return (await myReferentPlatforms(ctx)).has(platformId);
}

export const isCounsellorOf = (ctx: RequestContext, organisationId: string | null): boolean =>
  organisationId !== null && counsellorOrganisations(ctx).includes(organisationId);
