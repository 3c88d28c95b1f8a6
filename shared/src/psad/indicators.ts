/**
 * Pure parts of the PSAD dashboard and reports (docs/domain.md §2, « bilans »): the server counts in SQL,
 * these functions turn the counts into the funnel, the shares and the rounded figures, so the SPA and
 * the server agree on what a share or a delay means.
 */

/** The stages of the follow-up, in order: each one counts the cases that reached it or a later one. */
export const FUNNEL_STAGES = ['IDENTIFIED', 'ASSIGNED', 'CONTACTED', 'REACHED', 'SOLUTION'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /** count / identified, null when nobody was identified. */
  shareOfIdentified: number | null;
  /** count / the previous stage's count (null for the first stage or an empty previous one). */
  shareOfPrevious: number | null;
}

/** Decimals kept for shares (a fraction 0..1: 4 decimals = a percentage to 2 decimals). */
export const SHARE_DECIMALS = 4;
/** Decimals kept for delays in days. */
export const DAYS_DECIMALS = 1;

/** Rounds half away from zero to `decimals`; non-finite values are left out (null). */
export function roundTo(value: number | null | undefined, decimals: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** decimals;
  // The relative nudge absorbs binary representation error: 1.005 * 100 = 100.49999…
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor * (1 + Number.EPSILON))) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** part / whole as a fraction, rounded; null when the whole is 0 (a share of nothing is not 0 %). */
export function share(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return roundTo(part / whole, SHARE_DECIMALS);
}

/** A delay in days (from SQL, possibly a string or null), rounded to DAYS_DECIMALS. */
export function roundDays(days: number | string | null | undefined): number | null {
  if (days === null || days === undefined || days === '') return null;
  return roundTo(Number(days), DAYS_DECIMALS);
}

/**
 * The funnel from the number of cases whose furthest stage is each stage. A case may skip a stage
 * (a situation check opens a case without a contact attempt, a solution may follow it), so each
 * stage counts the cases that reached it *or any later one*: the funnel never widens.
 */
export function assembleFunnel(furthest: Partial<Record<FunnelStage, number>>): FunnelStep[] {
  const counts = FUNNEL_STAGES.map((_, i) => FUNNEL_STAGES.slice(i).reduce((sum, s) => sum + (furthest[s] ?? 0), 0));
  const identified = counts[0]!;
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    count: counts[i]!,
    shareOfIdentified: share(counts[i]!, identified),
    shareOfPrevious: i === 0 ? null : share(counts[i]!, counts[i - 1]!),
  }));
}

export interface BreakdownRow<K extends string> {
  key: K;
  count: number;
  /** count / the sum of all counts, null when that sum is 0. */
  share: number | null;
}

/**
 * Every key of an enum in its order, with its count (0 when absent) and share of the total: tables
 * and charts show the same rows from one period to the next, so they can be compared.
 */
export function breakdown<K extends string>(keys: readonly K[], counts: Partial<Record<K, number>>): BreakdownRow<K>[] {
  const total = keys.reduce((sum, k) => sum + (counts[k] ?? 0), 0);
  return keys.map((key) => ({ key, count: counts[key] ?? 0, share: share(counts[key] ?? 0, total) }));
}

/** A share as a French percentage, e.g. 0.3333 → « 33,3 % »; null → « — ». */
export function formatShare(value: number | null, decimals = 1): string {
  if (value === null) return '—';
  return `${(roundTo(value * 100, decimals) ?? 0).toLocaleString('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: decimals })}\u00a0%`;
}

/** The obligation de formation covers 16 to 18 years (loi du 26 juillet 2019, art. 15): from the 16th birthday to the day before the 18th. */
export const OBLIGATION_FORMATION_AGES = { from: 16, until: 18 } as const;
