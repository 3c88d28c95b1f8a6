import type { ClasYearConfig } from './config.js';

export interface GroupFunding {
  groupIndex: number;
  eligibleCostCents: number;
  /** rate × eligible cost, before the cap. */
  uncappedCents: number;
  /** What the CAF would pay for the group: within the cap per group. */
  estimateCents: number;
  capped: boolean;
}

export interface FundingEstimate {
  groups: GroupFunding[];
  totalCents: number;
}

/** The prestation de service (docs/domain.md §3): rate × eligible cost per group, capped per group, in cents. */
export function estimateFunding(
  groups: { eligibleCostCents: number }[],
  config: Pick<ClasYearConfig, 'ratePercent' | 'ceilingCentsPerGroup'>,
): FundingEstimate {
  const perGroup = groups.map((g, groupIndex) => {
    // Rates have at most 2 decimals: in hundredths of a percent, the product is exact before rounding.
    const uncappedCents = Math.round((g.eligibleCostCents * Math.round(config.ratePercent * 100)) / 10_000);
    const estimateCents = Math.min(uncappedCents, config.ceilingCentsPerGroup);
    return {
      groupIndex,
      eligibleCostCents: g.eligibleCostCents,
      uncappedCents,
      estimateCents,
      capped: uncappedCents > config.ceilingCentsPerGroup,
    };
  });
  return { groups: perGroup, totalCents: perGroup.reduce((sum, g) => sum + g.estimateCents, 0) };
}
