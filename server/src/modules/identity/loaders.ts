import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context.js';
import { organisationsByIds } from './organisations.service.js';
import { territoriesByIds } from './territories.service.js';
import { membershipsByUserIds, usersByIds } from './users.service.js';
import { usageByKeyIds } from './api-keys.service.js';

export const loaders = {
  organisation: (ctx: RequestContext) =>
    ctx.loader('organisation', () => new DataLoader((ids: readonly string[]) => organisationsByIds(ctx, ids))),
  territory: (ctx: RequestContext) =>
    ctx.loader('territory', () => new DataLoader((ids: readonly string[]) => territoriesByIds(ctx, ids))),
  user: (ctx: RequestContext) =>
    ctx.loader('user', () => new DataLoader((ids: readonly string[]) => usersByIds(ctx, ids))),
  membershipsOfUser: (ctx: RequestContext) =>
    ctx.loader('membershipsOfUser', () => new DataLoader((ids: readonly string[]) => membershipsByUserIds(ctx, ids))),
  apiKeyUsage: (ctx: RequestContext) =>
    ctx.loader('apiKeyUsage', () => new DataLoader((ids: readonly string[]) => usageByKeyIds(ctx, ids))),
};
