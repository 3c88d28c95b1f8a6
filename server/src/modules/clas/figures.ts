import {
  estimateFunding,
  evaluateEligibility,
  type ClasYearConfig,
  type Eligibility,
  type FundingEstimate,
} from '@maillage/shared';
import type {
  ClasBilanFigures,
  ClasDeclaration,
  clasActivityLog,
  clasGroup,
  clasProject,
  clasSessionLog,
} from './tables.js';

export type ProjectRow = typeof clasProject.$inferSelect;
export type GroupRow = typeof clasGroup.$inferSelect;
export type SessionLogRow = typeof clasSessionLog.$inferSelect;
export type ActivityLogRow = typeof clasActivityLog.$inferSelect;

/** What the shared rules read of a stored project: its declaration and its groups in their order. */
export function eligibilityOf(declaration: ClasDeclaration, groups: GroupRow[], config: ClasYearConfig): Eligibility {
  return evaluateEligibility(
    {
      ...declaration,
      groups: groups.map((g) => ({
        label: g.label,
        childrenCount: g.childrenCount,
        accompagnateurs: g.accompagnateurs,
        sessions: g.sessions,
        startDate: g.startDate,
        endDate: g.endDate,
        longestBreakWeeks: g.longestBreakWeeks,
      })),
    },
    config,
  );
}

export const fundingOf = (groups: Pick<GroupRow, 'eligibleCostCents'>[], config: ClasYearConfig): FundingEstimate =>
  estimateFunding(groups, config);

const DAY_MS = 86_400_000;

/** Whole weeks from a group's start date to its end date (a group without both dates plans none). */
export function plannedWeeks(startDate: string | null, endDate: string | null): number {
  if (!startDate || !endDate) return 0;
  const days = (Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS;
  return days > 0 ? Math.floor(days / 7) : 0;
}

/**
 * The bilan's figures (docs/domain.md §3), held against planned: sessions planned are each group's weekly
 * sessions over its weeks; attendance is the children present over the places of the sessions held.
 */
export function bilanFigures(
  declaration: Pick<ClasDeclaration, 'parentActions' | 'concertationActions'>,
  groups: Pick<GroupRow, 'id' | 'sessions' | 'startDate' | 'endDate' | 'childrenCount'>[],
  sessionLogs: Pick<SessionLogRow, 'groupId' | 'childrenPresent'>[],
  activityLogs: Pick<ActivityLogRow, 'kind'>[],
): ClasBilanFigures {
  const places = new Map(groups.map((g) => [g.id, g.childrenCount]));
  const present = sessionLogs.reduce((sum, s) => sum + s.childrenPresent, 0);
  const offered = sessionLogs.reduce((sum, s) => sum + (places.get(s.groupId) ?? 0), 0);
  return {
    sessionsPlanned: groups.reduce((sum, g) => sum + g.sessions.length * plannedWeeks(g.startDate, g.endDate), 0),
    sessionsHeld: sessionLogs.length,
    attendanceRate: offered > 0 ? present / offered : null,
    parentActionsPlanned: declaration.parentActions.length,
    parentActionsHeld: activityLogs.filter((a) => a.kind === 'PARENT_ACTION').length,
    concertationPlanned: declaration.concertationActions.length,
    concertationHeld: activityLogs.filter((a) => a.kind === 'CONCERTATION').length,
  };
}
