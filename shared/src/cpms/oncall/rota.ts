import { DateTime } from 'luxon';

/*
 * The 24/7 line's rota (issue 19): shifts built by week from templates in Europe/Brussels, and the
 * coverage rules checked over a draft period before publication. Every wall-clock computation goes
 * through luxon's zone rules: a 20:00→08:00 night lasts 11 h over the spring change and 13 h over the
 * autumn one, and the rota says so.
 */

export * from './coverage.js';
import {
  DEFAULT_COVERAGE_RULES,
  isTime,
  ONCALL_TIME_ZONE,
  type CoverageIssue,
  type CoverageReport,
  type CoverageRules,
  type RotaShift,
  type ShiftTemplate,
} from './coverage.js';

function at(day: DateTime, time: string): DateTime {
  const [h, m] = time.split(':').map(Number);
  // A wall time that does not exist (02:30 on the spring day) moves forward by luxon's rule, for the shift
  // that ends there and the one that starts there alike: no gap, no overlap.
  return day.set({ hour: h, minute: m, second: 0, millisecond: 0 });
}

/** The Monday (yyyy-mm-dd) of the week of a day, in Brussels. */
export function weekOf(day: string): string {
  return DateTime.fromISO(day, { zone: ONCALL_TIME_ZONE }).startOf('week').toISODate()!;
}

/** The shifts of the week starting on `monday` (yyyy-mm-dd), one per template, in UTC ISO instants. */
export function buildWeek(monday: string, templates: readonly ShiftTemplate[]): RotaShift[] {
  const start = DateTime.fromISO(monday, { zone: ONCALL_TIME_ZONE }).startOf('week');
  if (!start.isValid) throw new Error(`invalid week ${monday}`);
  return templates
    .map((t) => {
      const day = start.plus({ days: t.weekday - 1 });
      const from = at(day, t.startTime);
      let to = at(day, t.endTime);
      if (t.endTime <= t.startTime) to = at(day.plus({ days: 1 }), t.endTime);
      return {
        startsAt: from.toUTC().toISO()!,
        endsAt: to.toUTC().toISO()!,
        agentId: t.agentId ?? null,
        backupId: t.backupId ?? null,
      };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The shifts of `weeks` consecutive weeks from the week of `firstDay`. */
export function buildPeriod(firstDay: string, weeks: number, templates: readonly ShiftTemplate[]): RotaShift[] {
  const monday = DateTime.fromISO(weekOf(firstDay), { zone: ONCALL_TIME_ZONE });
  const out: RotaShift[] = [];
  for (let w = 0; w < weeks; w += 1) out.push(...buildWeek(monday.plus({ weeks: w }).toISODate()!, templates));
  return out;
}

const ms = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();

/** A shift's real length in minutes (23 h days and 25 h days included). */
export function shiftMinutes(shift: Pick<RotaShift, 'startsAt' | 'endsAt'>): number {
  return Math.round((ms(shift.endsAt) - ms(shift.startsAt)) / 60000);
}

/** The shift crosses a change of the Brussels offset (its length differs from its wall-clock span). */
export function crossesDstChange(shift: Pick<RotaShift, 'startsAt' | 'endsAt'>): boolean {
  const a = DateTime.fromISO(shift.startsAt, { zone: ONCALL_TIME_ZONE });
  const b = DateTime.fromISO(shift.endsAt, { zone: ONCALL_TIME_ZONE });
  return a.offset !== b.offset;
}

/** « 28/03/2027 20:00 » in Brussels time. */
export function brusselsLabel(iso: string): string {
  return DateTime.fromISO(iso, { zone: ONCALL_TIME_ZONE }).toFormat('dd/MM/yyyy HH:mm');
}

type Span = [number, number];

/** The union of spans, sorted and merged: overlapping shifts count once. */
function union(spans: Span[]): Span[] {
  const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Span[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** What of [from, to) the spans leave uncovered. */
function holes(spans: Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let cursor = from;
  for (const [a, b] of union(spans)) {
    if (b <= cursor) continue;
    if (a >= to) break;
    if (a > cursor) out.push([cursor, Math.min(a, to)]);
    cursor = Math.max(cursor, b);
    if (cursor >= to) break;
  }
  if (cursor < to) out.push([cursor, to]);
  return out;
}

const iso = (t: number) => DateTime.fromMillis(t, { zone: 'utc' }).toISO()!;

/**
 * Checks a rota over [from, to): every minute covered by an agent and by a backup, no shift longer than
 * the maximum, the minimum rest between two shifts of the same person, nobody their own backup. Rest
 * counts the backup role too: a backup is called when the agent cannot answer and must then be fit to
 * work, so a person on duty as agent then as backup without a break has had no rest.
 */
export function checkCoverage(
  shifts: readonly RotaShift[],
  period: { from: string; to: string },
  rules: CoverageRules = DEFAULT_COVERAGE_RULES,
): CoverageReport {
  const from = ms(period.from);
  const to = ms(period.to);
  const issues: CoverageIssue[] = [];
  const span = (s: RotaShift): Span => [ms(s.startsAt), ms(s.endsAt)];
  const agentSpans = shifts.filter((s) => s.agentId).map(span);
  const backupSpans = shifts.filter((s) => s.agentId && s.backupId).map(span);
  const noAgent = holes(agentSpans, from, to);
  for (const [a, b] of noAgent) issues.push({ kind: 'SANS_AGENT', startsAt: iso(a), endsAt: iso(b) });
  // Where no agent is on duty, the missing backup is already said: only the rest is reported.
  for (const [a, b] of holes([...backupSpans, ...noAgent], from, to))
    issues.push({ kind: 'SANS_BACKUP', startsAt: iso(a), endsAt: iso(b) });

  const inPeriod = shifts.filter((s) => ms(s.endsAt) > from && ms(s.startsAt) < to);
  for (const s of inPeriod) {
    const ids = s.id ? [s.id] : undefined;
    if (shiftMinutes(s) > rules.maxShiftMinutes)
      issues.push({ kind: 'TROP_LONG', startsAt: s.startsAt, endsAt: s.endsAt, shiftIds: ids });
    if (s.agentId && s.agentId === s.backupId)
      issues.push({
        kind: 'PROPRE_BACKUP',
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        personId: s.agentId,
        shiftIds: ids,
      });
  }

  const byPerson = new Map<string, RotaShift[]>();
  for (const s of inPeriod)
    for (const p of new Set([s.agentId, s.backupId])) if (p) byPerson.set(p, [...(byPerson.get(p) ?? []), s]);
  for (const [personId, own] of byPerson) {
    const sorted = [...own].sort((a, b) => ms(a.startsAt) - ms(b.startsAt));
    for (const [i, next] of sorted.entries()) {
      const prev = sorted[i - 1];
      if (!prev) continue;
      const rest = ms(next.startsAt) - ms(prev.endsAt);
      if (rest < rules.minRestMinutes * 60000)
        issues.push({
          kind: 'REPOS',
          startsAt: prev.endsAt,
          endsAt: rest > 0 ? next.startsAt : prev.endsAt,
          personId,
          shiftIds: prev.id && next.id ? [prev.id, next.id] : undefined,
        });
    }
  }

  issues.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.kind.localeCompare(b.kind));
  const covered = union(agentSpans.map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as Span));
  return {
    issues,
    coveredMinutes: Math.round(covered.reduce((n, [a, b]) => n + b - a, 0) / 60000),
    periodMinutes: Math.round((to - from) / 60000),
  };
}

/** The shift on duty at an instant (the latest started when shifts overlap), if any. */
export function onDutyAt<T extends RotaShift>(shifts: readonly T[], instant: string): T | null {
  const t = ms(instant);
  let best: T | null = null;
  for (const s of shifts)
    if (ms(s.startsAt) <= t && t < ms(s.endsAt) && (!best || ms(s.startsAt) > ms(best.startsAt))) best = s;
  return best;
}

/** The instant (ISO UTC) of a Brussels wall time, or null when the day or time is not valid. */
export function brusselsInstant(day: string, time: string): string | null {
  if (!isTime(time)) return null;
  const at = DateTime.fromISO(`${day}T${time}`, { zone: ONCALL_TIME_ZONE });
  return at.isValid ? at.toUTC().toISO() : null;
}

/** A Brussels day (yyyy-mm-dd) `days` after the Monday of the week `weeks` from the one of `now`. */
export function brusselsWeekDay(weeks: number, days = 0, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: ONCALL_TIME_ZONE }).startOf('week').plus({ weeks, days }).toISODate()!;
}

/** « lundi 28/03 » in Brussels time, and the local hh:mm. */
export function brusselsDayLabel(iso: string): string {
  return DateTime.fromISO(iso, { zone: ONCALL_TIME_ZONE }).setLocale('fr').toFormat('cccc dd/MM');
}
export function brusselsTime(iso: string): string {
  return DateTime.fromISO(iso, { zone: ONCALL_TIME_ZONE }).toFormat('HH:mm');
}
