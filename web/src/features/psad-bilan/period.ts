/** Periods of a bilan: school years (1 September – 31 August) and custom dates, all yyyy-mm-dd. */

export interface Period {
  from: string;
  to: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The school year a day falls in: from 1 September to 31 August. */
export function schoolYearOf(day: string): Period {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const start = m >= 9 ? y : y - 1;
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/** « 2026-2027 » for the school year starting in September 2026. */
export function schoolYearLabel(p: Period): string {
  return `${p.from.slice(0, 4)}-${p.to.slice(0, 4)}`;
}

/** The school year under way and the `count - 1` before it, most recent first. */
export function lastSchoolYears(today: string, count = 4): Period[] {
  const current = schoolYearOf(today);
  const start = Number(current.from.slice(0, 4));
  return Array.from({ length: count }, (_, i) => ({ from: `${start - i}-09-01`, to: `${start - i + 1}-08-31` }));
}

/** Whether a period is exactly one school year. */
export function isSchoolYear(p: Period): boolean {
  const y = schoolYearOf(p.from);
  return y.from === p.from && y.to === p.to;
}

/**
 * The period named by the page's address (`du`, `au`), or null for the default one (the school year
 * under way, which the server picks): both dates or neither, valid, the start before the end.
 */
export function periodFromSearch(params: URLSearchParams): Period | null {
  const from = params.get('du') ?? '';
  const to = params.get('au') ?? '';
  if (!ISO_DAY.test(from) || !ISO_DAY.test(to) || from > to) return null;
  if (Number.isNaN(Date.parse(`${from}T00:00:00Z`)) || Number.isNaN(Date.parse(`${to}T00:00:00Z`))) return null;
  return { from, to };
}

/** A day as jj/mm/aaaa. */
export function frenchDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** « du 01/09/2026 au 31/08/2027 ». */
export function periodWords(p: Period): string {
  return `du ${frenchDay(p.from)} au ${frenchDay(p.to)}`;
}

/** What is wrong with a custom period typed in the form (French), or null. */
export function customPeriodError(from: string, to: string): { from?: string; to?: string } | null {
  const errors: { from?: string; to?: string } = {};
  if (!ISO_DAY.test(from))
    errors.from = from ? 'Date invalide : saisissez-la au format jj/mm/aaaa.' : 'Indiquez le début.';
  if (!ISO_DAY.test(to)) errors.to = to ? 'Date invalide : saisissez-la au format jj/mm/aaaa.' : 'Indiquez la fin.';
  if (!errors.from && !errors.to && from > to) errors.to = 'La fin doit suivre le début.';
  return errors.from || errors.to ? errors : null;
}

/** The REST export of a bilan for a period: the platform's, or the région's without a platform. */
export function bilanExportUrl(format: 'pdf' | 'docx', period: Period | null, platformId?: string): string {
  const base = platformId
    ? `/api/psad/platforms/${encodeURIComponent(platformId)}/bilan.${format}`
    : `/api/psad/bilan-regional.${format}`;
  return period ? `${base}?${new URLSearchParams({ from: period.from, to: period.to }).toString()}` : base;
}

export interface ChartCell {
  value: number | null;
  display: string;
  masked: boolean;
}

export interface ChartableTable {
  columns: readonly string[];
  rows: readonly { label: string; cells: readonly ChartCell[] }[];
}

export interface ChartGroup {
  label: string;
  bars: { series: string; value: number | null; display: string }[];
}

const isTotal = (label: string) => /^total$/i.test(label.trim());

/**
 * What a bilan table draws: its rows as groups (but a total row), its columns as series (but a total
 * column). A masked cell keeps no value: it draws no bar and shows its label (« < 5 », « s »).
 */
export function chartOf(
  table: ChartableTable,
  skipRows: readonly string[] = [],
): { series: string[]; groups: ChartGroup[] } {
  const keep = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => !isTotal(c));
  return {
    series: keep.map(({ c }) => c),
    groups: table.rows
      .filter((r) => !isTotal(r.label) && !skipRows.includes(r.label))
      .map((r) => ({
        label: r.label,
        bars: keep.map(({ c, i }) => {
          const cell = r.cells[i];
          return {
            series: c,
            value: cell && !cell.masked ? cell.value : null,
            display: cell?.display ?? '—',
          };
        }),
      })),
  };
}

/** A table's column header with the dates it stands for (« Période » is the chosen one, « … précédente » a year earlier). */
export function columnHeader(column: string, period: Period, previous: Period): string {
  if (column === 'Période') return `Période (${frenchDay(period.from)} – ${frenchDay(period.to)})`;
  if (column === 'Période précédente')
    return `Période précédente (${frenchDay(previous.from)} – ${frenchDay(previous.to)})`;
  return column;
}

/** Why a figure is not shown, for assistive technology and in the tooltip. */
export function maskedExplanation(display: string): string {
  if (display === 's') return "masqué pour qu'aucun petit effectif ne puisse être déduit des totaux";
  if (/jeunes/.test(display)) return 'médiane sur moins de 5 jeunes, non publiée';
  return 'effectif compris entre 1 et 4, non publié';
}
