import { sql } from 'drizzle-orm';
import {
  REFERENCE_END_REASONS,
  REFERENCE_STATUSES,
  SANS_SUITE_MOTIVES,
  type ReferenceEndReason,
  type ReferenceStatus,
  type SansSuiteMotive,
} from '@maillage/shared';
import { policies } from '../../../core/authz.js';
import type { RequestContext } from '../../../core/context.js';

/**
 * Who may see the indicators of the référence de parcours: social workers, viewers and admins. They
 * are aggregates only (counts, never a person), so a viewer or an admin, who is on no PA's list and
 * sees no PA, may read them; the GraphQL query and the export share this policy.
 */
export const INDICATORS_POLICY = policies.anyRole('SOCIAL_WORKER', 'VIEWER', 'ADMIN');

/** The indicators of docs/domain.md §4, every status, motive and reason listed in the shared order, zeros included. */
export interface ParcoursIndicators {
  persons: number;
  referencesProposed: number;
  referencesAccepted: number;
  byStatus: { status: ReferenceStatus; count: number }[];
  sansSuiteByMotive: { motive: SansSuiteMotive; count: number }[];
  endedByReason: { reason: ReferenceEndReason; count: number }[];
  professionalsActingAsReferent: number;
  lockersInUse: number;
  documents: number;
}

/** What parcours_indicators() returns (migrations/0011_parcours.sql): counts, keyed by value for the lists. */
interface StoredIndicators {
  persons?: number | string;
  referencesProposed?: number | string;
  referencesAccepted?: number | string;
  byStatus?: Record<string, number | string> | null;
  sansSuiteByMotive?: Record<string, number | string> | null;
  endedByReason?: Record<string, number | string> | null;
  professionalsActingAsReferent?: number | string;
  lockersInUse?: number | string;
  documents?: number | string;
}

const count = (v: number | string | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));

/**
 * The indicators, over every person: one statement, the database function that counts with definer
 * rights (row-level security shows a social worker only the PAs whose list they are on, a viewer
 * none; the counts are the whole territory's). The caller's policy is checked before (guard, export).
 */
export async function parcoursIndicators(ctx: RequestContext): Promise<ParcoursIndicators> {
  const [row] = (
    await ctx.db.execute<{ indicators: StoredIndicators | string | null }>(
      sql`select parcours_indicators() as indicators`,
    )
  ).rows;
  const stored: StoredIndicators =
    typeof row?.indicators === 'string' ? (JSON.parse(row.indicators) as StoredIndicators) : (row?.indicators ?? {});
  return {
    persons: count(stored.persons),
    referencesProposed: count(stored.referencesProposed),
    referencesAccepted: count(stored.referencesAccepted),
    byStatus: REFERENCE_STATUSES.map((status) => ({ status, count: count(stored.byStatus?.[status]) })),
    sansSuiteByMotive: SANS_SUITE_MOTIVES.map((motive) => ({
      motive,
      count: count(stored.sansSuiteByMotive?.[motive]),
    })),
    endedByReason: REFERENCE_END_REASONS.map((reason) => ({ reason, count: count(stored.endedByReason?.[reason]) })),
    professionalsActingAsReferent: count(stored.professionalsActingAsReferent),
    lockersInUse: count(stored.lockersInUse),
    documents: count(stored.documents),
  };
}
