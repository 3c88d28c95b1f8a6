import { describe, expect, it } from 'vitest';
import { assembleFunnel, breakdown, formatShare, roundDays, roundTo, share } from './indicators.js';

describe('roundTo', () => {
  it.each([
    [1.25, 1, 1.3],
    [-1.25, 1, -1.3],
    [1.005, 2, 1.01],
    [2 / 3, 4, 0.6667],
    [-0.00001, 2, 0],
    [7, 0, 7],
    [1e-9, 2, 0],
    [Number.NaN, 2, null],
    [Number.POSITIVE_INFINITY, 2, null],
    [null, 2, null],
  ] as const)('roundTo(%s, %s) = %s', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});

describe('share', () => {
  it.each([
    [1, 3, 0.3333],
    [2, 3, 0.6667],
    [0, 5, 0],
    [5, 5, 1],
    [0, 0, null],
    [3, 0, null],
  ] as const)('share(%s, %s) = %s', (part, whole, expected) => {
    expect(share(part, whole)).toBe(expected);
  });
});

describe('roundDays', () => {
  it.each([
    ['2.25', 2.3],
    [0.04, 0],
    [13, 13],
    [null, null],
    [undefined, null],
    ['', null],
  ] as const)('roundDays(%s) = %s', (value, expected) => {
    expect(roundDays(value)).toBe(expected);
  });
});

describe('assembleFunnel', () => {
  const counts = (steps: ReturnType<typeof assembleFunnel>) => steps.map((s) => s.count);
  it.each([
    ['nothing', {}, [0, 0, 0, 0, 0]],
    ['all still identified only', { IDENTIFIED: 4 }, [4, 0, 0, 0, 0]],
    ['one at each stage', { IDENTIFIED: 1, ASSIGNED: 1, CONTACTED: 1, REACHED: 1, SOLUTION: 1 }, [5, 4, 3, 2, 1]],
    ['a solution without a recorded contact still counts as contacted', { SOLUTION: 2, ASSIGNED: 1 }, [3, 3, 2, 2, 2]],
  ] as const)('%s', (_name, furthest, expected) => {
    expect(counts(assembleFunnel(furthest))).toEqual(expected);
  });

  it('gives shares of identified and of the previous stage', () => {
    expect(assembleFunnel({ IDENTIFIED: 2, ASSIGNED: 4, CONTACTED: 1, REACHED: 0, SOLUTION: 3 })).toEqual([
      { stage: 'IDENTIFIED', count: 10, shareOfIdentified: 1, shareOfPrevious: null },
      { stage: 'ASSIGNED', count: 8, shareOfIdentified: 0.8, shareOfPrevious: 0.8 },
      { stage: 'CONTACTED', count: 4, shareOfIdentified: 0.4, shareOfPrevious: 0.5 },
      { stage: 'REACHED', count: 3, shareOfIdentified: 0.3, shareOfPrevious: 0.75 },
      { stage: 'SOLUTION', count: 3, shareOfIdentified: 0.3, shareOfPrevious: 1 },
    ]);
  });

  it('has no share when a stage is empty', () => {
    const steps = assembleFunnel({});
    expect(steps.map((s) => [s.shareOfIdentified, s.shareOfPrevious])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe('breakdown', () => {
  const keys = ['A', 'B', 'C'] as const;
  it.each([
    [
      'every key in order, absent ones at 0',
      { C: 1, A: 3 },
      [
        ['A', 3, 0.75],
        ['B', 0, 0],
        ['C', 1, 0.25],
      ],
    ],
    [
      'no counts: zeros without shares',
      {},
      [
        ['A', 0, null],
        ['B', 0, null],
        ['C', 0, null],
      ],
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(breakdown(keys, input).map((r) => [r.key, r.count, r.share])).toEqual(expected);
  });
});

describe('formatShare', () => {
  it.each([
    [0.3333, '33,3\u00a0%'],
    [1, '100\u00a0%'],
    [0, '0\u00a0%'],
    [null, '—'],
  ] as const)('formatShare(%s) = %s', (value, expected) => {
    expect(formatShare(value)).toBe(expected);
  });
});
