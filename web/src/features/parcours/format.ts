import { parisMidnightIso } from '../../ui/format';

/** "DUPONT Marie": the way the lists name a person. */
export const personName = (p: { lastName: string; firstNames: string }) =>
  `${p.lastName.toUpperCase()} ${p.firstNames}`;

/** Today's date in Europe/Paris, yyyy-mm-dd (a date input's value). */
export function todayInParis(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * A datetime-local value ("2026-12-03T14:30"), read as Paris time, as an ISO instant; undefined when
 * incomplete.
 */
export function parisLocalToIso(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const midnight = parisMidnightIso(m[1]!);
  if (!midnight) return undefined;
  // Midnight's offset holds for the whole day except on the two nights the clocks change.
  return new Date(new Date(midnight).getTime() + (Number(m[2]) * 60 + Number(m[3])) * 60_000).toISOString();
}

/** "3 intervenants". */
export const intervenantsLabel = (n: number) => `${n.toLocaleString('fr-FR')} intervenant${n > 1 ? 's' : ''}`;

/** Whether a due date (yyyy-mm-dd) is past, compared with today in Paris. */
export const isPast = (date: string | null | undefined) => Boolean(date && date < todayInParis());
