import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  CASE_STATUSES,
  CLOSE_OUTCOMES,
  OBLIGATION_FORMATION_AGES,
  SIGNAL_SOURCES,
  SOLUTION_TYPES,
  assembleFunnel,
  breakdown,
  identity,
  roundDays,
  share,
  type CaseStatus,
  type CloseOutcome,
  type FunnelStage,
  type FunnelStep,
  type SignalSource,
  type SolutionType,
} from '@maillage/shared';
import { deny } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import { organisationFromJson } from '../../identity/lookups.js';

const argsSchema = z.object({
  platformId: identity.uuid,
  campaign: z
    .string()
    .trim()
    .max(20, '20 caractères au plus')
    .nullish()
    .transform((v) => (v ? v.toUpperCase() : null)),
});

export interface PsadDashboard {
  platformId: string;
  campaign: string | null;
  campaigns: string[];
  total: number;
  withoutSolution: number;
  funnel: FunnelStep[];
  bySource: { source: 'SIEI' | 'SIGNAL'; signalSource: SignalSource | null; count: number }[];
  solutionsByType: { type: SolutionType; count: number; share: number | null }[];
  closuresByOutcome: { outcome: CloseOutcome; count: number; share: number | null }[];
  minorsWithoutSolution: { count: number; minors: number; share: number | null };
  delays: {
    medianDaysToFirstAttempt: number | null;
    firstAttemptCount: number;
    medianDaysToSolution: number | null;
    solutionCount: number;
  };
  partners: { organisationId: string; total: number; byStatus: { status: CaseStatus; count: number }[] }[];
  transfers: { incoming: number; outgoing: number; betweenPartners: number };
}

/** A partner organisation's cases, named by its id (PartnerCases.organisation loads it). */
export type PartnerCasesRow = PsadDashboard['partners'][number];

interface Delays {
  median_first: number | string | null;
  n_first: number;
  median_solution: number | string | null;
  n_solution: number;
}

interface Row extends Record<string, unknown> {
  kind:
    | 'access'
    | 'delays'
    | 'stage'
    | 'minor'
    | 'source'
    | 'solution'
    | 'outcome'
    | 'partner'
    | 'campaign'
    | 'member'
    | 'organisation'
    | 'transfer';
  k: string | null;
  k2: string | null;
  n: number | null;
  /** The medians of the delays row; the organisation's row (row_to_json) of an organisation row. */
  j: Record<string, unknown> | null;
}

/**
 * The whole dashboard in one statement: app_psad_dashboard() (migration 0017), for a viewer (any
 * platform) or a referent of the platform, decided inside the function. Row-level security hides every
 * case and person from a viewer, hence definer rights; the function selects only counts, medians, enum
 * values, organisations and campaign labels: no row of a person leaves. Its rows (one JSON array, one
 * JSON.parse):
 * - `access`: one row when the platform exists, n = 1 when the actor may see its dashboard. Every other
 *   part reads nothing unless that holds, so nothing is counted for a refused actor.
 * - source, solution type, closing outcome, partner × status, campaign (every campaign, whatever the
 *   filter), the furthest stage (the funnel) and minor × status, from one pass over the platform's cases;
 *   groups the filter leaves empty (count 0) are not rows.
 * - `delays`: the medians and their counts, in `j`.
 * - its partners (`member`), and the row of each organisation the dashboard names (`organisation`,
 *   row_to_json), which primes the organisation loader: the resolvers of PartnerCases.organisation read
 *   no more.
 * - its accepted transfers.
 * Rows: kind, key, second key, count, json. The function's plan is cached per connection (plpgsql), as
 * the server's prepared statement was.
 */
async function dashboardRows(ctx: RequestContext, platformId: string, campaign: string | null): Promise<Row[]> {
  const { from, until } = OBLIGATION_FORMATION_AGES;
  const { rows } = await ctx.db.execute<{ rows: Row[] | string | null }>(
    sql`select app_psad_dashboard(${platformId}::uuid, ${campaign}::text, ${from}::int, ${until}::int) as rows`,
  );
  const value = rows[0]?.rows ?? [];
  const all = (typeof value === 'string' ? JSON.parse(value) : value) as Row[];
  // Null keys of a grouping set (no solution type, not closed, not assigned, a signal's campaign) are not rows of a breakdown.
  return all.filter((r) => r.k !== null || r.kind === 'source' || r.kind === 'access' || r.kind === 'delays');
}

const num = (v: unknown) => Number(v ?? 0);
const OPEN: readonly string[] = ['A_TRAITER', 'AFFECTE', 'EN_COURS'];

/** Assembles the dashboard from the statement's rows (nothing personal is selected). */
function assemble(platformId: string, campaign: string | null, rows: Row[]): PsadDashboard {
  const of = (kind: Row['kind']) => rows.filter((r) => r.kind === kind);
  const counts = <K extends string>(kind: Row['kind']) =>
    Object.fromEntries(of(kind).map((r) => [r.k, num(r.n)])) as Partial<Record<K, number>>;
  const sum = (list: Row[]) => list.reduce((s, r) => s + num(r.n), 0);
  const t = rows.find((r) => r.kind === 'delays')!.j as unknown as Delays;

  const byMinor = of('minor');
  const minors = byMinor.filter((r) => r.k === 'minor');
  const minorsWithoutSolution = sum(minors.filter((r) => OPEN.includes(r.k2!)));

  const sources = of('source');
  const bySource: PsadDashboard['bySource'] = [
    { source: 'SIEI', signalSource: null, count: sum(sources.filter((r) => r.k === 'SIEI')) },
    ...SIGNAL_SOURCES.map((signalSource) => ({
      source: 'SIGNAL' as const,
      signalSource,
      count: sum(sources.filter((r) => r.k === 'SIGNAL' && r.k2 === signalSource)),
    })),
  ];

  // Every current partner, with zeros, then any former partner that still holds cases.
  const partnerIds = [...new Set([...of('member').map((r) => r.k!), ...of('partner').map((r) => r.k!)])];
  const partners = partnerIds.map((organisationId) => {
    const mine = of('partner').filter((r) => r.k === organisationId);
    const byStatus = CASE_STATUSES.map((status) => ({ status, count: sum(mine.filter((r) => r.k2 === status)) }));
    return { organisationId, total: byStatus.reduce((s, b) => s + b.count, 0), byStatus };
  });
  partners.sort((a, b) => b.total - a.total || a.organisationId.localeCompare(b.organisationId));

  // Labels such as 2026-S2 or 2026-11 sort in time order: latest first.
  const campaigns = of('campaign')
    .map((r) => r.k!)
    .sort((a, b) => b.localeCompare(a));
  const transfers = counts<'in' | 'out' | 'between'>('transfer');

  return {
    platformId,
    campaign,
    campaigns,
    total: sum(of('stage')),
    withoutSolution: sum(byMinor.filter((r) => OPEN.includes(r.k2!))),
    funnel: assembleFunnel(counts<FunnelStage>('stage')),
    bySource,
    solutionsByType: breakdown(SOLUTION_TYPES, counts<SolutionType>('solution')).map(({ key, ...r }) => ({
      type: key,
      ...r,
    })),
    closuresByOutcome: breakdown(CLOSE_OUTCOMES, counts<CloseOutcome>('outcome')).map(({ key, ...r }) => ({
      outcome: key,
      ...r,
    })),
    minorsWithoutSolution: {
      count: minorsWithoutSolution,
      minors: sum(minors),
      share: share(minorsWithoutSolution, sum(minors)),
    },
    delays: {
      medianDaysToFirstAttempt: roundDays(t.median_first),
      firstAttemptCount: num(t.n_first),
      medianDaysToSolution: roundDays(t.median_solution),
      solutionCount: num(t.n_solution),
    },
    partners,
    transfers: { incoming: transfers.in ?? 0, outgoing: transfers.out ?? 0, betweenPartners: transfers.between ?? 0 },
  };
}

/**
 * The dashboard of a platform. Referents of the platform, and viewers for any platform (the field
 * policy already keeps everyone else out; an admin holds neither role).
 */
export async function psadDashboard(ctx: RequestContext, raw: unknown): Promise<PsadDashboard> {
  const { platformId, campaign } = parseInput(argsSchema, raw, '');
  const viewer = ctx.actor!.roles.has('VIEWER');
  const rows = await dashboardRows(ctx, platformId, campaign);
  const access = rows.find((r) => r.kind === 'access');
  if (!access?.n) {
    if (!viewer)
      deny(ctx, 'psad.dashboard', 'not-referent-or-viewer', { subjectType: 'platform', subjectId: platformId });
    throw notFound('Plateforme');
  }
  const organisations = identityLoaders.organisation(ctx);
  for (const r of rows) if (r.kind === 'organisation') organisations.prime(r.k!, organisationFromJson(r.j!));
  return assemble(platformId, campaign, rows);
}
