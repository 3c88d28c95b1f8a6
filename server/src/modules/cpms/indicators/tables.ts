import {
  CONFIDENTIALITY_RULE_TEXT,
  SECONDARY_MASK_FOOTNOTE,
  formatProtectedCount,
  isMasked,
  protectList,
  protectTable,
  type ProtectedCount,
} from '@maillage/shared';

/** A figure as the page shows it: its value, or masked (small-count rule) with its label. */
export interface IndicatorCell {
  value: number | null;
  display: string;
  masked: boolean;
}

/** The GraphQL BilanTable shape (instances' bilan.graphql), which the web draws and tables. */
export interface IndicatorTable {
  key: string;
  title: string;
  columns: string[];
  rows: { label: string; cells: IndicatorCell[] }[];
  note: string | null;
  chart: boolean;
}

const cell = (count: ProtectedCount): IndicatorCell =>
  isMasked(count)
    ? { value: null, display: formatProtectedCount(count), masked: true }
    : { value: count.value, display: formatProtectedCount(count), masked: false };

const hasSecondary = (cells: IndicatorCell[][]) => cells.some((r) => r.some((c) => c.display === 's'));

/**
 * Counts by row and column with a « Total » row, protected as a whole (the totals are relations a
 * reader knows): no count from 1 to 4, and no masked one recoverable from the others.
 */
export function countTable(
  key: string,
  title: string,
  columns: string[],
  rows: { label: string; counts: number[] }[],
  options: { chart?: boolean; note?: string } = {},
): IndicatorTable {
  const p = protectTable({ cells: rows.map((r) => r.counts), margins: { columns: true } });
  const body = p.cells.map((r) => r.map(cell));
  const totals = (p.columnTotals ?? []).map(cell);
  const notes = [options.note, hasSecondary([...body, totals]) ? SECONDARY_MASK_FOOTNOTE : null].filter(Boolean);
  return {
    key,
    title,
    columns,
    rows: [
      ...rows.map((r, i) => ({ label: r.label, cells: body[i]! })),
      ...(rows.length > 1 ? [{ label: 'Total', cells: totals }] : []),
    ],
    note: notes.length ? notes.join('. ') : null,
    chart: options.chart ?? true,
  };
}

/** One count per category (calls by category, by hour…), with its total. */
export function countList(
  key: string,
  title: string,
  column: string,
  rows: { label: string; count: number }[],
  options: { chart?: boolean; note?: string } = {},
): IndicatorTable {
  const p = protectList(
    rows.map((r) => r.count),
    { total: true },
  );
  const body = p.counts.map(cell);
  const total = p.total ? cell(p.total) : null;
  const notes = [options.note, hasSecondary([body, total ? [total] : []]) ? SECONDARY_MASK_FOOTNOTE : null].filter(
    Boolean,
  );
  return {
    key,
    title,
    columns: [column],
    rows: [
      ...rows.map((r, i) => ({ label: r.label, cells: [body[i]!] })),
      ...(total ? [{ label: 'Total', cells: [total] }] : []),
    ],
    note: notes.length ? notes.join('. ') : null,
    chart: options.chart ?? true,
  };
}

export const RULE = CONFIDENTIALITY_RULE_TEXT();
