import DataLoader from 'dataloader';
import type { RequestContext } from '../../../core/context.js';
import { orientationPeople, type OrientationPersonRow } from '../cios.service.js';
import { cellsOf } from './duties.service.js';
import { psyenIdsOf, schoolsOf } from './networks.service.js';

/** A person no longer active at the CIO (their half-days and files keep them): named neutrally. */
const formerPerson = (id: string): OrientationPersonRow => ({ id, displayName: 'Compte désactivé', roles: [] });

/** Per request: each CIO's people once, each network's schools and PsyEn in one query for the page. */
export const orientationLoaders = {
  people: (ctx: RequestContext) =>
    ctx.loader(
      'orientationPeople',
      () =>
        new DataLoader(async (cioIds: readonly string[]) =>
          Promise.all(cioIds.map(async (id) => new Map((await orientationPeople(ctx, id)).map((p) => [p.id, p])))),
        ),
    ),
  schools: (ctx: RequestContext) =>
    ctx.loader(
      'orientationNetworkSchools',
      () =>
        new DataLoader(async (networkIds: readonly string[]) => {
          const rows = await schoolsOf(ctx, networkIds);
          return networkIds.map((id) => rows.filter((r) => r.networkId === id).map((r) => r.school));
        }),
    ),
  psyenIds: (ctx: RequestContext) =>
    ctx.loader(
      'orientationNetworkPsyen',
      () =>
        new DataLoader(async (networkIds: readonly string[]) => {
          const rows = await psyenIdsOf(ctx, networkIds);
          return networkIds.map((id) => rows.filter((r) => r.networkId === id).map((r) => r.userId));
        }),
    ),
  cells: (ctx: RequestContext) =>
    ctx.loader(
      'orientationDutyCells',
      () =>
        new DataLoader(async (dutyIds: readonly string[]) => {
          const byDuty = await cellsOf(ctx, dutyIds);
          return dutyIds.map((id) => byDuty.get(id) ?? []);
        }),
    ),
};

export async function personOf(ctx: RequestContext, cioId: string, userId: string): Promise<OrientationPersonRow> {
  return (await orientationLoaders.people(ctx).load(cioId)).get(userId) ?? formerPerson(userId);
}
