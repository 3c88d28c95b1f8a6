import { guard, policies } from '../../core/authz.js';
import type { RequestContext } from '../../core/context.js';
import { dayOf, withDays } from '../../core/graphql/days.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { loaders as identityLoaders } from '../identity/loaders.js';
import { caseLoaders } from '../psad/cases/loaders.js';
import type { CaseRow } from '../psad/cases/transitions.service.js';
import { getPlatform } from '../psad/platforms.service.js';
import { isReferentOf } from '../psad/policy.js';
import * as actions from './actions.service.js';
import * as catalogue from './catalogue.service.js';
import type { PageArgs } from '../../core/pagination.js';
import * as veille from './veille.service.js';

/** The platform's shared tools are written by its referents; its partners' members read them. */
export const toolsWriter = policies.anyRole('PSAD_REFERENT');
export const toolsReader = policies.anyRole('PSAD_REFERENT', 'COUNSELLOR');

const pageArgs = (args: PageArgs): PageArgs => ({ first: args.first, after: args.after, offset: args.offset });

const platformOf = async (ctx: RequestContext, id: string) => (await getPlatform(ctx, id))!;

export const toolsResolvers = {
  Query: {
    solutionOffers: guard(toolsReader, (args, ctx) =>
      catalogue.listSolutionOffers(
        ctx,
        withDays({ ...(args.filter ?? {}) }, ['activeOn']) as catalogue.OfferFilter,
        pageArgs(args),
      ),
    ),
    platformActions: guard(toolsReader, (args, ctx) =>
      actions.listPlatformActions(ctx, {
        platformId: args.platformId,
        from: (dayOf(args.from) as string | null | undefined) ?? null,
        to: (dayOf(args.to) as string | null | undefined) ?? null,
        ...pageArgs(args),
      }),
    ),
    veilleDocuments: guard(toolsReader, (args, ctx) =>
      veille.listVeilleDocuments(ctx, args.platformId, pageArgs(args)),
    ),
  },
  Mutation: {
    createSolutionOffer: guard(toolsWriter, (args, ctx) =>
      catalogue.createSolutionOffer(ctx, withDays(args.input, ['activeFrom', 'activeUntil'])),
    ),
    updateSolutionOffer: guard(toolsWriter, (args, ctx) =>
      catalogue.updateSolutionOffer(ctx, withDays(args.input, ['activeFrom', 'activeUntil'])),
    ),
    deleteSolutionOffer: guard(toolsWriter, (args, ctx) => catalogue.deleteSolutionOffer(ctx, args.input)),
    createPlatformAction: guard(toolsWriter, (args, ctx) =>
      actions.createPlatformAction(ctx, withDays(args.input, ['heldOn'])),
    ),
    updatePlatformAction: guard(toolsWriter, (args, ctx) =>
      actions.updatePlatformAction(ctx, withDays(args.input, ['heldOn'])),
    ),
    deletePlatformAction: guard(toolsWriter, (args, ctx) => actions.deletePlatformAction(ctx, args.input)),
    addVeilleDocument: guard(toolsWriter, (args, ctx) =>
      veille.addVeilleDocument(ctx, withDays(args.input, ['publishedOn'])),
    ),
    updateVeilleDocument: guard(toolsWriter, (args, ctx) =>
      veille.updateVeilleDocument(ctx, withDays(args.input, ['publishedOn'])),
    ),
    deleteVeilleDocument: guard(toolsWriter, (args, ctx) => veille.deleteVeilleDocument(ctx, args.input)),
  },
  SolutionOffer: {
    platform: (o, _a, ctx) => platformOf(ctx, o.platformId),
    solutionType: (o) => o.solutionType as never,
    organisation: (o, _a, ctx) => (o.organisationId ? identityLoaders.organisation(ctx).load(o.organisationId) : null),
    canEdit: (o, _a, ctx) => isReferentOf(ctx, o.platformId),
  },
  PlatformAction: {
    platform: (a, _x, ctx) => platformOf(ctx, a.platformId),
    kind: (a) => a.kind as never,
    partnerOrganisations: async (a, _x, ctx) =>
      (await Promise.all(a.partnerOrganisationIds.map((id) => identityLoaders.organisation(ctx).load(id)))).filter(
        (o) => o !== null,
      ),
    caseIds: async (a, _x, ctx) => ((await isReferentOf(ctx, a.platformId)) ? actions.caseIdsOf(ctx, a.id) : []),
    cases: async (a, _x, ctx) => {
      if (!(await isReferentOf(ctx, a.platformId))) return [];
      const rows = await caseLoaders.case(ctx).loadMany(await actions.caseIdsOf(ctx, a.id));
      return rows.filter((c): c is CaseRow => c !== null && !(c instanceof Error));
    },
    canEdit: (a, _x, ctx) => isReferentOf(ctx, a.platformId),
  },
  VeilleDocument: {
    platform: (d, _x, ctx) => platformOf(ctx, d.platformId),
    url: (d) => d.url ?? '',
    addedByName: (d) => d.addedByName,
    canEdit: (d, _x, ctx) => isReferentOf(ctx, d.platformId),
  },
} satisfies Resolvers;
