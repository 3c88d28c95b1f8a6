import DataLoader from 'dataloader';
import { organisationsWithRole } from '../../core/auth/actor.js';
import type { RequestContext } from '../../core/context.js';
import { referentPlatformIds } from './platforms.service.js';

/** The platforms the actor is referent of, looked up once per request. */
export async function myReferentPlatforms(ctx: RequestContext): Promise<Set<string>> {
  const loader = ctx.loader('referentPlatforms', () =>
    new DataLoader(async (keys: readonly string[]) => {
      const ids = new Set(await referentPlatformIds(ctx));
      return keys.map(() => ids);
    }),
  );
  return loader.load('me');
}

export const counsellorOrganisations = (ctx: RequestContext): string[] => (ctx.actor ? organisationsWithRole(ctx.actor, 'COUNSELLOR') : []);

export async function isReferentOf(ctx: RequestContext, platformId: string): Promise<boolean> {
  return (await myReferentPlatforms(ctx)).has(platformId);
}

export const isCounsellorOf = (ctx: RequestContext, organisationId: string | null): boolean =>
  organisationId !== null && counsellorOrganisations(ctx).includes(organisationId);
