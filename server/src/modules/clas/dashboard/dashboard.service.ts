import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { CLAS_STATUSES, identity, schoolYear, type ClasStatus } from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { parseInput } from '../../../core/validation.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import type { territoriesByIds } from '../../identity/territories.service.js';
import { eligibilityOf, fundingOf } from '../figures.js';
import { clasGroup, clasProject } from '../tables.js';
import { clasConfigOf, type StoredClasConfig } from '../year-config.js';

/** Drafts are the holders' own: the officer's figures start at the deposit. */
export const DASHBOARD_STATUSES = CLAS_STATUSES.filter((s) => s !== 'BROUILLON');

/** The statuses in which the latest acceptance's amount is granted (after an acceptance, only these follow). */
const GRANTED_STATUSES: readonly ClasStatus[] = ['ACCEPTE', 'BILAN_DEPOSE', 'CLOTURE'];

export const dashboardArgsSchema = z.object({
  schoolYear,
  // Lower-cased as PostgreSQL prints uuids, so that the comparison with the officer's départements holds.
  departementId: identity.uuid.nullish().transform((v) => v?.toLowerCase() ?? null),
});
export type DashboardArgs = z.output<typeof dashboardArgsSchema>;

type TerritoryRow = NonNullable<Awaited<ReturnType<typeof territoriesByIds>>[number]>;

/** The figures of one project, as the dashboard counts them (no child, no accompagnateur named). */
export interface ClasProjectFigures {
  id: string;
  organisationId: string;
  title: string;
  status: ClasStatus;
  groups: number;
  children: number;
  accompagnateurs: number;
  eligible: boolean;
  failures: number;
  requestedCents: number;
  /** The latest acceptance's amount, when the project is accepted or later; null otherwise. */
  grantedCents: number | null;
}

export interface ClasDashboard {
  schoolYear: string;
  departement: TerritoryRow;
  projects: number;
  byStatus: { status: ClasStatus; count: number }[];
  groups: number;
  children: number;
  accompagnateurs: number;
  eligibleProjects: number;
  fundingRequestedCents: number;
  fundingGrantedCents: number;
}

export interface ClasDashboardData {
  dashboard: ClasDashboard;
  /** Per project, in the order of creation (the export sorts them for reading). */
  projects: ClasProjectFigures[];
  config: StoredClasConfig;
}

/**
 * The département the caller asks for, among those of its CAF organisations (as row-level security
 * computes them: app_caf_departement_ids()); none asked: the first by INSEE code. Refused otherwise,
 * so that a foreign département's figures are not merely empty but denied.
 */
async function departementOf(ctx: RequestContext, asked: string | null, action: string): Promise<TerritoryRow> {
  const [row] = (await ctx.db.execute<{ ids: string[] | null }>(sql`select app_caf_departement_ids() as ids`)).rows;
  const ids = row?.ids ?? [];
  if (ids.length === 0)
    deny(ctx, action, 'no-caf-departement', asked !== null ? { subjectType: 'territory', subjectId: asked } : null);
  if (asked !== null && !ids.includes(asked))
    deny(ctx, action, 'not-caf-departement', { subjectType: 'territory', subjectId: asked });
  // Through the loader: one statement for all of them, primed for any other field of the request that names one.
  const territories = (await identityLoaders.territory(ctx).loadMany(asked !== null ? [asked] : ids)).filter(
    (t): t is TerritoryRow => t !== null && !(t instanceof Error),
  );
  territories.sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name));
  const chosen = territories[0];
  if (!chosen) deny(ctx, action, 'not-caf-departement');
  return chosen;
}

/**
 * The CAF officer's département dashboard for a school year. Reads as the officer (row-level security
 * shows the deposited projects of its départements): the projects with their latest acceptance in
 * one statement, their groups in another, whatever the number of projects. Eligibility and funding
 * are the shared rules, run with the year's configuration, as on a project's page.
 */
export async function loadClasDashboard(
  ctx: RequestContext,
  args: DashboardArgs,
  action: string,
): Promise<ClasDashboardData> {
  const departement = await departementOf(ctx, args.departementId, action);
  const scope: SQL = and(
    eq(clasProject.departementId, departement.id),
    eq(clasProject.schoolYear, args.schoolYear),
    ne(clasProject.status, 'BROUILLON'),
  )!;
  // One after the other: the transaction is one connection, and pg deprecates overlapping queries on a client (gone in pg 9).
  const config = await clasConfigOf(ctx.db, args.schoolYear);
  const projectRows = await ctx.db
    .select({
      id: clasProject.id,
      organisationId: clasProject.organisationId,
      title: clasProject.title,
      status: clasProject.status,
      declaration: clasProject.declaration,
      // The latest acceptance's amount (clas_decision_project_idx); whether it counts is the status's to say.
      // clas_project.id spelled out: drizzle renders a column in a select list unqualified, which here would be d.id.
      acceptedCents: sql<number | null>`(select d.amount_granted_cents from clas_decision d
          where d.project_id = clas_project.id and d.decision = 'ACCEPTE' order by d.decided_at desc, d.id desc limit 1)`,
    })
    .from(clasProject)
    .where(scope)
    .orderBy(asc(clasProject.createdAt), asc(clasProject.id));
  const groupRows = await ctx.db
    .select()
    .from(clasGroup)
    .where(inArray(clasGroup.projectId, ctx.db.select({ id: clasProject.id }).from(clasProject).where(scope)))
    .orderBy(asc(clasGroup.projectId), asc(clasGroup.position));

  const groupsOf = new Map<string, typeof groupRows>();
  for (const g of groupRows) {
    const list = groupsOf.get(g.projectId) ?? [];
    list.push(g);
    groupsOf.set(g.projectId, list);
  }

  const projects: ClasProjectFigures[] = projectRows.map((p) => {
    const groups = groupsOf.get(p.id) ?? [];
    // The same rules and estimate as the project's page (figures.ts), so that both say the same.
    const eligibility = eligibilityOf(p.declaration, groups, config);
    const status = p.status as ClasStatus;
    const accepted = p.acceptedCents === null ? null : Number(p.acceptedCents);
    return {
      id: p.id,
      organisationId: p.organisationId,
      title: p.title,
      status,
      groups: groups.length,
      children: groups.reduce((s, g) => s + g.childrenCount, 0),
      accompagnateurs: groups.reduce((s, g) => s + g.accompagnateurs.length, 0),
      eligible: eligibility.eligible,
      failures: eligibility.failures,
      requestedCents: fundingOf(groups, config).totalCents,
      grantedCents: GRANTED_STATUSES.includes(status) ? accepted : null,
    };
  });

  const sum = (f: (p: ClasProjectFigures) => number) => projects.reduce((s, p) => s + f(p), 0);
  const dashboard: ClasDashboard = {
    schoolYear: args.schoolYear,
    departement,
    projects: projects.length,
    byStatus: DASHBOARD_STATUSES.map((status) => ({
      status,
      count: projects.filter((p) => p.status === status).length,
    })),
    groups: sum((p) => p.groups),
    children: sum((p) => p.children),
    accompagnateurs: sum((p) => p.accompagnateurs),
    eligibleProjects: projects.filter((p) => p.eligible).length,
    fundingRequestedCents: sum((p) => p.requestedCents),
    fundingGrantedCents: sum((p) => p.grantedCents ?? 0),
  };
  return { dashboard, projects, config };
}

/** The GraphQL query: parses its arguments, then the figures (aggregates only). */
export async function clasDashboard(ctx: RequestContext, raw: unknown): Promise<ClasDashboard> {
  const args = parseInput(dashboardArgsSchema, raw, '');
  return (await loadClasDashboard(ctx, args, 'clas.dashboard')).dashboard;
}
