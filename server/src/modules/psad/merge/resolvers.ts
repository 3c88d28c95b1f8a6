import DataLoader from 'dataloader';
import { guard, policies } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import * as merge from './merge.service.js';

const referent = policies.anyRole('PSAD_REFERENT');

const casesLoader = (ctx: RequestContext) =>
  ctx.loader(
    'youngPersonCases',
    () => new DataLoader((ids: readonly string[]) => merge.casesByYoungPersonIds(ctx, ids)),
  );

/** GraphQL of duplicate young-person records: finding them, merging them (referents only). */
export const youngPersonMergeResolvers = {
  Query: {
    youngPersonDuplicates: guard(referent, (args, ctx) => merge.findDuplicates(ctx, args)),
  },
  Mutation: {
    mergeYoungPeople: guard(referent, (args, ctx) => merge.mergeYoungPeople(ctx, args)),
  },
  YoungPerson: {
    cases: (p, _a, ctx) => casesLoader(ctx).load(p.id),
  },
} satisfies Resolvers;
