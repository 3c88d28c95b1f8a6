import { schoolYearOf } from '@maillage/shared';

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const plainEuros = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

/** Cents from the API, shown as euros: "2 563,00 €". */
export function formatEuros(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '—';
  return euros.format(cents / 100);
}

/** Cents as an input's value, without grouping or symbol: "2563,00"; empty for zero when `blankZero`. */
export function centsToInput(cents: number | null | undefined, blankZero = false): string {
  if (cents === null || cents === undefined || (blankZero && cents === 0)) return '';
  return plainEuros.format(cents / 100);
}

/**
 * An amount typed in euros ("1 234,5", "1234.50 €") as integer cents; null when empty, undefined when
 * it is not an amount (at most 2 decimals, not negative).
 */
export function parseEuros(text: string): number | null | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  const [whole, decimals = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** A whole number typed in a field; null when empty, undefined when not a whole number ≥ 0. */
export function parseCount(text: string): number | null | undefined {
  const cleaned = text.trim();
  if (cleaned === '') return null;
  if (!/^\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

export const formatCount = (n: number) => n.toLocaleString('fr-FR');

/** A share (0..1) as a percentage: "87,5 %". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return rate.toLocaleString('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
}

export function formatPercent(value: number): string {
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} %`;
}

/** yyyy-mm-dd as dd/mm/yyyy (a calendar date: no time zone involved). */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "17:00" → "17 h 00". */
export function formatTime(hhmm: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m ? `${m[1]} h ${m[2]}` : hhmm;
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

function shiftYear(year: string, by: number): string {
  const first = Number(year.slice(0, 4)) + by;
  return `${first}-${first + 1}`;
}

/** The school year now (from September 1st). */
export function currentSchoolYear(now = new Date()): string {
  return schoolYearOf(now);
}

/**
 * The year a new project is for: calls for projects open between May and July for the next school
 * year, so from April to August it is the next one.
 */
export function defaultProjectYear(now = new Date()): string {
  const month = now.getUTCMonth();
  const current = schoolYearOf(now);
  return month >= 3 && month <= 7 ? shiftYear(current, 1) : current;
}

/** The years offered in selects: the previous one, the current one and the two next. */
export function schoolYearOptions(now = new Date(), extra?: string | null): string[] {
  const current = schoolYearOf(now);
  const years = [-1, 0, 1, 2].map((by) => shiftYear(current, by));
  if (extra && !years.includes(extra)) years.push(extra);
  return years.sort();
}

/** Whether a comment's author was the holder or the CAF, in words. */
export function partyLabel(party: string): string {
  return party === 'OFFICER' ? 'CAF' : party === 'HOLDER' ? 'Porteur' : party;
}
