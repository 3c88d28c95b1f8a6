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
import { asOwner } from '../../../core/db/actor-tx.js';
import { rowFromJson } from '../../../core/db/json-row.js';
import type { Tx } from '../../../core/db/driver.js';
import { notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/validation.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import { organisation } from '../../identity/tables.js';

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
  delays: { medianDaysToFirstAttempt: number | null; firstAttemptCount: number; medianDaysToSolution: number | null; solutionCount: number };
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
  kind: 'access' | 'delays' | 'stage' | 'minor' | 'source' | 'solution' | 'outcome' | 'partner' | 'campaign' | 'member' | 'organisation' | 'transfer';
  k: string | null;
  k2: string | null;
  n: number | null;
  /** The medians of the delays row; the organisation's row (row_to_json) of an organisation row. */
  j: Record<string, unknown> | null;
}

/** The furthest stage a case reached (the funnel counts each case once, at that stage). */
const STAGE = sql.raw(`case when c.solution_type is not null then 'SOLUTION' when c.reached_at is not null then 'REACHED'
  when c.first_attempt_at is not null then 'CONTACTED' when c.assigned_at is not null then 'ASSIGNED' else 'IDENTIFIED' end`);
const MINOR = sql.raw(`case when c.is_minor then 'minor' else 'adult' end`);
// date_part gives float8 where extract gives numeric (PostgreSQL 14+), several times slower to compare and sort.
const days = (to: string) => sql.raw(`greatest(0, date_part('epoch', c.${to} - c.created_at)) / 86400`);

const P = { platformId: sql.placeholder('platformId'), campaign: sql.placeholder('campaign'), viewer: sql.placeholder('viewer') };
const { from, until } = OBLIGATION_FORMATION_AGES;
const inFilter = sql`(${P.campaign}::text is null or c.campaign = ${P.campaign}::text)`;

/**
 * The whole dashboard in one statement, taken as the owner (see psadDashboard):
 * - `access`: one row when the platform exists, n = 1 when the actor may see its dashboard (a viewer,
 *   or a referent of the platform: app_referent_platform_ids(), as row-level security decides it).
 *   Every other part reads nothing unless that holds, so nothing is counted for a refused actor.
 * - one pass over the platform's cases with grouping sets: source, solution type, closing outcome,
 *   partner × status, campaign (of every case, whatever the filter: the list of campaigns), and for
 *   the totals the furthest stage (the funnel, whose sum is the total) and minor × status (the minors,
 *   and the cases without solution). The age is on young_person: the 16–17-year-olds of the
 *   platform's list (young_person_platform_birth_idx) are a hashed sub-plan each case probes. Not a
 *   join: right after a large import, before any ANALYZE (PGlite has no autovacuum), the planner
 *   took those few thousand people for one row and nested-looped them against every case (12,000
 *   cases: 44 million comparisons, 4 to 6 s); an uncorrelated IN is hashed whatever the estimate.
 *   Groups the filter leaves empty (count 0) are not rows.
 * - `delays`: the medians and their counts, in `j` (an ordered-set aggregate cannot join the hashed
 *   grouping sets), over the cases that have a first attempt or a solution.
 * - its partners (`member`), and the row of each organisation the dashboard names (`organisation`),
 *   which primes the organisation loader: the resolvers of PartnerCases.organisation read no more.
 *   `= any (array(…))`: `in (select …)` is estimated at a thousand ids and seq-scans the organisations;
 * - its accepted transfers (case_transfer_from_idx and case_transfer_to_idx).
 * Rows: kind, key, second key, count, json.
 */
const DASHBOARD = sql`
    with access as (
      select ${P.viewer}::boolean or p.id = any (app_referent_platform_ids()) as allowed
        from platform p where p.id = ${P.platformId}
    ), g as (
      select case
               when grouping(c.source) = 0 then 'source'
               when grouping(c.solution_type) = 0 then 'solution'
               when grouping(c.close_outcome) = 0 then 'outcome'
               when grouping(c.assigned_organisation_id) = 0 then 'partner'
               when grouping(c.campaign) = 0 then 'campaign'
               when grouping(${MINOR}) = 0 then 'minor'
               else 'stage'
             end as kind,
             coalesce(c.source, c.solution_type, c.close_outcome, c.assigned_organisation_id::text, c.campaign, ${MINOR}, ${STAGE}) as k,
             coalesce(c.signal_source, c.status) as k2,
             count(*) filter (where ${inFilter})::int as n
        from (select c.source, c.signal_source, c.solution_type, c.close_outcome, c.assigned_organisation_id, c.status, c.campaign,
                     c.reached_at, c.first_attempt_at, c.assigned_at,
                     c.young_person_id in (select yp.id from young_person yp where yp.platform_id = ${P.platformId}
                        and yp.birth_date > (current_date - make_interval(years => ${sql.raw(String(until))}))::date
                        and yp.birth_date <= (current_date - make_interval(years => ${sql.raw(String(from))}))::date) as is_minor
                from psad_case c
               where c.platform_id = ${P.platformId} and (select allowed from access)) c
       group by grouping sets ((c.source, c.signal_source), (c.solution_type), (c.close_outcome), (c.assigned_organisation_id, c.status),
                               (c.campaign), (${MINOR}, c.status), (${STAGE}))
    )
    select 'access' as kind, null as k, null as k2, case when allowed then 1 else 0 end as n, null::json as j from access
    union all
    select kind, k, k2, n, null from g where n > 0 or kind = 'campaign'
    union all
    select 'delays', null, null, null, json_build_object(
             'median_first', percentile_cont(0.5) within group (order by ${days('first_attempt_at')}) filter (where c.first_attempt_at is not null),
             'n_first', count(c.first_attempt_at),
             'median_solution', percentile_cont(0.5) within group (order by ${days('solution_at')}) filter (where c.solution_at is not null),
             'n_solution', count(c.solution_at))
      from psad_case c
     where c.platform_id = ${P.platformId} and ${inFilter} and (select allowed from access)
       and (c.first_attempt_at is not null or c.solution_at is not null)
    union all
    select 'member', organisation_id::text, null, 0, null from platform_partner where platform_id = ${P.platformId} and (select allowed from access)
    union all
    select 'organisation', o.id::text, null, null, row_to_json(o)
      from organisation o
     where o.id = any (array(select organisation_id from platform_partner where platform_id = ${P.platformId} and (select allowed from access)
                             union select k::uuid from g where kind = 'partner' and n > 0))
    union all
    select 'transfer',
           case when t.from_platform_id = t.to_platform_id then 'between' when t.to_platform_id = ${P.platformId} then 'in' else 'out' end,
           null, count(*)::int, null
      from case_transfer t join psad_case pc on pc.id = t.case_id
     where t.status = 'ACCEPTE' and (t.from_platform_id = ${P.platformId} or t.to_platform_id = ${P.platformId})
       and (${P.campaign}::text is null or pc.campaign = ${P.campaign}::text) and (select allowed from access)
     group by 2`;

/**
 * Runs the statement as a named prepared statement: each pooled connection plans it a few times,
 * then keeps a generic plan (planning this statement cost about as much as executing its grouping).
 */
async function dashboardRows(tx: Tx, platformId: string, campaign: string | null, viewer: boolean): Promise<Row[]> {
  // One JSON value (an array of the rows) rather than a hundred rows: parsing it is one JSON.parse.
  const [{ rows }] = (await tx
    .select({ rows: sql<Row[]>`json_agg(d)` })
    .from(sql`(${DASHBOARD}) as d`)
    .prepare('psad_dashboard')
    .execute({ platformId, campaign, viewer })) as [{ rows: Row[] }];
  // Null keys of a grouping set (no solution type, not closed, not assigned, a signal's campaign) are not rows of a breakdown.
  return rows.filter((r) => r.k !== null || r.kind === 'source' || r.kind === 'access' || r.kind === 'delays');
}

const num = (v: unknown) => Number(v ?? 0);
const OPEN: readonly string[] = ['A_TRAITER', 'AFFECTE', 'EN_COURS'];

/** Assembles the dashboard from the statement's rows (nothing personal is selected). */
function assemble(platformId: string, campaign: string | null, rows: Row[]): PsadDashboard {
  const of = (kind: Row['kind']) => rows.filter((r) => r.kind === kind);
  const counts = <K extends string>(kind: Row['kind']) => Object.fromEntries(of(kind).map((r) => [r.k, num(r.n)])) as Partial<Record<K, number>>;
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
    solutionsByType: breakdown(SOLUTION_TYPES, counts<SolutionType>('solution')).map(({ key, ...r }) => ({ type: key, ...r })),
    closuresByOutcome: breakdown(CLOSE_OUTCOMES, counts<CloseOutcome>('outcome')).map(({ key, ...r }) => ({ outcome: key, ...r })),
    minorsWithoutSolution: { count: minorsWithoutSolution, minors: sum(minors), share: share(minorsWithoutSolution, sum(minors)) },
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
  // Row-level security hides every case and person from a viewer, so the counts are taken as the
  // owner. That is safe because the statement checks the policy itself (its `access` part: a viewer,
  // or a referent of the platform) and counts nothing unless it holds, and because it selects only
  // counts, medians, enum values, organisations, and campaign labels: no row of a person leaves.
  const rows = await asOwner(ctx.db, ctx.actor!, (tx) => dashboardRows(tx, platformId, campaign, viewer));
  const access = rows.find((r) => r.kind === 'access');
  if (!access?.n) {
    if (!viewer) deny(ctx, 'psad.dashboard', 'not-referent-or-viewer');
    throw notFound('Plateforme');
  }
  const organisations = identityLoaders.organisation(ctx);
  for (const r of rows) if (r.kind === 'organisation') organisations.prime(r.k!, rowFromJson(organisation, r.j!));
  return assemble(platformId, campaign, rows);
}
