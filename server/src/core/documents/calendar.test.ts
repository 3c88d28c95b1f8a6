import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingCalendar, type MeetingInvitation } from './calendar.js';

const copil: MeetingInvitation = {
  method: 'REQUEST',
  uid: 'instance-42-seance-7@maillage.example',
  sequence: 0,
  // Monday 30 March 2026, the day after the clocks went forward: 14:00 in Paris is 12:00 UTC.
  start: new Date('2026-03-30T12:00:00Z'),
  end: new Date('2026-03-30T14:00:00Z'),
  timezone: 'Europe/Paris',
  summary: 'COPIL « Réussite éducative » — bilan 2026',
  description:
    'Ordre du jour :\n1. Bilan annuel ; 2. Perspectives, budget 12 000 €.\nUne ligne assez longue pour que le texte soit plié à soixante-quinze octets, accents compris : éèàçœ.',
  location: 'Mairie, salle du conseil',
  url: 'https://maillage.example/instances/42/seances/7',
  organizer: { name: 'Référente "RE" Dupont', email: 'referente@maillage.example' },
  attendees: [{ name: 'Élodie Martin', email: 'elodie.martin@example.fr' }, { email: 'principal@college.example.fr' }],
  stamp: new Date('2026-03-01T09:00:00Z'),
};

/** Reads a message back with Mozilla's ical.js, its VTIMEZONE registered as a calendar client does. */
function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('meetingCalendar', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
    ICAL.TimezoneService.reset();
  });

  it('is an iTIP REQUEST: METHOD on the calendar, the event with UID, SEQUENCE, DTSTAMP in UTC and CONFIRMED', () => {
    const text = meetingCalendar(copil);
    const { calendar, vevent, event } = read(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.uid).toBe(copil.uid);
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(text).toContain('\r\nDTSTAMP:20260301T090000Z\r\n');
    expect(event.summary).toBe(copil.summary);
    expect(event.location).toBe(copil.location);
    expect(event.description).toBe(copil.description);
    expect(vevent.getFirstPropertyValue('url')).toBe(copil.url);
  });

  it('writes the times in Europe/Paris with its VTIMEZONE, the right instant on either side of the DST change', () => {
    // Friday 27 March 2026, still winter time: 14:00 in Paris is 13:00 UTC.
    const before = { ...copil, start: new Date('2026-03-27T13:00:00Z'), end: new Date('2026-03-27T15:00:00Z') };
    for (const [meeting, wallClock] of [
      [copil, '20260330T140000'],
      [before, '20260327T140000'],
    ] as const) {
      const text = meetingCalendar(meeting);
      expect(text).toContain(`\r\nDTSTART;TZID=Europe/Paris:${wallClock}\r\n`);
      expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris\r\n/);
      const { event } = read(text);
      expect(event.startDate.zone?.tzid).toBe('Europe/Paris');
      expect(event.startDate.toJSDate().toISOString()).toBe(meeting.start.toISOString());
      expect(event.endDate.toJSDate().toISOString()).toBe(meeting.end.toISOString());
    }
  });

  it("does not depend on the server's own time zone", () => {
    process.env.TZ = 'America/New_York';
    expect(new Date('2026-03-30T12:00:00Z').getHours()).toBe(8);
    const text = meetingCalendar(copil);
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Paris:20260330T140000\r\n');
    expect(text).toContain('\r\nDTEND;TZID=Europe/Paris:20260330T160000\r\n');
    expect(text).toContain('\r\nDTSTAMP:20260301T090000Z\r\n');
  });

  it('writes a Brussels meeting with the Brussels zone', () => {
    const text = meetingCalendar({ ...copil, timezone: 'Europe/Brussels' });
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Brussels:20260330T140000\r\n');
    const { event } = read(text);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-30T12:00:00.000Z');
  });

  it('names the organizer and asks each attendee for an answer (RSVP, NEEDS-ACTION, REQ-PARTICIPANT)', () => {
    const { vevent } = read(meetingCalendar(copil));
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:referente@maillage.example');
    // A double quote cannot stand within a quoted parameter value: it becomes an apostrophe.
    expect(organizer.getParameter('cn')).toBe("Référente 'RE' Dupont");
    const attendees = vevent.getAllProperties('attendee');
    expect(attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:elodie.martin@example.fr',
      'mailto:principal@college.example.fr',
    ]);
    expect(attendees[0]!.getParameter('cn')).toBe('Élodie Martin');
    for (const attendee of attendees) {
      expect(attendee.getParameter('rsvp')).toBe('TRUE');
      expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
      expect(attendee.getParameter('role')).toBe('REQ-PARTICIPANT');
    }
  });

  it('keeps the UID through an update and a cancellation, whose SEQUENCE rises and which is CANCELLED', () => {
    const moved = {
      ...copil,
      sequence: 1,
      start: new Date('2026-04-02T12:00:00Z'),
      end: new Date('2026-04-02T14:00:00Z'),
    };
    const update = read(meetingCalendar(moved));
    const cancel = read(meetingCalendar({ ...moved, method: 'CANCEL', sequence: 2 }));
    expect([update.event.uid, cancel.event.uid]).toEqual([copil.uid, copil.uid]);
    expect([update.event.sequence, cancel.event.sequence]).toEqual([1, 2]);
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    // A cancellation informs: it asks no answer.
    for (const attendee of cancel.vevent.getAllProperties('attendee'))
      expect(attendee.getParameter('rsvp')).toBe('FALSE');
  });

  it('ends every line with CRLF and folds none past 75 octets, accents counted in bytes', () => {
    const text = meetingCalendar(copil);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
    // Folded lines unfold to the description as given (checked through ical.js above), never mid-character.
    expect(text).not.toContain('\uFFFD');
  });

  it('stamps the message now when no stamp is given', () => {
    const { stamp: _stamp, ...unstamped } = copil;
    const before = Date.now();
    const { vevent } = read(meetingCalendar(unstamped));
    const stamp = (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime();
    expect(stamp).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(stamp).toBeLessThanOrEqual(Date.now());
  });
});
