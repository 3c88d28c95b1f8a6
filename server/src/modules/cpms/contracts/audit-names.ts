import { eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../../core/context.js';
import { organisationDirectory } from '../../identity/views.js';
import { cpmsContract, cpmsObjectivesContract, cpmsSchoolPlan } from './tables.js';

type Names = (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>;

/** The names the audit log shows for the contracts' objects, read as the reader (RLS). */
export const cpmsContractAuditNames: Record<string, Names> = {
  cpms_school_plan: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: cpmsSchoolPlan.id, title: cpmsSchoolPlan.title })
      .from(cpmsSchoolPlan)
      .where(inArray(cpmsSchoolPlan.id, ids));
    return new Map(rows.map((r) => [r.id, `plan de pilotage « ${r.title} »`]));
  },
  cpms_contract: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: cpmsContract.id, school: organisationDirectory.name })
      .from(cpmsContract)
      .leftJoin(organisationDirectory, eq(organisationDirectory.id, cpmsContract.schoolId))
      .where(inArray(cpmsContract.id, ids));
    return new Map(rows.map((r) => [r.id, `contrat avec « ${r.school ?? '—'} »`]));
  },
  cpms_objectives_contract: async (ctx, ids) => {
    const rows = await ctx.db
      .select({ id: cpmsObjectivesContract.id, title: cpmsObjectivesContract.title })
      .from(cpmsObjectivesContract)
      .where(inArray(cpmsObjectivesContract.id, ids));
    return new Map(rows.map((r) => [r.id, `contrat d’objectifs « ${r.title} »`]));
  },
};
