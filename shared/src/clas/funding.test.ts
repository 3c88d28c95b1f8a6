import { describe, expect, it } from 'vitest';
import { defaultClasConfig } from './config.js';
import { estimateFunding } from './funding.js';

const config = defaultClasConfig('2026-2027');

describe('CLAS funding estimate', () => {
  it.each<[number, number, boolean]>([
    [0, 0, false],
    [600_000, 195_000, false], // 32.5 % of €6,000
    [788_615, 256_300, false], // 32.5 % of €7,886.15 rounds to the cap exactly
    [788_616, 256_300, false],
    [800_000, 256_300, true], // 32.5 % of €8,000 is €2,600: capped at €2,563
    [333, 108, false], // 108.225 cents rounds to 108
  ])('a group with an eligible cost of %i cents gets %i cents (capped: %s)', (cost, expected, capped) => {
    const g = estimateFunding([{ eligibleCostCents: cost }], config).groups[0]!;
    expect(g.estimateCents).toBe(expected);
    expect(g.capped).toBe(capped);
  });

  it('caps each group on its own and adds them up', () => {
    const e = estimateFunding([{ eligibleCostCents: 1_000_000 }, { eligibleCostCents: 400_000 }], config);
    expect(e.groups.map((g) => g.estimateCents)).toEqual([256_300, 130_000]);
    expect(e.totalCents).toBe(386_300);
  });

  it("uses the year's rate and cap", () => {
    expect(
      estimateFunding([{ eligibleCostCents: 400_000 }], { ratePercent: 30, ceilingCentsPerGroup: 100_000 }).totalCents,
    ).toBe(100_000);
    expect(
      estimateFunding([{ eligibleCostCents: 100_000 }], { ratePercent: 12.35, ceilingCentsPerGroup: 100_000 })
        .totalCents,
    ).toBe(12_350);
  });
});
