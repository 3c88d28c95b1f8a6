import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalAttendeeType,
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';

export interface MeetingInvitation {
  /** REQUEST invites (first time or again after a change), CANCEL withdraws the meeting. */
  method: 'REQUEST' | 'CANCEL';
  /** The meeting's identity in every calendar: the same for its invitation, updates and cancellation. */
  uid: string;
  /** Raised with each change sent: a calendar applies an update only over a lower sequence. */
  sequence: number;
  start: Date;
  end: Date;
  /** The zone the meeting is held in: its times are written in it, with its rules (VTIMEZONE). */
  timezone: 'Europe/Paris' | 'Europe/Brussels';
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: { name: string; email: string };
  attendees: { name?: string; email: string }[];
  /** CONFIRMED by default; a CANCEL is always CANCELLED. */
  status?: 'CONFIRMED' | 'CANCELLED';
  /** When this message was made (DTSTAMP); now by default. */
  stamp?: Date;
}

/**
 * A parameter value is quoted (CN="…"), and RFC 5545 has no escape within quotes: ical-generator's
 * backslash before a double quote ends the value for most readers. A line break cannot be there either.
 */
const parameterText = (text: string) => text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');

/**
 * An iTIP message (RFC 5546) with one event, for an e-mail's text/calendar part: Outlook, Thunderbird
 * and the others put a REQUEST in the calendar, with Accept / Decline, and take a CANCEL out of it.
 */
export function meetingCalendar(meeting: MeetingInvitation): string {
  const calendar = ical({
    prodId: { company: 'Maillage', product: 'Instances', language: 'FR' },
    method: meeting.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  // The zone belongs to the event alone: named on the calendar, ical-generator would also write the
  // DTSTAMP in local time without its Z, where RFC 5545 requires UTC. The generator adds the VTIMEZONE.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });

  const invite = meeting.method === 'REQUEST';
  calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    stamp: meeting.stamp ?? new Date(),
    // With a time zone, ical-generator writes a JavaScript Date's wall-clock time in the *server's*
    // zone; a Luxon DateTime it moves to the event's zone first.
    start: DateTime.fromJSDate(meeting.start),
    end: DateTime.fromJSDate(meeting.end),
    timezone: meeting.timezone,
    summary: meeting.summary,
    ...(meeting.description ? { description: meeting.description } : {}),
    ...(meeting.location ? { location: meeting.location } : {}),
    ...(meeting.url ? { url: meeting.url } : {}),
    status: !invite || meeting.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: parameterText(meeting.organizer.name), email: meeting.organizer.email },
    attendees: meeting.attendees.map((attendee) => ({
      email: attendee.email,
      ...(attendee.name ? { name: parameterText(attendee.name) } : {}),
      role: ICalAttendeeRole.REQ,
      type: ICalAttendeeType.INDIVIDUAL,
      status: ICalAttendeeStatus.NEEDSACTION,
      // An answer is asked for an invitation; a cancellation only informs.
      rsvp: invite,
    })),
  });

  // Each content line ends with CRLF (RFC 5545, 3.1), the last one too, which ical-generator leaves off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** A weekly event of a timetable: a half-day from the first `day` to the last one before `until`. */
export interface WeeklyEvent {
  uid: string;
  /** The first occurrence's day (yyyy-mm-dd) and its wall-clock times, in `timezone`. */
  firstDay: string;
  start: string;
  end: string;
  /** The last day an occurrence may fall on (yyyy-mm-dd). */
  lastDay: string;
  summary: string;
  location?: string;
  description?: string;
}

/**
 * A timetable as an iCalendar file to subscribe to or import (METHOD:PUBLISH): each half-day a
 * weekly recurring event (RRULE) with its zone's rules (VTIMEZONE), so that a summer-time change
 * keeps the wall-clock hours.
 */
export function weeklyTimetableCalendar(
  name: string,
  events: readonly WeeklyEvent[],
  timezone: 'Europe/Paris' | 'Europe/Brussels' = 'Europe/Paris',
): string {
  const calendar = ical({
    prodId: { company: 'Maillage', product: 'Emploi du temps', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    name,
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      start: DateTime.fromISO(`${e.firstDay}T${e.start}`, { zone: timezone }),
      end: DateTime.fromISO(`${e.firstDay}T${e.end}`, { zone: timezone }),
      timezone,
      summary: e.summary,
      ...(e.location ? { location: e.location } : {}),
      ...(e.description ? { description: e.description } : {}),
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        until: DateTime.fromISO(`${e.lastDay}T23:59:59`, { zone: timezone }),
      },
    });
  }
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
