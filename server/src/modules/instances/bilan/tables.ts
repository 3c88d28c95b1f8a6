import {
  CLOSE_OUTCOMES,
  CLOSE_OUTCOME_LABELS,
  MEETING_KINDS,
  MEETING_KIND_LABELS,
  PLATFORM_ACTION_KINDS,
  PLATFORM_ACTION_KIND_LABELS,
  SECONDARY_MASK_FOOTNOTE,
  SIGNAL_SOURCES,
  SIGNAL_SOURCE_LABELS,
  SOLUTION_TYPES,
  SOLUTION_TYPE_LABELS,
  formatProtectedCount,
  isMasked,
  protectList,
  protectTable,
  publishedCount,
  type ProtectedCount,
} from '@maillage/shared';
import type { PeriodFigures } from './figures.js';

/** A figure as a bilan shows it: its value, or masked (statistical confidentiality) with its label. */
export interface BilanCell {
  value: number | null;
  display: string;
  masked: boolean;
}

export interface BilanTable {
  key: string;
  title: string;
  columns: string[];
  rows: { label: string; cells: BilanCell[] }[];
  note: string | null;
  /** Draw it: the rows as categories, each column (but a total) as a series. */
  chart: boolean;
}

/** A protected count as a cell: its value, or masked with its label (« < 5 », « s »). */
export const shown = (count: ProtectedCount): BilanCell =>
  isMasked(count)
    ? { value: null, display: formatProtectedCount(count), masked: true }
    : { value: count.value, display: formatProtectedCount(count), masked: false };
/** A figure shown to the team that follows the cases: no masking. */
const plain = (value: number): BilanCell => ({ value, display: value.toLocaleString('fr-FR'), masked: false });
const days = (value: number | null): BilanCell =>
  value === null
    ? { value: null, display: '—', masked: false }
    : { value, display: `${value.toLocaleString('fr-FR')} j`, masked: false };

/**
 * Protects a table of counts (rows × columns) whose column totals are published (and, with `rowTotals`,
 * its row totals and grand total), or shows it as is for the team that follows the cases.
 */
function counts(
  cells: number[][],
  mask: boolean,
  margins: { columns?: boolean; rows?: boolean },
): { cells: BilanCell[][]; columnTotals: BilanCell[]; rowTotals: BilanCell[]; grand: BilanCell | null } {
  if (!mask) {
    const columnTotals = (cells[0] ?? []).map((_, j) => plain(cells.reduce((s, r) => s + r[j]!, 0)));
    const rowTotals = cells.map((r) => plain(r.reduce((s, n) => s + n, 0)));
    const grand = plain(cells.flat().reduce((s, n) => s + n, 0));
    return { cells: cells.map((r) => r.map(plain)), columnTotals, rowTotals, grand };
  }
  const p = protectTable({
    cells,
    margins: { columns: margins.columns, rows: margins.rows, grand: margins.rows && margins.columns },
  });
  return {
    cells: p.cells.map((r) => r.map(shown)),
    columnTotals: (p.columnTotals ?? []).map(shown),
    rowTotals: (p.rowTotals ?? []).map(shown),
    grand: p.grandTotal ? shown(p.grandTotal) : null,
  };
}

const hasMask = (rows: { cells: BilanCell[] }[]) =>
  rows.some((r) => r.cells.some((c) => c.masked && c.display === 's'));

function table(
  key: string,
  title: string,
  columns: string[],
  rows: { label: string; cells: BilanCell[] }[],
  chart: boolean,
  note: string | null = null,
): BilanTable {
  const notes = [note, hasMask(rows) ? SECONDARY_MASK_FOOTNOTE : null].filter(Boolean);
  return { key, title, columns, rows, note: notes.length > 0 ? notes.join(' ') : null, chart };
}

const ORIGINS = ['SIEI', ...SIGNAL_SOURCES.map((s) => `SIGNAL:${s}`)];
const originLabel = (key: string) =>
  key === 'SIEI'
    ? 'Listes SIEI'
    : `Signalement : ${SIGNAL_SOURCE_LABELS[key.slice(7) as keyof typeof SIGNAL_SOURCE_LABELS]}`;

/**
 * The tables of a bilan, the period beside the previous one. With `mask` (anyone outside the team that
 * follows the cases, and every document for the COPIL), no count between 1 and 4 is shown and what
 * else is needed is masked so that none can be worked out. A figure that two tables share (the young
 * people identified, the solutions) is the same protected cell in both: masked in one, it is masked in
 * the other.
 */
export function bilanTables(
  current: PeriodFigures,
  previous: PeriodFigures,
  partnerName: (id: string) => string,
  mask: boolean,
): BilanTable[] {
  const periods = ['Période', 'Période précédente'];
  const tables: BilanTable[] = [];

  const origins = counts(
    ORIGINS.map((k) => [current.origins.get(k) ?? 0, previous.origins.get(k) ?? 0]),
    mask,
    { columns: true },
  );
  const originRows = ORIGINS.map((k, i) => ({ label: originLabel(k), cells: origins.cells[i]! })).filter(
    (r, i) => ORIGINS[i] === 'SIEI' || r.cells.some((c) => c.value !== 0),
  );
  tables.push(
    table(
      'origins',
      'Jeunes repérés, par origine',
      periods,
      [...originRows, { label: 'Total', cells: origins.columnTotals }],
      true,
    ),
  );

  // Solutions this period, by type and by partner, with every margin: its grand total is « en solution ».
  const partners = [...new Set([...current.solutions.values()].flatMap((m) => [...m.keys()]))].sort((a, b) =>
    partnerName(a).localeCompare(partnerName(b), 'fr'),
  );
  const types = SOLUTION_TYPES.filter((t) => current.solutions.has(t));
  const byPartner = counts(
    types.map((t) => partners.map((p) => current.solutions.get(t)?.get(p) ?? 0)),
    mask,
    { columns: true, rows: true },
  );
  const solutionCurrent = byPartner.grand ?? plain(0);
  const single = (n: number) => (mask ? shown(publishedCount(n)) : plain(n));
  const stage = (n: number) => single(n);
  tables.push(
    table(
      'funnel',
      'Du repérage à la solution',
      periods,
      [
        { label: 'Repérés', cells: origins.columnTotals },
        { label: 'Contactés', cells: [stage(current.stages.CONTACTED), stage(previous.stages.CONTACTED)] },
        { label: 'Joints', cells: [stage(current.stages.REACHED), stage(previous.stages.REACHED)] },
        {
          label: 'En solution',
          cells: [types.length > 0 ? solutionCurrent : single(0), single(previous.stages.SOLUTION)],
        },
      ],
      true,
      'Cohorte des jeunes entrés sur la liste pendant la période ; chaque étape compte ce qui a eu lieu avant la fin de la période.',
    ),
  );
  if (types.length > 0) {
    tables.push(
      table(
        'solutions_by_partner',
        'Solutions de la période, par type et par partenaire',
        [...partners.map((p) => partnerName(p)), 'Total'],
        [
          ...types.map((t, i) => ({
            label: SOLUTION_TYPE_LABELS[t],
            cells: [...byPartner.cells[i]!, byPartner.rowTotals[i]!],
          })),
          { label: 'Total', cells: [...byPartner.columnTotals, solutionCurrent] },
        ],
        false,
      ),
    );
  }
  const previousTypes = SOLUTION_TYPES.map((t) =>
    [...(previous.solutions.get(t)?.values() ?? [])].reduce((s, n) => s + n, 0),
  );
  const prev = mask ? protectList(previousTypes, { total: true }) : null;
  if (previousTypes.some((n) => n > 0))
    tables.push(
      table(
        'solutions_previous',
        'Solutions de la période précédente, par type',
        ['Période précédente'],
        [
          ...SOLUTION_TYPES.map((t, i) => ({
            label: SOLUTION_TYPE_LABELS[t],
            cells: [prev ? shown(prev.counts[i]!) : plain(previousTypes[i]!)],
          })).filter((r) => r.cells[0]!.value !== 0),
          { label: 'Total', cells: [prev ? shown(prev.total!) : plain(previousTypes.reduce((s, n) => s + n, 0))] },
        ],
        false,
      ),
    );

  const closures = counts(
    CLOSE_OUTCOMES.map((o) => [current.closures.get(o) ?? 0, previous.closures.get(o) ?? 0]),
    mask,
    { columns: true },
  );
  tables.push(
    table(
      'closures',
      'Suivis clos, par motif',
      periods,
      [
        ...CLOSE_OUTCOMES.map((o, i) => ({ label: CLOSE_OUTCOME_LABELS[o], cells: closures.cells[i]! })),
        { label: 'Total', cells: closures.columnTotals },
      ],
      true,
    ),
  );

  const minors = counts(
    [
      [current.minors.without, previous.minors.without],
      [current.minors.with, previous.minors.with],
    ],
    mask,
    { columns: true },
  );
  tables.push(
    table(
      'minors',
      'Mineurs soumis à l’obligation de formation (16-17 ans à la fin de la période)',
      periods,
      [
        { label: 'Sans solution', cells: minors.cells[0]! },
        { label: 'Avec une solution ou suivi clos', cells: minors.cells[1]! },
        { label: 'Total', cells: minors.columnTotals },
      ],
      false,
    ),
  );

  // A median over fewer than 5 young people tells about individuals: shown only from 5 on when masked.
  const median = (value: number | null, n: number) =>
    mask && n > 0 && n < 5 ? { value: null, display: '< 5 jeunes', masked: true } : days(value);
  tables.push(
    table(
      'delays',
      'Délais médians (en jours, depuis l’entrée sur la liste)',
      periods,
      [
        {
          label: 'Jusqu’à la première tentative de contact',
          cells: [
            median(current.delays.medianDaysToFirstAttempt, current.delays.firstAttempts),
            median(previous.delays.medianDaysToFirstAttempt, previous.delays.firstAttempts),
          ],
        },
        {
          label: 'Jusqu’à la solution',
          cells: [
            median(current.delays.medianDaysToSolution, current.delays.solutions),
            median(previous.delays.medianDaysToSolution, previous.delays.solutions),
          ],
        },
      ],
      false,
    ),
  );

  tables.push(
    table(
      'transfers',
      'Transferts avec d’autres plateformes',
      periods,
      [
        { label: 'Reçus', cells: [single(current.transfers.in), single(previous.transfers.in)] },
        { label: 'Envoyés', cells: [single(current.transfers.out), single(previous.transfers.out)] },
      ],
      false,
    ),
  );

  // Meetings are not people: no masking.
  const meetingRows = MEETING_KINDS.map((k) => ({
    label: MEETING_KIND_LABELS[k],
    cells: [plain(current.meetings.get(k) ?? 0), plain(previous.meetings.get(k) ?? 0)],
  }));
  const sumOf = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  tables.push(
    table(
      'meetings',
      'Réunions tenues, par instance',
      periods,
      [...meetingRows, { label: 'Total', cells: [plain(sumOf(current.meetings)), plain(sumOf(previous.meetings))] }],
      false,
    ),
  );

  const participants = counts(
    PLATFORM_ACTION_KINDS.map((k) => [
      current.actions.get(k)?.participants ?? 0,
      previous.actions.get(k)?.participants ?? 0,
    ]),
    mask,
    { columns: true },
  );
  tables.push(
    table(
      'actions',
      'Actions spécifiques de la plateforme',
      ['Actions', 'Jeunes participants', 'Actions (préc.)', 'Jeunes participants (préc.)'],
      PLATFORM_ACTION_KINDS.map((k, i) => ({
        label: PLATFORM_ACTION_KIND_LABELS[k],
        cells: [
          plain(current.actions.get(k)?.count ?? 0),
          participants.cells[i]![0]!,
          plain(previous.actions.get(k)?.count ?? 0),
          participants.cells[i]![1]!,
        ],
      })),
      false,
    ),
  );
  return tables;
}
