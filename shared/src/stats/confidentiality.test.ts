import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONFIDENTIALITY_RULE_TEXT,
  SECONDARY_MASK_FOOTNOTE,
  disclosedPositions,
  formatProtectedCount,
  isMasked,
  maskedLabel,
  protectList,
  protectTable,
  publishedCount,
  type CountTable,
  type ProtectedCount,
  type ProtectedTable,
  type TablePosition,
} from './confidentiality.js';

const ALL_MARGINS = { rows: true, columns: true, grand: true };
const P = '< 5';
const S = 's';

/** A published table as text, one string per row, totals after a bar: easier to check by eye than objects. */
function sketch(t: ProtectedTable, threshold = 5): string[] {
  const f = (c: ProtectedCount) => formatProtectedCount(c, threshold);
  const lines = t.cells.map((row, i) => row.map(f).join(' ') + (t.rowTotals ? ` | ${f(t.rowTotals[i]!)}` : ''));
  if (t.columnTotals || t.grandTotal) {
    lines.push([...(t.columnTotals ?? []).map(f), ...(t.grandTotal ? ['|', f(t.grandTotal)] : [])].join(' '));
  }
  return lines;
}

describe('protectList', () => {
  it.each<[string, number[], boolean, string[]]>([
    ['all counts of 5 or more: untouched', [5, 12, 0, 40], true, ['5', '12', '0', '40', '57']],
    ['one small count and a total: the smallest other count goes too', [3, 12, 7, 20], true, [P, '12', S, '20', '42']],
    ['no total: nothing to work it out from', [3, 12, 7], false, [P, '12', '7']],
    ['zeros are published, never masked', [0, 3, 0, 8], true, ['0', P, '0', S, '11']],
    // With the relation alone, 1 + 1 = 2 leaves two masked cells; with « < 5 » meaning 1 to 4 both are 1.
    ['two 1s whose sum shows: a third count', [1, 1, 10, 30], true, [P, P, S, '30', '42']],
    // An « s » is at least 5: a masked 5 could only rise, and the 1 could only fall: the total goes.
    ['a small count and a 5: the total', [1, 5], true, [P, '5', S]],
    ['a small total masks itself and is enough', [1, 2], true, [P, P, P]],
    // Four « < 5 » that add up to a « < 5 » are four 1s whatever else is masked: every mask shows « s ».
    ['four 1s and their total: « s » only', [1, 1, 1, 1, 0], true, [S, S, S, S, '0', S]],
    ['nothing: zeros', [0, 0], true, ['0', '0', '0']],
    ['no categories', [], true, ['0']],
  ])('%s', (_name, counts, total, expected) => {
    const list = protectList(counts, { total });
    expectProtected(
      { cells: [counts], margins: { rows: total } },
      { cells: [list.counts], ...(list.total ? { rowTotals: [list.total] } : {}) },
    );
    expect([...list.counts, ...(list.total ? [list.total] : [])].map((c) => formatProtectedCount(c))).toEqual(expected);
  });

  it('uses the threshold given', () => {
    expect(
      protectList([9, 12, 30], { total: true, threshold: 10 }).counts.map((c) => formatProtectedCount(c, 10)),
    ).toEqual(['< 10', S, '30']);
  });
});

describe('protectTable', () => {
  it.each<[string, CountTable, string[]]>([
    [
      'a single small cell: the cheapest rectangle through it',
      {
        cells: [
          [1, 10, 12],
          [20, 30, 15],
          [8, 9, 40],
        ],
        margins: ALL_MARGINS,
      },
      [`${P} ${S} 12 | 23`, '20 30 15 | 65', `${S} ${S} 40 | 57`, '29 49 67 | 145'],
    ],
    [
      'zeros are stepped around, not masked',
      {
        cells: [
          [3, 0, 12],
          [0, 30, 0],
          [8, 0, 40],
        ],
        margins: ALL_MARGINS,
      },
      [`${P} 0 ${S} | 15`, '0 30 0 | 30', `${S} 0 ${S} | 48`, '11 30 52 | 93'],
    ],
    [
      'no margins: no relation, only the small cells',
      {
        cells: [
          [3, 10],
          [20, 4],
        ],
      },
      [`${P} 10`, `20 ${P}`],
    ],
    [
      'row totals only: another cell of the same row',
      {
        cells: [
          [3, 10, 7],
          [20, 9, 30],
        ],
        margins: { rows: true },
      },
      [`${P} 10 ${S} | 20`, '20 9 30 | 59'],
    ],
    [
      'a grand total only: the smallest other cell anywhere',
      {
        cells: [
          [3, 10],
          [20, 6],
        ],
        margins: { grand: true },
      },
      [`${P} 10`, `20 ${S}`, '| 39'],
    ],
    [
      'two small cells on a diagonal: the other two close the rectangle',
      {
        cells: [
          [2, 10],
          [11, 3],
        ],
        margins: ALL_MARGINS,
      },
      [`${P} ${S} | 12`, `${S} ${P} | 14`, '13 13 | 26'],
    ],
    [
      'every count small, the totals too: « s » only',
      {
        cells: [
          [1, 1],
          [1, 1],
        ],
        margins: ALL_MARGINS,
      },
      [`${S} ${S} | ${S}`, `${S} ${S} | ${S}`, `${S} ${S} | ${S}`],
    ],
    [
      // With « < 5 » labels the first row is four 1s, whatever else is masked. With « s » only, its total
      // can rise while the second row's falls, and each 1 with the cell below it (the column totals show).
      'a row of four 1s with a total of 4: « s » only, and what else it takes',
      {
        cells: [
          [1, 1, 1, 1, 0],
          [10, 20, 30, 40, 50],
        ],
        margins: ALL_MARGINS,
      },
      [`${S} ${S} ${S} ${S} 0 | ${S}`, `${S} ${S} ${S} ${S} 50 | ${S}`, '11 21 31 41 50 | 154'],
    ],
  ])('%s', (_name, table, expected) => {
    const published = protectTable(table);
    expectProtected(table, published);
    expect(sketch(published)).toEqual(expected);
  });

  it('publishes a table with nothing small as it is', () => {
    const table = {
      cells: [
        [5, 0],
        [7, 100],
      ],
      margins: ALL_MARGINS,
    };
    expect(protectTable(table)).toEqual({
      cells: [
        [{ value: 5 }, { value: 0 }],
        [{ value: 7 }, { value: 100 }],
      ],
      rowTotals: [{ value: 5 }, { value: 107 }],
      columnTotals: [{ value: 12 }, { value: 100 }],
      grandTotal: { value: 112 },
    });
  });

  it.each([
    ['a negative count', { cells: [[-1]] }],
    ['a fraction', { cells: [[1.5]] }],
    ['rows of different lengths', { cells: [[1, 2], [3]] }],
  ])('refuses %s', (_name, table) => {
    expect(() => protectTable(table)).toThrow(RangeError);
  });

  it.each([1, 0, 2.5])('refuses a threshold of %s', (threshold) => {
    expect(() => protectTable({ cells: [[1]] }, { threshold })).toThrow(RangeError);
  });
});

describe('disclosedPositions', () => {
  it('finds a lone small cell that its row total gives away', () => {
    const table = { cells: [[3, 12]], margins: { rows: true } };
    const published = {
      cells: [[{ masked: true, reason: 'PRIMARY' } as const, { value: 12 }]],
      rowTotals: [{ value: 15 }],
    };
    expect(disclosedPositions(table, published)).toEqual([{ kind: 'CELL', row: 0, column: 0 }]);
  });

  it('reads the bounds the labels give, not only the relations', () => {
    // A rectangle of four masked cells passes the « never one masked cell in a line » rule, but the
    // row totals 2 and 2 with two « < 5 » cells each leave only 1 + 1.
    const table = {
      cells: [
        [1, 1],
        [1, 1],
      ],
      margins: { rows: true },
    };
    const small = { masked: true, reason: 'PRIMARY' } as const;
    const published = {
      cells: [
        [small, small],
        [small, small],
      ],
      rowTotals: [small, small],
    };
    expect(disclosedPositions(table, published)).toEqual([]);
    expect(disclosedPositions(table, { ...published, rowTotals: [{ value: 2 }, { value: 2 }] })).toHaveLength(4);
  });
});

describe('single figures and labels', () => {
  it.each([
    [0, { value: 0 }],
    [1, { masked: true, reason: 'PRIMARY' }],
    [4, { masked: true, reason: 'PRIMARY' }],
    [5, { value: 5 }],
    [1234, { value: 1234 }],
  ] as const)('publishedCount(%s)', (value, expected) => {
    expect(publishedCount(value)).toEqual(expected);
  });

  it('masks below the threshold given', () => {
    expect(publishedCount(9, 10)).toEqual({ masked: true, reason: 'PRIMARY' });
  });

  it('labels a mask by its reason', () => {
    expect([maskedLabel('PRIMARY'), maskedLabel('PRIMARY', 11), maskedLabel('SECONDARY')]).toEqual([
      '< 5',
      '< 11',
      's',
    ]);
    expect(formatProtectedCount({ value: 12345 })).toBe('12\u202f345');
  });

  it('says the rule in French', () => {
    expect(CONFIDENTIALITY_RULE_TEXT()).toBe(
      "Aucun effectif compris entre 1 et 4 n'est publié ; d'autres cases sont masquées lorsque c'est nécessaire pour qu'aucun effectif masqué ne puisse être retrouvé à partir des totaux.",
    );
    expect(CONFIDENTIALITY_RULE_TEXT(2)).toMatch(/^Aucun effectif égal à 1 n'est publié/);
    expect(SECONDARY_MASK_FOOTNOTE).toBe(
      "s : masqué pour qu'aucune valeur inférieure à 5 ne puisse être déduite des totaux",
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// The independent checker.
//
// The implementation reasons on a signed grid and its cycles. The checker does not: its unknowns are the
// masked cells of the table as printed, its constraints say what a reader reads (a published total is
// the sum of its cells, a masked count lies within what its label says, a cell is at least 0), and an
// exact linear program computes the least and the greatest value each masked position can take. A
// position is protected iff the two differ. The constraint matrix (row, column and grand sums, bounds) is
// totally unimodular, so the two optima are reached at integer fillings: the checker builds both and
// re-reads them against the published table, cell by cell, so a pass rests on two fillings a reader cannot
// tell apart, not on the linear program alone.
// ---------------------------------------------------------------------------------------------------

interface Shown {
  position: TablePosition;
  /** The cells whose sum it is. */
  cells: [number, number][];
  count: ProtectedCount;
}

function shownPositions(table: CountTable, published: ProtectedTable): Shown[] {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  const all: [number, number][] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) all.push([i, j]);
  const shown: Shown[] = all.map(([i, j]) => ({
    position: { kind: 'CELL', row: i, column: j },
    cells: [[i, j]],
    count: published.cells[i]![j]!,
  }));
  published.rowTotals?.forEach((count, i) =>
    shown.push({ position: { kind: 'ROW_TOTAL', row: i }, cells: all.filter(([r]) => r === i), count }),
  );
  published.columnTotals?.forEach((count, j) =>
    shown.push({ position: { kind: 'COLUMN_TOTAL', column: j }, cells: all.filter(([, c]) => c === j), count }),
  );
  if (published.grandTotal) shown.push({ position: { kind: 'GRAND_TOTAL' }, cells: all, count: published.grandTotal });
  return shown;
}

/** What a masked count's label tells a reader: [least, greatest]. */
function labelBounds(count: ProtectedCount, published: Shown[], threshold: number): [number, number] {
  if (!isMasked(count)) throw new Error('not masked');
  if (count.reason === 'PRIMARY') return [1, threshold - 1];
  const someSmall = published.some((s) => isMasked(s.count) && s.count.reason === 'PRIMARY');
  return [someSmall ? threshold : 1, Number.POSITIVE_INFINITY];
}

const sumOf = (filling: number[][], cells: [number, number][]) =>
  cells.reduce((sum, [i, j]) => sum + filling[i]![j]!, 0);

/** Whether a reader who sees `published` could be looking at `filling`. */
function readerCannotRuleOut(filling: number[][], shown: Shown[], threshold: number): boolean {
  if (filling.some((row) => row.some((v) => !Number.isSafeInteger(v) || v < 0))) return false;
  return shown.every((s) => {
    const value = sumOf(filling, s.cells);
    if (!isMasked(s.count)) return value === s.count.value;
    const [least, greatest] = labelBounds(s.count, shown, threshold);
    return value >= least && value <= greatest;
  });
}

interface Constraint {
  coefficients: number[];
  kind: '<=' | '=' | '>=';
  bound: number;
}

/**
 * A dense simplex tableau with Bland's rule over variables ≥ 0. Every pivot is checked to be ±1 (the
 * matrix is totally unimodular), which keeps the arithmetic exact in plain integers; a pivot of any
 * other value fails the test rather than rounding.
 */
class Tableau {
  private constructor(
    private readonly rows: number[][],
    private readonly basis: number[],
    /** Columns that may enter the basis: the variables and slacks, not the artificial ones. */
    private readonly usable: number,
    /** Columns in all, the right-hand side aside. */
    private readonly width: number,
  ) {}

  /** A feasible basis of the constraints (phase 1), from which every objective is then optimised. */
  static feasible(variables: number, constraints: Constraint[]): Tableau {
    const slacks = constraints.filter((c) => c.kind !== '=').length;
    const usable = variables + slacks;
    const width = usable + constraints.length;
    let slack = variables;
    const rows = constraints.map((c, r) => {
      const row = new Array<number>(width + 1).fill(0);
      c.coefficients.forEach((a, k) => (row[k] = a));
      if (c.kind !== '=') row[slack++] = c.kind === '<=' ? 1 : -1;
      row[width] = c.bound;
      if (c.bound < 0) for (let k = 0; k <= width; k++) row[k] = -row[k]! || 0;
      row[usable + r] = 1;
      return row;
    });
    const tableau = new Tableau(
      rows,
      constraints.map((_, r) => usable + r),
      usable,
      width,
    );
    const artificial = Array.from({ length: width }, (_, k) => (k >= usable ? 1 : 0));
    tableau.optimise(artificial, width);
    if (tableau.value(artificial) !== 0) throw new Error('the truth is not a solution: the model is wrong');
    tableau.evictArtificials();
    return tableau;
  }

  /** The least value of objective · x and a point reaching it. */
  minimize(objective: number[]): { value: number; point: number[] } {
    const copy = new Tableau(
      this.rows.map((row) => [...row]),
      [...this.basis],
      this.usable,
      this.width,
    );
    copy.optimise(objective, this.usable);
    const point = new Array<number>(objective.length).fill(0);
    copy.rows.forEach((row, r) => {
      if (copy.basis[r]! < objective.length) point[copy.basis[r]!] = row.at(-1)!;
    });
    return { value: copy.value(objective), point };
  }

  private optimise(cost: number[], enterable: number): void {
    for (let steps = 0; ; steps++) {
      if (steps > 10_000) throw new Error('the simplex does not end');
      const reduced = this.reducedCosts(cost);
      const entering = reduced.findIndex((r, k) => k < enterable && r < 0);
      if (entering === -1) return;
      let leaving = -1;
      for (let r = 0; r < this.rows.length; r++) {
        if (this.rows[r]![entering]! <= 0) continue;
        const ratio = this.rows[r]!.at(-1)! / this.rows[r]![entering]!;
        const best = leaving === -1 ? Infinity : this.rows[leaving]!.at(-1)! / this.rows[leaving]![entering]!;
        if (ratio < best || (ratio === best && this.basis[r]! < this.basis[leaving]!)) leaving = r;
      }
      if (leaving === -1) throw new Error('unbounded: the box should prevent it');
      this.pivot(leaving, entering);
    }
  }

  private pivot(r: number, column: number): void {
    const row = this.rows[r]!;
    const a = row[column]!;
    if (a !== 1 && a !== -1) throw new Error(`pivot ${a}: the matrix is not totally unimodular`);
    for (let k = 0; k < row.length; k++) row[k] = row[k]! * a;
    this.rows.forEach((other, o) => {
      const factor = other[column]!;
      if (o === r || factor === 0) return;
      for (let k = 0; k < other.length; k++) other[k] = other[k]! - factor * row[k]!;
    });
    this.basis[r] = column;
  }

  private reducedCosts(cost: number[]): number[] {
    const reduced = [...cost, ...new Array<number>(this.width - cost.length).fill(0)];
    this.rows.forEach((row, r) => {
      const cb = cost[this.basis[r]!] ?? 0;
      if (cb !== 0) for (let k = 0; k < reduced.length; k++) reduced[k] = reduced[k]! - cb * row[k]!;
    });
    return reduced;
  }

  private value(cost: number[]): number {
    return this.rows.reduce((sum, row, r) => sum + (cost[this.basis[r]!] ?? 0) * row.at(-1)!, 0);
  }

  /** Artificial variables left in the basis at 0 leave it; a row with nothing else is a redundant relation. */
  private evictArtificials(): void {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      if (this.basis[r]! < this.usable) continue;
      const column = this.rows[r]!.findIndex((a, k) => k < this.usable && a !== 0);
      if (column !== -1) this.pivot(r, column);
      else {
        this.rows.splice(r, 1);
        this.basis.splice(r, 1);
      }
    }
  }
}

interface Range {
  position: TablePosition;
  truth: number;
  least: number;
  greatest: number;
  /** Fillings reaching least and greatest, with the published cells as they are. */
  witnesses: [number[][], number[][]];
}

/** For each masked position, the least and greatest value a reader cannot rule out. */
function maskedRanges(table: CountTable, published: ProtectedTable, threshold: number): Range[] {
  const shown = shownPositions(table, published);
  const truth = table.cells.map((row) => [...row]);
  const unknowns: [number, number][] = [];
  table.cells.forEach((row, i) => row.forEach((_, j) => isMasked(published.cells[i]![j]!) && unknowns.push([i, j])));
  const indexOf = (i: number, j: number) => unknowns.findIndex(([r, c]) => r === i && c === j);
  // A box well above the truth: it keeps every optimum finite without ruling the truth out.
  const box = 2 * (table.cells.flat().reduce((a, b) => a + b, 0) + threshold);
  // Each unknown cell is x = lower + z with z ≥ 0; its label bounds it if it is masked as a cell, and
  // it is a count (≥ 0) in any case.
  const lower = unknowns.map(([i, j]) => labelBounds(published.cells[i]![j]!, shown, threshold)[0]);
  const constraints: Constraint[] = [];
  const affine = (cells: [number, number][]) => {
    const coefficients = new Array<number>(unknowns.length).fill(0);
    let constant = 0;
    for (const [i, j] of cells) {
      const k = indexOf(i, j);
      if (k === -1) constant += truth[i]![j]!;
      else {
        coefficients[k] = 1;
        constant += lower[k]!;
      }
    }
    return { coefficients, constant };
  };
  for (const s of shown) {
    const { coefficients, constant } = affine(s.cells);
    if (coefficients.every((a) => a === 0)) continue;
    if (!isMasked(s.count)) {
      constraints.push({ coefficients, kind: '=', bound: s.count.value - constant });
      continue;
    }
    const [least, greatest] = labelBounds(s.count, shown, threshold);
    // A masked cell's least value is its variable's origin; a total's is a constraint.
    if (s.position.kind !== 'CELL') constraints.push({ coefficients, kind: '>=', bound: least - constant });
    constraints.push({ coefficients, kind: '<=', bound: Math.min(greatest, box) - constant });
  }
  const simplex = Tableau.feasible(unknowns.length, constraints);
  const fill = (z: number[]) => {
    const filling = truth.map((row) => [...row]);
    unknowns.forEach(([i, j], k) => (filling[i]![j] = lower[k]! + z[k]!));
    return filling;
  };
  return shown
    .filter((s) => isMasked(s.count))
    .map((s) => {
      const { coefficients, constant } = affine(s.cells);
      const min = simplex.minimize(coefficients);
      const max = simplex.minimize(coefficients.map((a) => -a));
      return {
        position: s.position,
        truth: sumOf(truth, s.cells),
        least: min.value + constant,
        greatest: -max.value + constant,
        witnesses: [fill(min.point), fill(max.point)],
      };
    });
}

/** The relations of the published table as sets of shown positions (a row and its total, …). */
function relations(published: ProtectedTable): ProtectedCount[][] {
  const cells = published.cells;
  const sets: ProtectedCount[][] = [];
  published.rowTotals?.forEach((total, i) => sets.push([...cells[i]!, total]));
  published.columnTotals?.forEach((total, j) => sets.push([...cells.map((row) => row[j]!), total]));
  if (published.grandTotal) {
    sets.push([...cells.flat(), published.grandTotal]);
    if (published.rowTotals) sets.push([...published.rowTotals, published.grandTotal]);
    if (published.columnTotals) sets.push([...published.columnTotals, published.grandTotal]);
  }
  return sets;
}

// ---------------------------------------------------------------------------------------------------

const countArb = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 4 },
  { arbitrary: fc.integer({ min: 5, max: 12 }), weight: 3 },
  { arbitrary: fc.integer({ min: 13, max: 400 }), weight: 2 },
);

const tableArb: fc.Arbitrary<CountTable> = fc
  .record({
    rows: fc.integer({ min: 1, max: 8 }),
    columns: fc.integer({ min: 1, max: 8 }),
    margins: fc.record({ rows: fc.boolean(), columns: fc.boolean(), grand: fc.boolean() }),
  })
  .chain(({ rows, columns, margins }) =>
    fc
      .array(fc.array(countArb, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })
      .map((cells) => ({ cells, margins })),
  );

const thresholdArb = fc.oneof({ arbitrary: fc.constant(5), weight: 4 }, fc.constantFrom(2, 3, 10));

const runs = Number(process.env.FUZZ_RUNS ?? 150);

describe('protectTable, properties', () => {
  it('publishes no small count, publishes the others as they are, masks no 0, and is deterministic', () => {
    fc.assert(
      fc.property(tableArb, thresholdArb, (table, threshold) => {
        const published = protectTable(table, { threshold });
        expect(protectTable(table, { threshold })).toEqual(published);
        // A table whose labels alone would pin a count shows every mask as « s » (reason SECONDARY).
        const onlyS = !shownPositions(table, published).some((s) => isMasked(s.count) && s.count.reason === 'PRIMARY');
        for (const s of shownPositions(table, published)) {
          const value = sumOf(table.cells as number[][], s.cells);
          const small = value > 0 && value < threshold;
          if (isMasked(s.count)) {
            expect(value).toBeGreaterThan(0);
            if (!onlyS) expect(s.count.reason).toBe(small ? 'PRIMARY' : 'SECONDARY');
          } else {
            expect(small).toBe(false);
            expect(s.count.value).toBe(value);
          }
        }
        expect(Boolean(published.rowTotals)).toBe(Boolean(table.margins?.rows));
        expect(Boolean(published.columnTotals)).toBe(Boolean(table.margins?.columns));
        expect(Boolean(published.grandTotal)).toBe(Boolean(table.margins?.grand));
      }),
      { numRuns: runs },
    );
  });

  it('leaves no relation with a single masked count', () => {
    fc.assert(
      fc.property(tableArb, thresholdArb, (table, threshold) => {
        const published = protectTable(table, { threshold });
        for (const relation of relations(published)) expect(relation.filter(isMasked).length).not.toBe(1);
      }),
      { numRuns: runs },
    );
  });

  it('leaves every masked count at least two values, shown by two fillings a reader cannot rule out', () => {
    fc.assert(
      fc.property(tableArb, thresholdArb, (table, threshold) => {
        const published = protectTable(table, { threshold });
        expectProtected(table, published, threshold);
        expect(disclosedPositions(table, published, { threshold })).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
});

describe('disclosedPositions, property', () => {
  const maskedTableArb = fc.tuple(tableArb, thresholdArb).chain(([table, threshold]) => {
    const shown = shownPositions(table, protectTable(table, { threshold }));
    return fc
      .array(fc.boolean(), { minLength: shown.length, maxLength: shown.length })
      .map((picks) => ({ table, threshold, published: maskSome(table, threshold, picks) }));
  });

  it('agrees with the independent checker on any masking: disclosed iff its least and greatest values meet', () => {
    fc.assert(
      fc.property(maskedTableArb, ({ table, threshold, published }) => {
        const expected = maskedRanges(table, published, threshold)
          .filter((r) => r.least === r.greatest)
          .map((r) => r.position);
        expect(disclosedPositions(table, published, { threshold })).toEqual(expected);
      }),
      { numRuns: runs },
    );
  });
});

/** The independent checker's verdict: every masked position has two fillings, checked cell by cell. */
function expectProtected(table: CountTable, published: ProtectedTable, threshold = 5): void {
  const shown = shownPositions(table, published);
  expect(readerCannotRuleOut(table.cells as number[][], shown, threshold)).toBe(true);
  for (const range of maskedRanges(table, published, threshold)) {
    expect(range.least, JSON.stringify(range.position)).toBeLessThan(range.greatest);
    for (const filling of range.witnesses) expect(readerCannotRuleOut(filling, shown, threshold)).toBe(true);
    const [low, high] = range.witnesses.map((f) => sumOf(f, cellsOf(table, range.position)));
    expect([low, high]).toEqual([range.least, range.greatest]);
  }
}

function cellsOf(table: CountTable, position: TablePosition): [number, number][] {
  const all = table.cells.flatMap((row, i) => row.map((_, j): [number, number] => [i, j]));
  switch (position.kind) {
    case 'CELL':
      return [[position.row, position.column]];
    case 'ROW_TOTAL':
      return all.filter(([i]) => i === position.row);
    case 'COLUMN_TOTAL':
      return all.filter(([, j]) => j === position.column);
    case 'GRAND_TOTAL':
      return all;
  }
}

/** The table with the non-zero counts picked masked, each with the reason its value gives. */
function maskSome(table: CountTable, threshold: number, picks: boolean[]): ProtectedTable {
  const mask = (value: number, pick: boolean): ProtectedCount =>
    pick && value > 0 ? { masked: true, reason: value < threshold ? 'PRIMARY' : 'SECONDARY' } : { value };
  const skeleton = protectTable(table, { threshold });
  let k = 0;
  const next = (value: number) => mask(value, picks[k++] ?? false);
  const cells = table.cells.map((row) => row.map(next));
  const published: ProtectedTable = { cells };
  const rows = table.cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columns = (table.cells[0] ?? []).map((_, j) => table.cells.reduce((sum, row) => sum + row[j]!, 0));
  if (skeleton.rowTotals) published.rowTotals = rows.map(next);
  if (skeleton.columnTotals) published.columnTotals = columns.map(next);
  if (skeleton.grandTotal) published.grandTotal = next(rows.reduce((a, b) => a + b, 0));
  return published;
}
