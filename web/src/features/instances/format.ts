import { parisMidnightIso } from '../../ui/format';

// Meetings are shown in Europe/Paris whatever the browser's time zone, on the 24-hour clock.
const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant's calendar day and time in Paris: { day: '2026-12-15', time: '14:00' }. */
export function parisParts(iso: string): { day: string; time: string } {
  const parts = partsFormat.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** A time typed the French way (14:30, 14h30, 14h, 9:05) as hh:mm, or null. */
export function parseTime(text: string): string | null {
  const match = /^\s*([01]?\d|2[0-3])\s*[:hH.]\s*([0-5]\d)?\s*$/.exec(text);
  if (!match) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2] ?? '00'}`;
}

/** A calendar day (yyyy-mm-dd) and a time (hh:mm) read as Paris wall-clock time, as an ISO instant. */
export function parisToIso(day: string, time: string): string | undefined {
  const hm = /^(\d{2}):(\d{2})$/.exec(time);
  if (!hm || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const minutes = Number(hm[1]) * 60 + Number(hm[2]);
  // Midnight's offset, then the offset at the guessed instant (they differ on the nights the clocks change).
  const midnight = parisMidnightIso(day);
  if (!midnight) return undefined;
  const guess = new Date(new Date(midnight).getTime() + minutes * 60_000);
  for (const shift of [0, -60, 60]) {
    const candidate = new Date(guess.getTime() + shift * 60_000);
    const parts = parisParts(candidate.toISOString());
    if (parts.day === day && parts.time === time) return candidate.toISOString();
  }
  return guess.toISOString();
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** « Mardi 15 décembre 2026, de 14:00 à 16:00 » (the end's day too when it is another one). */
export function meetingWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = parisParts(startsAt).day === parisParts(endsAt).day;
  return sameDay
    ? `${capitalise(dayFormat.format(start))}, de ${timeFormat.format(start)} à ${timeFormat.format(end)}`
    : `Du ${dayFormat.format(start)} à ${timeFormat.format(start)} au ${dayFormat.format(end)} à ${timeFormat.format(end)}`;
}

/** « mar. 15/12/2026, 14:00–16:00 » for a table row. */
export function meetingWhenShort(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = parisParts(startsAt).day === parisParts(endsAt).day;
  return sameDay
    ? `${shortDayFormat.format(start)}, ${timeFormat.format(start)}–${timeFormat.format(end)}`
    : `${shortDayFormat.format(start)} ${timeFormat.format(start)} – ${shortDayFormat.format(end)} ${timeFormat.format(end)}`;
}

/** « 15/12/2026 » of an instant, in Paris. */
export function parisDay(iso: string): string {
  const { day } = parisParts(iso);
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** Communes typed as one line, separated by commas or semicolons: trimmed, empty ones and repeats dropped. */
export function splitCommunes(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((c) => c.trim())
    .filter((c) => c && !seen.has(c.toLowerCase()) && seen.add(c.toLowerCase()));
}
