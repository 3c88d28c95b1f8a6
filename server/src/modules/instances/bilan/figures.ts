import { sql } from 'drizzle-orm';
import { OBLIGATION_FORMATION_AGES, roundDays } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';

/** One row of app_psad_bilan (migration 0022): counts and keys, never a person. */
interface FigureRow {
  platform_id: string;
  kind: 'access' | 'origin' | 'stage' | 'solution' | 'closure' | 'minor' | 'delays' | 'transfer' | 'meeting' | 'action';
  k: string | null;
  k2: string | null;
  n: number | null;
  j: Record<string, unknown> | null;
}

/** What a bilan counts for one period, summed over the platforms asked for (one, or a région's). */
export interface PeriodFigures {
  /** SIEI, or SIGNAL:<signal source>. */
  origins: Map<string, number>;
  stages: { IDENTIFIED: number; CONTACTED: number; REACHED: number; SOLUTION: number };
  /** Solution type → partner organisation id (or '' when none) → count. */
  solutions: Map<string, Map<string, number>>;
  closures: Map<string, number>;
  minors: { without: number; with: number };
  delays: {
    medianDaysToFirstAttempt: number | null;
    firstAttempts: number;
    medianDaysToSolution: number | null;
    solutions: number;
  };
  transfers: { in: number; out: number };
  meetings: Map<string, number>;
  actions: Map<string, { count: number; participants: number }>;
}

export interface Period {
  /** First day, Europe/Paris (yyyy-mm-dd). */
  from: string;
  /** Last day, included. */
  to: string;
}

const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * The figures of `platformIds` over `period`, per platform, for those the caller may see
 * (app_psad_bilan decides: referents, the région's coordinators, viewers). A median over several
 * platforms cannot be summed: those come from one platform only, or are left out (null).
 */
export async function periodFigures(
  ctx: RequestContext,
  platformIds: string[],
  period: Period,
): Promise<{ allowed: string[]; byPlatform: Map<string, PeriodFigures> }> {
  const { from, until } = OBLIGATION_FORMATION_AGES;
  const { rows } = await ctx.db.execute<{ rows: FigureRow[] | string | null }>(
    sql`select app_psad_bilan(${`{${platformIds.join(',')}}`}::uuid[],
      (${period.from}::date)::timestamp at time zone 'Europe/Paris',
      (${period.to}::date + 1)::timestamp at time zone 'Europe/Paris',
      ${from}::int, ${until}::int) as rows`,
  );
  const value = rows[0]?.rows ?? [];
  const all = (typeof value === 'string' ? JSON.parse(value) : value) as FigureRow[];
  const allowed = all.filter((r) => r.kind === 'access').map((r) => r.platform_id);
  const byPlatform = new Map(allowed.map((id) => [id, emptyFigures()]));
  for (const r of all) {
    const f = byPlatform.get(r.platform_id);
    if (!f) continue;
    const n = Number(r.n ?? 0);
    switch (r.kind) {
      case 'origin':
        add(f.origins, r.k === 'SIGNAL' ? `SIGNAL:${r.k2 ?? 'AUTRE'}` : 'SIEI', n);
        break;
      case 'stage':
        f.stages[r.k as keyof PeriodFigures['stages']] = n;
        break;
      case 'solution': {
        const byPartner = f.solutions.get(r.k!) ?? new Map<string, number>();
        add(byPartner, r.k2 ?? '', n);
        f.solutions.set(r.k!, byPartner);
        break;
      }
      case 'closure':
        add(f.closures, r.k!, n);
        break;
      case 'minor':
        f.minors[r.k === 'without' ? 'without' : 'with'] += n;
        break;
      case 'delays': {
        const j = r.j ?? {};
        f.delays = {
          medianDaysToFirstAttempt: roundDays(j.median_first as number | null),
          firstAttempts: Number(j.n_first ?? 0),
          medianDaysToSolution: roundDays(j.median_solution as number | null),
          solutions: Number(j.n_solution ?? 0),
        };
        break;
      }
      case 'transfer':
        f.transfers[r.k === 'in' ? 'in' : 'out'] += n;
        break;
      case 'meeting':
        add(f.meetings, r.k!, n);
        break;
      case 'action':
        f.actions.set(r.k!, { count: n, participants: Number(r.j?.participants ?? 0) });
        break;
    }
  }
  return { allowed, byPlatform };
}

export function emptyFigures(): PeriodFigures {
  return {
    origins: new Map(),
    stages: { IDENTIFIED: 0, CONTACTED: 0, REACHED: 0, SOLUTION: 0 },
    solutions: new Map(),
    closures: new Map(),
    minors: { without: 0, with: 0 },
    delays: { medianDaysToFirstAttempt: null, firstAttempts: 0, medianDaysToSolution: null, solutions: 0 },
    transfers: { in: 0, out: 0 },
    meetings: new Map(),
    actions: new Map(),
  };
}

/** What a région's bilan reads (app_psad_regional_bilan, migration 0023). */
export interface RegionalFigures {
  /** The platforms asked for that the caller may read. */
  allowed: string[];
  /** Each platform's funnel and minors (the rest of its figures is left empty). */
  byPlatform: Map<string, PeriodFigures>;
  /** Every figure summed over the allowed platforms; the solutions by type only (partner '*'), no median. */
  total: PeriodFigures;
  /** When the oldest of the figures added up was computed: the data's date. */
  computedAt: Date;
}

/**
 * The figures of many platforms over `period` from the counts kept per platform (refreshed by the
 * bilan-figures job; those older than BILAN_FIGURES_MAX_AGE_MINUTES are computed again first): a
 * région's bilan adds up hundreds of platforms without reading their cases at each request.
 */
export async function regionalFigures(
  ctx: RequestContext,
  platformIds: string[],
  period: Period,
): Promise<RegionalFigures> {
  const { from, until } = OBLIGATION_FORMATION_AGES;
  const maxAge = `${ctx.services.config.BILAN_FIGURES_MAX_AGE_MINUTES} minutes`;
  const { rows } = await ctx.db.execute<{ r: unknown }>(
    sql`select app_psad_regional_bilan(${`{${platformIds.join(',')}}`}::uuid[], ${period.from}::date,
      ${period.to}::date, ${from}::int, ${until}::int, ${maxAge}::interval) as r`,
  );
  const raw = rows[0]?.r;
  const value = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
    computed_at: string | null;
    platforms: Record<string, [number, number, number, number, number, number]>;
    totals: Record<string, number>;
  };
  const byPlatform = new Map<string, PeriodFigures>();
  for (const [id, [identified, contacted, reached, solution, without, withSolution]] of Object.entries(
    value.platforms,
  )) {
    const f = emptyFigures();
    f.stages = { IDENTIFIED: identified, CONTACTED: contacted, REACHED: reached, SOLUTION: solution };
    f.minors = { without, with: withSolution };
    byPlatform.set(id, f);
  }
  return {
    allowed: [...byPlatform.keys()],
    byPlatform,
    total: figuresOfTotals(value.totals),
    computedAt: value.computed_at ? new Date(value.computed_at) : new Date(),
  };
}

/** The flat counts app_psad_bilan_refresh keeps ("stage|REACHED": 12…) as the bilan's figures. */
function figuresOfTotals(totals: Record<string, number>): PeriodFigures {
  const f = emptyFigures();
  for (const [key, n] of Object.entries(totals)) {
    const [kind, k = '', k2 = ''] = key.split('|');
    switch (kind) {
      case 'origin':
        add(f.origins, k === 'SIGNAL' ? `SIGNAL:${k2 || 'AUTRE'}` : 'SIEI', n);
        break;
      case 'stage':
        f.stages[k as keyof PeriodFigures['stages']] = n;
        break;
      case 'solution':
        f.solutions.set(k, new Map([['*', n]]));
        break;
      case 'closure':
        add(f.closures, k, n);
        break;
      case 'minor':
        f.minors[k === 'without' ? 'without' : 'with'] += n;
        break;
      case 'delays':
        if (k === 'n_first') f.delays.firstAttempts = n;
        else f.delays.solutions = n;
        break;
      case 'transfer':
        f.transfers[k === 'in' ? 'in' : 'out'] += n;
        break;
      case 'meeting':
        add(f.meetings, k, n);
        break;
      case 'action':
      case 'action_participants': {
        const a = f.actions.get(k) ?? { count: 0, participants: 0 };
        f.actions.set(k, kind === 'action' ? { ...a, count: n } : { ...a, participants: n });
        break;
      }
    }
  }
  return f;
}
