import { eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { orientationDuty, orientationNetwork, orientationPeriod, orientationTransversalFile } from './tables.js';
import { workPlan, workPlanAction } from './workplan/tables.js';
import { orientationCriterion, orientationCriterionValue, qvtCampaign } from './evaluation/tables.js';

type Names = (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>;

/** The names the audit log shows for the orientation service's objects, read as the reader (RLS). */
export const orientationAuditNames: Record<string, Names> = {
  orientation_period: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: orientationPeriod.id, name: orientationPeriod.name, year: orientationPeriod.schoolYear })
      .from(orientationPeriod)
      .where(inArray(orientationPeriod.id, ids));
    return new Map(rows.map((r) => [r.id, `période « ${r.name} » ${r.year}`]));
  },
  orientation_network: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: orientationNetwork.id, name: orientationNetwork.name })
      .from(orientationNetwork)
      .where(inArray(orientationNetwork.id, ids));
    return new Map(rows.map((r) => [r.id, `réseau « ${r.name} »`]));
  },
  orientation_duty: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: orientationDuty.id, label: orientationDuty.label })
      .from(orientationDuty)
      .where(inArray(orientationDuty.id, ids));
    return new Map(rows.map((r) => [r.id, `« ${r.label} »`]));
  },
  orientation_transversal_file: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: orientationTransversalFile.id, title: orientationTransversalFile.title })
      .from(orientationTransversalFile)
      .where(inArray(orientationTransversalFile.id, ids));
    return new Map(rows.map((r) => [r.id, `dossier « ${r.title} »`]));
  },
  work_plan: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: workPlan.id, title: workPlan.title })
      .from(workPlan)
      .where(inArray(workPlan.id, ids));
    return new Map(rows.map((r) => [r.id, `plan de travail « ${r.title} »`]));
  },
  work_plan_action: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: workPlanAction.id, title: workPlanAction.title })
      .from(workPlanAction)
      .where(inArray(workPlanAction.id, ids));
    return new Map(rows.map((r) => [r.id, `action « ${r.title} »`]));
  },
  orientation_criterion: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: orientationCriterion.id, label: orientationCriterion.label })
      .from(orientationCriterion)
      .where(inArray(orientationCriterion.id, ids));
    return new Map(rows.map((r) => [r.id, `critère « ${r.label} »`]));
  },
  orientation_criterion_value: async (ctx, ids) => {
    const rows = await ctx.db
      .select({
        id: orientationCriterionValue.id,
        label: orientationCriterion.label,
        on: orientationCriterionValue.measuredOn,
      })
      .from(orientationCriterionValue)
      .innerJoin(orientationCriterion, eq(orientationCriterion.id, orientationCriterionValue.criterionId))
      .where(inArray(orientationCriterionValue.id, ids));
    return new Map(rows.map((r) => [r.id, `valeur du ${r.on} du critère « ${r.label} »`]));
  },
  qvt_campaign: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: qvtCampaign.id, title: qvtCampaign.title })
      .from(qvtCampaign)
      .where(inArray(qvtCampaign.id, ids));
    return new Map(rows.map((r) => [r.id, `questionnaire QVT « ${r.title} »`]));
  },
};
