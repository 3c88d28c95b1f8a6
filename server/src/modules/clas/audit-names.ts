import { inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../core/context.js';
import { clasYearConfig } from './tables.js';

/**
 * The names the audit log shows for this module's objects (ids only in the event). A project is
 * seen by its holder and its CAF officers only; its name (title, year, holder) holds no personal
 * data, and a definer function gives it to administrators only. One query per kind.
 */
export const clasAuditNames: Record<string, (ctx: RequestContext, ids: string[]) => Promise<Map<string, string>>> = {
  clas_project: async (ctx, ids) => {
    const { rows } = await ctx.db.execute<{ id: string; name: string }>(
      sql`select id, name from app_audit_clas_project_names(${`{${ids.join(',')}}`}::uuid[])`,
    );
    return new Map(rows.map((r) => [r.id, `projet CLAS « ${r.name} »`]));
  },
};

/** Year configurations are named by their school year, which is their id (not a uuid). */
export async function clasYearConfigAuditNames(ctx: RequestContext, years: string[]): Promise<Map<string, string>> {
  const rows = await ctx.db
    .select({ year: clasYearConfig.schoolYear })
    .from(clasYearConfig)
    .where(inArray(clasYearConfig.schoolYear, years));
  return new Map(rows.map((r) => [r.year, `paramètres CLAS de l'année ${r.year}`]));
}
