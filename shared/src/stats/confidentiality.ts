/**
 * Statistical confidentiality of the counts shown outside the team that follows the cases (docs/domain.md §6):
 * steering committees, regional viewers and funders read aggregates in which no count between 1 and
 * threshold - 1 appears (primary suppression), and from which no masked count can be worked out again
 * from the totals or the other cells of the same table (secondary suppression).
 *
 * What a reader is assumed to know: every published value, every relation between them (a row adds up
 * to its row total, a column to its column total, the totals to the grand total), that counts are
 * integers, and what the labels say: a primary mask (« < 5 ») hides a count between 1 and threshold - 1,
 * a secondary one (« s ») a count of at least threshold (only counts that could be published are masked
 * secondarily, never a 0), or at least 1 in a table that shows no « < 5 » (see suppressSecondarily). A
 * masked count is protected when these facts leave it at least two possible values. The labels' bounds
 * matter: with the linear relations alone, two « < 5 » cells whose row says they add up to 2 would pass,
 * yet both are 1.
 *
 * Not covered: interval disclosure (a protected count may still be narrowed to, say, 3 or 4); what a
 * reader who knows this algorithm infers from where the masks fall (a list of four « s » and an « s »
 * total arises only from four 1s: see suppressSecondarily); and several tables of one document that
 * share a total: each table is protected on its own, so a figure masked in one must not be given in
 * another (the same margin published twice is the same figure).
 */

export const DEFAULT_CONFIDENTIALITY_THRESHOLD = 5;

export type MaskReason = 'PRIMARY' | 'SECONDARY';

/**
 * A count as published: its value, or a mask and what its label tells: PRIMARY, a count from 1 to
 * threshold - 1 (« < 5 »); SECONDARY (« s »), masked so that no masked count can be worked out, small or
 * not when the table shows no PRIMARY mask.
 */
export type ProtectedCount = { value: number } | { masked: true; reason: MaskReason };

export interface ConfidentialityOptions {
  /** Counts from 1 to threshold - 1 are not published. */
  threshold?: number;
}

/**
 * Counts by row then by column (every row as long as the others), with the totals published beside
 * them. The totals are the sums of the cells: a table whose « total » counts more than its rows show
 * (an « other » row left out) must give that row, or its total is not a relation of the table.
 */
export interface CountTable {
  cells: readonly (readonly number[])[];
  margins?: { rows?: boolean; columns?: boolean; grand?: boolean };
}

/** The table as published: the same shape, each total present when it is published. */
export interface ProtectedTable {
  cells: ProtectedCount[][];
  rowTotals?: ProtectedCount[];
  columnTotals?: ProtectedCount[];
  grandTotal?: ProtectedCount;
}

/** A list of categories (closures by reason, …), optionally with its total. */
export interface ProtectedList {
  counts: ProtectedCount[];
  total?: ProtectedCount;
}

export type TablePosition =
  | { kind: 'CELL'; row: number; column: number }
  | { kind: 'ROW_TOTAL'; row: number }
  | { kind: 'COLUMN_TOTAL'; column: number }
  | { kind: 'GRAND_TOTAL' };

export function isMasked(count: ProtectedCount): count is { masked: true; reason: MaskReason } {
  return 'masked' in count;
}

/** A figure with no related total (a single count in a sentence): masked when between 1 and threshold - 1. */
export function publishedCount(value: number, threshold = DEFAULT_CONFIDENTIALITY_THRESHOLD): ProtectedCount {
  assertThreshold(threshold);
  assertCount(value);
  return isSmall(value, threshold) ? { masked: true, reason: 'PRIMARY' } : { value };
}

/**
 * Masks the small counts of a table, then as few other counts as it takes (by the sum of the counts
 * masked, totals last) so that none of them can be worked out again; the other counts are published as
 * they are.
 */
export function protectTable(table: CountTable, options: ConfidentialityOptions = {}): ProtectedTable {
  const threshold = options.threshold ?? DEFAULT_CONFIDENTIALITY_THRESHOLD;
  assertThreshold(threshold);
  const grid = signedGrid(table, threshold);
  const status = initialStatus(grid);
  suppressSecondarily(grid, status);
  return publishedTable(grid, status);
}

/** protectTable for a one-dimensional list: the total, when published, is the list's only relation. */
export function protectList(
  counts: readonly number[],
  options: ConfidentialityOptions & { total?: boolean } = {},
): ProtectedList {
  const table = protectTable({ cells: [counts], margins: { rows: options.total ?? false } }, options);
  const list: ProtectedList = { counts: table.cells[0] ?? [] };
  if (table.rowTotals) list.total = table.rowTotals[0]!;
  return list;
}

/**
 * The masked positions of a published table whose count a reader can work out (see the header for what
 * a reader knows): empty for protectTable's output. It audits a table masked by other means, or
 * protectTable itself.
 */
export function disclosedPositions(
  table: CountTable,
  published: ProtectedTable,
  options: ConfidentialityOptions = {},
): TablePosition[] {
  const threshold = options.threshold ?? DEFAULT_CONFIDENTIALITY_THRESHOLD;
  assertThreshold(threshold);
  const grid = signedGrid(table, threshold);
  const status = statusOf(grid, published);
  return inReadingOrder(grid)
    .filter((e) => isMaskStatus(status[e.index]!) && isDetermined(grid, status, e))
    .map((e) => positionOf(grid, e));
}

/** The text a masked cell shows: « < 5 » for a small count, « s » for one masked so that it cannot be worked out. */
export function maskedLabel(reason: MaskReason, threshold = DEFAULT_CONFIDENTIALITY_THRESHOLD): string {
  return reason === 'PRIMARY' ? `< ${threshold}` : SECONDARY_MASK_LABEL;
}

export const SECONDARY_MASK_LABEL = 's';

/** A published count as text: French digit grouping, or its mask's label. */
export function formatProtectedCount(count: ProtectedCount, threshold = DEFAULT_CONFIDENTIALITY_THRESHOLD): string {
  return isMasked(count) ? maskedLabel(count.reason, threshold) : count.value.toLocaleString('fr-FR');
}

/** The footnote of a table with « s » cells. */
export function secondaryMaskFootnote(threshold = DEFAULT_CONFIDENTIALITY_THRESHOLD): string {
  return `${SECONDARY_MASK_LABEL} : masqué pour qu'aucune valeur inférieure à ${threshold} ne puisse être déduite des totaux`;
}

export const SECONDARY_MASK_FOOTNOTE = secondaryMaskFootnote();

/** The rule as a document states it (methodology note of a bilan). */
export function CONFIDENTIALITY_RULE_TEXT(threshold = DEFAULT_CONFIDENTIALITY_THRESHOLD): string {
  assertThreshold(threshold);
  const small = threshold === 2 ? 'égal à 1' : `compris entre 1 et ${threshold - 1}`;
  return (
    `Aucun effectif ${small} n'est publié ; d'autres cases sont masquées lorsque c'est nécessaire ` +
    `pour qu'aucun effectif masqué ne puisse être retrouvé à partir des totaux.`
  );
}

// ---------------------------------------------------------------------------------------------------
// The model.
//
// Why a graph: the table is extended by a row of column totals and a column of row totals, with the
// grand total in the corner, and each total is written with a minus sign (the grand total with a plus).
// Every row and every column of this signed grid then adds up to 0, and those are all the relations
// between the cells and the totals. A total the table does not show is left free to move (a reader knows
// nothing of it), which leaves exactly the relations among what is shown. Such a grid is a flow on the
// complete bipartite graph between its rows and its columns: the position (i, j) is an edge from row i to
// column j, and « every row and column adds up to 0 » is « what enters a node leaves it ». The fillings a
// reader cannot tell apart from the truth differ from it by a circulation, and a circulation is a sum of
// cycles. So a masked count can take another value iff its edge lies on a cycle that can be followed
// (each edge's step, +1 or -1, keeping it within what its label says; a published edge cannot move), and
// secondary suppression adds the cheapest such cycle. This is the linear algebra of the relations (the
// null space of a network matrix is its cycle space), exact and in integers, checked in the tests against
// an independent exact linear program over the unsigned table.
// ---------------------------------------------------------------------------------------------------

/** PUBLISHED: given; UNPUBLISHED: a total the table does not show (a reader knows nothing of it). */
type Status = 'PUBLISHED' | 'UNPUBLISHED' | MaskReason;

interface Edge {
  index: number;
  /** In the signed grid: rows 0..rows-1 and columns 0..columns-1 are cells, the last row and column totals. */
  row: number;
  column: number;
  value: number;
  /** +1 for a cell and the grand total, -1 for a row or column total. */
  sign: 1 | -1;
  isTotal: boolean;
}

interface Grid {
  rows: number;
  columns: number;
  threshold: number;
  /** Row node i is node i, column node j is node rows + 1 + j. */
  nodeCount: number;
  edges: Edge[];
  published: { rows: boolean; columns: boolean; grand: boolean };
}

function signedGrid(table: CountTable, threshold: number): Grid {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  for (const line of table.cells) {
    if (line.length !== columns) throw new RangeError('Every row of a count table has the same number of columns.');
    line.forEach(assertCount);
  }
  const rowTotals = table.cells.map((line) => line.reduce((sum, v) => sum + v, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) => table.cells.reduce((sum, line) => sum + line[j]!, 0));
  const grand = rowTotals.reduce((sum, v) => sum + v, 0);
  const valueAt = (i: number, j: number): number => {
    if (i < rows && j < columns) return table.cells[i]![j]!;
    if (i < rows) return rowTotals[i]!;
    if (j < columns) return columnTotals[j]!;
    return grand;
  };
  const edges: Edge[] = [];
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= columns; j++) {
      const isTotal = i === rows || j === columns;
      const sign = (i === rows) === (j === columns) ? 1 : -1;
      edges.push({ index: edges.length, row: i, column: j, value: valueAt(i, j), sign, isTotal });
    }
  }
  return {
    rows,
    columns,
    threshold,
    nodeCount: rows + columns + 2,
    edges,
    published: {
      rows: table.margins?.rows ?? false,
      columns: table.margins?.columns ?? false,
      grand: table.margins?.grand ?? false,
    },
  };
}

/** Cells row by row, then the row totals, the column totals and the grand total. */
function inReadingOrder(grid: Grid): Edge[] {
  const rank = (e: Edge) => (e.row === grid.rows ? 2 : 0) + (e.column === grid.columns ? 1 : 0);
  return [0, 1, 2, 3].flatMap((r) => grid.edges.filter((e) => rank(e) === r));
}

function isShown(grid: Grid, e: Edge): boolean {
  if (e.row === grid.rows && e.column === grid.columns) return grid.published.grand;
  if (e.column === grid.columns) return grid.published.rows;
  if (e.row === grid.rows) return grid.published.columns;
  return true;
}

function initialStatus(grid: Grid): Status[] {
  return grid.edges.map((e) => {
    if (!isShown(grid, e)) return 'UNPUBLISHED';
    return isSmall(e.value, grid.threshold) ? 'PRIMARY' : 'PUBLISHED';
  });
}

function statusOf(grid: Grid, published: ProtectedTable): Status[] {
  const at = (e: Edge): ProtectedCount | undefined => {
    if (e.row < grid.rows && e.column < grid.columns) return published.cells[e.row]?.[e.column];
    if (e.row < grid.rows) return published.rowTotals?.[e.row];
    if (e.column < grid.columns) return published.columnTotals?.[e.column];
    return published.grandTotal;
  };
  return grid.edges.map((e) => {
    if (!isShown(grid, e)) return 'UNPUBLISHED';
    const count = at(e);
    if (count === undefined) throw new RangeError('The published table does not have the shape of the counts.');
    return isMasked(count) ? count.reason : 'PUBLISHED';
  });
}

function isMaskStatus(status: Status): status is MaskReason {
  return status === 'PRIMARY' || status === 'SECONDARY';
}

/**
 * The least count an « s » can hide, as a reader sees it: `threshold` when the table shows some « < 5 »
 * (only counts that could be published are masked secondarily); in a table with only « s », 1.
 */
function secondaryFloor(grid: Grid, status: Status[]): number {
  return status.includes('PRIMARY') ? grid.threshold : 1;
}

/** Whether a reader could see the count one higher, or one lower, than it is. */
function latitude(grid: Grid, status: Status, value: number, floor: number): { up: boolean; down: boolean } {
  switch (status) {
    case 'PUBLISHED':
      return { up: false, down: false };
    case 'UNPUBLISHED':
      return { up: true, down: true };
    case 'PRIMARY':
      return { up: value < grid.threshold - 1, down: value > 1 };
    case 'SECONDARY':
      return { up: true, down: value > floor };
  }
}

interface Arc {
  from: number;
  to: number;
  edge: Edge;
}

/** The steps an edge allows in the signed grid: +1 goes from its row to its column, -1 back. */
function arcsOf(grid: Grid, e: Edge, status: Status, floor: number): Arc[] {
  const { up, down } = latitude(grid, status, e.value, floor);
  const [plus, minus] = e.sign === 1 ? [up, down] : [down, up];
  const rowNode = e.row;
  const columnNode = grid.rows + 1 + e.column;
  const arcs: Arc[] = [];
  if (plus) arcs.push({ from: rowNode, to: columnNode, edge: e });
  if (minus) arcs.push({ from: columnNode, to: rowNode, edge: e });
  return arcs;
}

/** Arcs by the node they leave. */
function outgoing(grid: Grid, arcs: Arc[]): Arc[][] {
  const byNode = Array.from({ length: grid.nodeCount }, (): Arc[] => []);
  for (const arc of arcs) byNode[arc.from]!.push(arc);
  return byNode;
}

function isDetermined(grid: Grid, status: Status[], e: Edge): boolean {
  const floor = secondaryFloor(grid, status);
  const others = outgoing(
    grid,
    grid.edges.filter((o) => o !== e).flatMap((o) => arcsOf(grid, o, status[o.index]!, floor)),
  );
  return arcsOf(grid, e, status[e.index]!, floor).every((arc) => !reachable(grid, others, arc.to, arc.from));
}

function reachable(grid: Grid, arcs: Arc[][], from: number, to: number): boolean {
  const seen = new Array<boolean>(grid.nodeCount).fill(false);
  const stack = [from];
  seen[from] = true;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === to) return true;
    for (const arc of arcs[node]!) {
      if (!seen[arc.to]) {
        seen[arc.to] = true;
        stack.push(arc.to);
      }
    }
  }
  return false;
}

/**
 * Why this greedy: each pass takes the first masked count a reader can work out (in reading order,
 * so the result depends on the counts only) and masks the cheapest cycle that frees it. A cycle's cost
 * is the sum of the counts it newly masks, so smaller counts go first: a reader loses the least, and
 * a cycle through a single cell rather than several is taken when its count is the smaller. A total
 * costs more than all the cells together: totals are what a committee reads first, masked only when no
 * cycle of cells exists. A 0 is never masked: « s » then always means at least `threshold`, and a
 * masked 0 could be worked out anyway (a count never goes below 0, so a cycle that must lower it is
 * closed). Masking more only frees more cycles, so the counts freed by a pass stay free and the loop
 * ends.
 *
 * The labels can pin a count that no masking frees: four « < 5 » cells whose row total is a « < 5 »
 * are four 1s. The table then shows every mask as « s » (a reader of a table without « < 5 » knows
 * only that a masked count is at least 1) and the passes go on. They then always find a cycle: every
 * non-zero count masked, doubling them all is a filling a reader cannot rule out.
 */
function suppressSecondarily(grid: Grid, status: Status[]): void {
  const totalPenalty = grid.edges.filter((e) => !e.isTotal).reduce((sum, e) => sum + e.value, 0) + 1;
  const cost = (e: Edge): number => (e.isTotal ? e.value + totalPenalty : e.value);
  for (;;) {
    const exposed = inReadingOrder(grid).find((e) => isMaskStatus(status[e.index]!) && isDetermined(grid, status, e));
    if (exposed === undefined) return;
    const cycle = cheapestFreeingCycle(grid, status, exposed, cost);
    if (cycle !== null) {
      for (const e of cycle) if (status[e.index] === 'PUBLISHED') status[e.index] = 'SECONDARY';
    } else if (status.includes('PRIMARY')) {
      status.forEach((s, index) => s === 'PRIMARY' && (status[index] = 'SECONDARY'));
    } else {
      throw new Error('No masking protects this table: a cycle through every non-zero count should exist.');
    }
  }
}

/**
 * The edges, other than `exposed`, of the cheapest cycle through it when every published non-zero count
 * may be masked secondarily (Dijkstra on the cycle's return path); null when there is none.
 */
function cheapestFreeingCycle(grid: Grid, status: Status[], exposed: Edge, cost: (e: Edge) => number): Edge[] | null {
  const floor = secondaryFloor(grid, status);
  const arcs: Arc[] = [];
  for (const e of grid.edges) {
    if (e === exposed) continue;
    const s = status[e.index]!;
    if (s === 'PUBLISHED') {
      if (e.value > 0) arcs.push(...arcsOf(grid, e, 'SECONDARY', floor));
    } else arcs.push(...arcsOf(grid, e, s, floor));
  }
  const weight = (arc: Arc): number => (status[arc.edge.index] === 'PUBLISHED' ? cost(arc.edge) : 0);
  let best: { cost: number; edges: Edge[] } | null = null;
  for (const start of arcsOf(grid, exposed, status[exposed.index]!, floor)) {
    const path = shortestPath(grid, outgoing(grid, arcs), weight, start.to, start.from);
    if (path !== null && (best === null || path.cost < best.cost)) best = path;
  }
  return best?.edges ?? null;
}

function shortestPath(
  grid: Grid,
  arcs: Arc[][],
  weight: (arc: Arc) => number,
  from: number,
  to: number,
): { cost: number; edges: Edge[] } | null {
  const distance = new Array<number>(grid.nodeCount).fill(Number.POSITIVE_INFINITY);
  const via = new Array<Arc | null>(grid.nodeCount).fill(null);
  const done = new Array<boolean>(grid.nodeCount).fill(false);
  distance[from] = 0;
  for (;;) {
    // The graph has at most a few dozen nodes: a linear scan for the nearest one is simpler than a heap,
    // and taking the lowest node on a tie keeps the result deterministic.
    let node = -1;
    for (let n = 0; n < grid.nodeCount; n++) {
      if (!done[n] && distance[n]! < Number.POSITIVE_INFINITY && (node === -1 || distance[n]! < distance[node]!)) {
        node = n;
      }
    }
    if (node === -1) return null;
    if (node === to) break;
    done[node] = true;
    for (const arc of arcs[node]!) {
      if (done[arc.to]) continue;
      const d = distance[node]! + weight(arc);
      if (d < distance[arc.to]!) {
        distance[arc.to] = d;
        via[arc.to] = arc;
      }
    }
  }
  const edges: Edge[] = [];
  for (let n = to; n !== from; n = via[n]!.from) edges.push(via[n]!.edge);
  return { cost: distance[to]!, edges };
}

function publishedTable(grid: Grid, status: Status[]): ProtectedTable {
  const at = (i: number, j: number): ProtectedCount => {
    const e = grid.edges[i * (grid.columns + 1) + j]!;
    const s = status[e.index]!;
    return isMaskStatus(s) ? { masked: true, reason: s } : { value: e.value };
  };
  const range = (n: number) => Array.from({ length: n }, (_, k) => k);
  const table: ProtectedTable = { cells: range(grid.rows).map((i) => range(grid.columns).map((j) => at(i, j))) };
  if (grid.published.rows) table.rowTotals = range(grid.rows).map((i) => at(i, grid.columns));
  if (grid.published.columns) table.columnTotals = range(grid.columns).map((j) => at(grid.rows, j));
  if (grid.published.grand) table.grandTotal = at(grid.rows, grid.columns);
  return table;
}

function positionOf(grid: Grid, e: Edge): TablePosition {
  if (e.row < grid.rows && e.column < grid.columns) return { kind: 'CELL', row: e.row, column: e.column };
  if (e.row < grid.rows) return { kind: 'ROW_TOTAL', row: e.row };
  if (e.column < grid.columns) return { kind: 'COLUMN_TOTAL', column: e.column };
  return { kind: 'GRAND_TOTAL' };
}

function isSmall(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

function assertThreshold(threshold: number): void {
  if (!Number.isSafeInteger(threshold) || threshold < 2) {
    throw new RangeError(`The confidentiality threshold is a whole number of at least 2 (got ${threshold}).`);
  }
}

function assertCount(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`A count is a whole number of at least 0 (got ${value}).`);
  }
}
