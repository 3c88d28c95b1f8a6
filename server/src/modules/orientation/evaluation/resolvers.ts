import { guard, readById } from '../../../core/authz.js';
import { withDays } from '../../../core/graphql/days.js';
import type { Resolvers } from '../../../core/graphql/resolvers-types.js';
import { orientationStaff } from '../policy.js';
import * as criteria from './criteria.service.js';
import * as interviews from './interviews.service.js';
import { evaluationLoaders } from './loaders.js';
import * as qvt from './qvt.service.js';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

export const evaluationResolvers = {
  Query: {
    orientationInterviewCounts: guard(orientationStaff, (args, ctx) =>
      interviews.interviewCounts(ctx, args.cioId, args.from, args.to),
    ),
    evaluationCriteria: guard(orientationStaff, (args, ctx) => criteria.criteriaOf(ctx, args.cioId)),
    qvtCampaigns: guard(orientationStaff, (args, ctx) => qvt.campaignsOf(ctx, args.cioId)),
    qvtCampaign: guard(
      orientationStaff,
      readById({ action: 'qvt_campaign.read', subjectType: 'qvt_campaign' }, (args, ctx) => qvt.campaign(ctx, args.id)),
    ),
  },
  Mutation: {
    saveInterviewCounts: guard(orientationStaff, (args, ctx) => interviews.saveInterviewCounts(ctx, args.input)),
    createEvaluationCriterion: guard(orientationStaff, (args, ctx) => criteria.createCriterion(ctx, args.input)),
    updateEvaluationCriterion: guard(orientationStaff, (args, ctx) => criteria.updateCriterion(ctx, args.input)),
    deleteEvaluationCriterion: guard(orientationStaff, (args, ctx) => criteria.deleteCriterion(ctx, args.input)),
    addCriterionValue: guard(orientationStaff, (args, ctx) =>
      criteria.addValue(ctx, withDays(args.input, ['measuredOn'])),
    ),
    removeCriterionValue: guard(orientationStaff, (args, ctx) => criteria.removeValue(ctx, { id: args.id })),
    createQvtCampaign: guard(orientationStaff, (args, ctx) =>
      qvt.createCampaign(ctx, withDays(args.input, ['opensOn', 'closesOn'])),
    ),
    answerQvtCampaign: guard(orientationStaff, (args, ctx) => qvt.answerCampaign(ctx, args.input)),
  },
  EvaluationCriterion: {
    values: (c, _args, ctx) => evaluationLoaders.criterionValues(ctx).load(c.id),
  },
  QvtCampaign: {
    questions: (c, _args, ctx) => evaluationLoaders.qvtQuestions(ctx).load(c.id),
    answered: (c, _args, ctx) => qvt.hasAnswered(ctx, c.id),
    canAnswer: async (c, _args, ctx) => {
      const day = today();
      if (day < c.opensOn || day > c.closesOn) return false;
      return (await qvt.isRespondentOf(ctx, c.cioId)) && !(await qvt.hasAnswered(ctx, c.id));
    },
    results: (c, _args, ctx) => qvt.resultsOf(ctx, c.id),
  },
} satisfies Resolvers;
