import DataLoader from 'dataloader';
import type { RequestContext } from '../../../core/context.js';
import { actorsByIds, casesByIds, attemptsByCaseIds, eventsByCaseIds, pendingTransfersByCaseIds, youngPeopleByIds } from './queries.service.js';

/** One query per hop and per request, whatever the number of cases in the page. */
export const caseLoaders = {
  case: (ctx: RequestContext) => ctx.loader('caseById', () => new DataLoader((ids: readonly string[]) => casesByIds(ctx, ids))),
  youngPerson: (ctx: RequestContext) => ctx.loader('caseYoungPerson', () => new DataLoader((ids: readonly string[]) => youngPeopleByIds(ctx, ids))),
  attempts: (ctx: RequestContext) => ctx.loader('caseAttempts', () => new DataLoader((ids: readonly string[]) => attemptsByCaseIds(ctx, ids))),
  events: (ctx: RequestContext) => ctx.loader('caseEvents', () => new DataLoader((ids: readonly string[]) => eventsByCaseIds(ctx, ids))),
  pendingTransfer: (ctx: RequestContext) => ctx.loader('casePendingTransfer', () => new DataLoader((ids: readonly string[]) => pendingTransfersByCaseIds(ctx, ids))),
  actor: (ctx: RequestContext) => ctx.loader('caseActor', () => new DataLoader((ids: readonly string[]) => actorsByIds(ctx, ids))),
};
