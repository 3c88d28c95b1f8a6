import DataLoader from 'dataloader';
import type { RequestContext } from '../../../core/context.js';
import { valuesOf, type CriterionValueRow } from './criteria.service.js';
import { questionsOf, type QvtQuestionRow } from './qvt.service.js';

const grouped = <R>(ids: readonly string[], rows: R[], key: (r: R) => string) => {
  const by = new Map<string, R[]>();
  for (const r of rows) by.set(key(r), [...(by.get(key(r)) ?? []), r]);
  return ids.map((id) => by.get(id) ?? []);
};

export const evaluationLoaders = {
  criterionValues: (ctx: RequestContext) =>
    ctx.loader(
      'orientationCriterionValues',
      () =>
        new DataLoader<string, CriterionValueRow[]>(async (ids) =>
          grouped(ids, await valuesOf(ctx, ids), (r) => r.criterionId),
        ),
    ),
  qvtQuestions: (ctx: RequestContext) =>
    ctx.loader(
      'qvtQuestions',
      () =>
        new DataLoader<string, QvtQuestionRow[]>(async (ids) =>
          grouped(ids, await questionsOf(ctx, ids), (r) => r.campaignId),
        ),
    ),
};
