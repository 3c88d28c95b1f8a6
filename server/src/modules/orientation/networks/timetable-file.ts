import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  HALF_DAY_HOURS,
  SLOT_ACTIVITY_LABELS,
  identity,
  orientation,
  type HalfDay,
  type SlotActivity,
} from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import { weeklyTimetableCalendar, type WeeklyEvent } from '../../../core/documents/index.js';
import { parseInput } from '../../../core/validation.js';
import { organisation } from '../../identity/tables.js';
import { orientationPeriod, orientationSlot } from '../tables.js';
import { personOf } from './loaders.js';

/** The first day on or after `day` (yyyy-mm-dd) that falls on `weekday` (1 = Monday … 5 = Friday). */
export function firstWeekdayFrom(day: string, weekday: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const iso = ((d.getUTCDay() + 6) % 7) + 1;
  d.setUTCDate(d.getUTCDate() + ((weekday - iso + 7) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * A PsyEn's timetable for a school year as an iCalendar file for their own calendar: each half-day a
 * weekly event over its period, at the CIO or at the school (its name and address), on site or remote.
 * Only the half-days the caller sees (row-level security): a school head gets their school's.
 */
export async function timetableFile(
  ctx: RequestContext,
  raw: { cioId: unknown; userId: unknown; schoolYear: unknown },
) {
  const cioId = parseInput(identity.uuid, raw.cioId, 'cioId');
  const userId = parseInput(identity.uuid, raw.userId, 'userId');
  const schoolYear = parseInput(orientation.schoolYear, raw.schoolYear, 'schoolYear');
  const rows = await ctx.db
    .select({ slot: orientationSlot, period: orientationPeriod })
    .from(orientationSlot)
    .innerJoin(orientationPeriod, eq(orientationPeriod.id, orientationSlot.periodId))
    .where(
      and(
        eq(orientationSlot.cioId, cioId),
        eq(orientationSlot.userId, userId),
        eq(orientationPeriod.schoolYear, schoolYear),
      ),
    )
    .orderBy(asc(orientationPeriod.startsOn), asc(orientationSlot.weekday));
  const placeIds = [...new Set([cioId, ...rows.flatMap((r) => (r.slot.schoolId ? [r.slot.schoolId] : []))])];
  const places = new Map(
    (
      await ctx.db
        .select({
          id: organisation.id,
          name: organisation.name,
          address: organisation.address,
          commune: organisation.communeName,
        })
        .from(organisation)
        .where(inArray(organisation.id, placeIds))
    ).map((p) => [p.id, p]),
  );
  const person = await personOf(ctx, cioId, userId);
  const events: WeeklyEvent[] = rows.flatMap(({ slot, period }) => {
    const firstDay = firstWeekdayFrom(period.startsOn, slot.weekday);
    if (firstDay > period.endsOn) return [];
    const place = places.get(slot.schoolId ?? cioId);
    const hours = HALF_DAY_HOURS[slot.halfDay as HalfDay];
    const what = slot.schoolId ? (place?.name ?? 'Établissement') : SLOT_ACTIVITY_LABELS[slot.activity as SlotActivity];
    return [
      {
        uid: `${slot.id}@maillage`,
        firstDay,
        start: hours.start,
        end: hours.end,
        lastDay: period.endsOn,
        summary: `${what}${slot.mode === 'DISTANCE' ? ' (à distance)' : ''}`,
        location: place ? [place.name, place.address, place.commune].filter(Boolean).join(', ') : undefined,
        description: `Période « ${period.name} » ${period.schoolYear}`,
      },
    ];
  });
  await ctx.audit({
    action: 'psyen_service.timetable_file',
    subjectType: 'user',
    subjectId: userId,
    details: { halfDays: events.length },
  });
  return weeklyTimetableCalendar(`Emploi du temps de ${person.displayName} ${schoolYear}`, events);
}
