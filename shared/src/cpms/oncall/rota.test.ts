import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brusselsLabel,
  buildPeriod,
  buildWeek,
  checkCoverage,
  crossesDstChange,
  onDutyAt,
  shiftMinutes,
  type RotaShift,
  type ShiftTemplate,
} from './rota.js';

const A = 'agent-a';
const B = 'agent-b';
const C = 'agent-c';
const D = 'agent-d';

/** Day 08:00→20:00 and night 20:00→08:00 every day: 24 h covered; day and night teams apart. */
const dayNight: ShiftTemplate[] = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, startTime: '08:00', endTime: '20:00', agentId: A, backupId: B },
  { weekday, startTime: '20:00', endTime: '08:00', agentId: C, backupId: D },
]);

const shift = (
  startsAt: string,
  endsAt: string,
  agentId: string | null = A,
  backupId: string | null = B,
): RotaShift => ({
  startsAt,
  endsAt,
  agentId,
  backupId,
});

describe('shifts across the daylight-saving weekends of 2027 and 2028', () => {
  it.each([
    // [Sunday of the change, template, minutes]
    ['2027-03-28', '20:00', '08:00', 11 * 60],
    ['2027-10-31', '20:00', '08:00', 13 * 60],
    ['2028-03-26', '20:00', '08:00', 11 * 60],
    ['2028-10-29', '20:00', '08:00', 13 * 60],
    ['2027-03-28', '22:00', '07:00', 8 * 60],
    ['2027-10-31', '22:00', '07:00', 10 * 60],
    ['2028-03-26', '22:00', '07:00', 8 * 60],
    ['2028-10-29', '22:00', '07:00', 10 * 60],
  ])('the night starting the Saturday before %s, %s→%s, lasts %i minutes', (sunday, start, end, minutes) => {
    const [night, ...rest] = buildWeek(sunday, [{ weekday: 6, startTime: start, endTime: end }]);
    expect(rest).toHaveLength(0);
    expect(shiftMinutes(night!)).toBe(minutes);
    expect(crossesDstChange(night!)).toBe(true);
    expect(brusselsLabel(night!.startsAt).slice(-5)).toBe(start);
    expect(brusselsLabel(night!.endsAt)).toBe(`${sunday.split('-').reverse().join('/')} ${end}`);
  });

  it.each(['2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29'])(
    'the week of %s, day and night, has no gap and counts its real minutes once',
    (sunday) => {
      const shifts = buildWeek(sunday, dayNight);
      const from = shifts[0]!.startsAt;
      const to = shifts[shifts.length - 1]!.endsAt;
      const report = checkCoverage(shifts, { from, to }, { maxShiftMinutes: 13 * 60, minRestMinutes: 11 * 60 });
      expect(report.issues).toEqual([]);
      const expected = 7 * 24 * 60 + (sunday.slice(5, 7) === '03' ? -60 : 60);
      expect(report.periodMinutes).toBe(expected);
      expect(report.coveredMinutes).toBe(expected);
      // The same week entered twice (an overlap of every shift) still covers each minute once.
      expect(checkCoverage([...shifts, ...shifts], { from, to }).coveredMinutes).toBe(expected);
      expect(shifts.filter(crossesDstChange)).toHaveLength(1);
    },
  );

  it('a template starting inside the spring gap (02:30) starts at 03:30, its neighbour ends there: no gap', () => {
    const shifts = buildWeek('2027-03-28', [
      { weekday: 6, startTime: '14:30', endTime: '02:30', agentId: A, backupId: B },
      { weekday: 7, startTime: '02:30', endTime: '14:30', agentId: C, backupId: D },
    ]);
    expect(shifts[0]!.endsAt).toBe(shifts[1]!.startsAt);
    expect(brusselsLabel(shifts[1]!.startsAt)).toBe('28/03/2027 03:30');
    expect(checkCoverage(shifts, { from: shifts[0]!.startsAt, to: shifts[1]!.endsAt }).issues).toEqual([]);
  });
});

describe('coverage rules', () => {
  const rules = { maxShiftMinutes: 12 * 60, minRestMinutes: 11 * 60 };
  const period = { from: '2027-01-04T00:00:00Z', to: '2027-01-05T00:00:00Z' };
  it.each<[string, RotaShift[], string[]]>([
    [
      'a day covered by two shifts',
      [
        shift('2027-01-04T00:00:00Z', '2027-01-04T12:00:00Z'),
        shift('2027-01-04T12:00:00Z', '2027-01-05T00:00:00Z', C, D),
      ],
      [],
    ],
    [
      'a hole in the afternoon',
      [
        shift('2027-01-04T00:00:00Z', '2027-01-04T12:00:00Z'),
        shift('2027-01-04T14:00:00Z', '2027-01-05T00:00:00Z', C, D),
      ],
      ['SANS_AGENT 2027-01-04T12:00:00.000Z'],
    ],
    [
      'a shift without backup',
      [
        shift('2027-01-04T00:00:00Z', '2027-01-04T12:00:00Z'),
        shift('2027-01-04T12:00:00Z', '2027-01-05T00:00:00Z', C, null),
      ],
      ['SANS_BACKUP 2027-01-04T12:00:00.000Z'],
    ],
    [
      'a shift of 13 h',
      [
        shift('2027-01-04T00:00:00Z', '2027-01-04T13:00:00Z'),
        shift('2027-01-04T12:00:00Z', '2027-01-05T00:00:00Z', C, D),
      ],
      ['TROP_LONG 2027-01-04T00:00:00Z'],
    ],
    [
      'an agent as their own backup',
      [
        shift('2027-01-04T00:00:00Z', '2027-01-04T12:00:00Z', A, A),
        shift('2027-01-04T12:00:00Z', '2027-01-05T00:00:00Z', C, D),
      ],
      ['PROPRE_BACKUP 2027-01-04T00:00:00Z'],
    ],
    [
      'the agent back as backup after 0 h of rest',
      [
        shift('2027-01-04T00:00:00Z', '2027-01-04T12:00:00Z'),
        shift('2027-01-04T12:00:00Z', '2027-01-05T00:00:00Z', C, A),
      ],
      ['REPOS 2027-01-04T12:00:00Z'],
    ],
    [
      'overlapping shifts are no gap',
      [
        shift('2027-01-04T00:00:00Z', '2027-01-04T12:00:00Z'),
        shift('2027-01-04T10:00:00Z', '2027-01-04T22:00:00Z', C, D),
        shift('2027-01-04T20:00:00Z', '2027-01-05T00:00:00Z', C, D),
      ],
      ['REPOS 2027-01-04T22:00:00Z', 'REPOS 2027-01-04T22:00:00Z'],
    ],
    ['nothing at all', [], ['SANS_AGENT 2027-01-04T00:00:00.000Z']],
  ])('%s', (_, shifts, expected) => {
    const report = checkCoverage(shifts, period, rules);
    expect(report.issues.map((i) => `${i.kind} ${i.startsAt}`)).toEqual(expected);
  });

  it('counts overlapping shifts once', () => {
    const report = checkCoverage(
      [
        shift('2027-01-04T00:00:00Z', '2027-01-04T12:00:00Z'),
        shift('2027-01-04T06:00:00Z', '2027-01-04T18:00:00Z', C, D),
      ],
      period,
      rules,
    );
    expect(report.coveredMinutes).toBe(18 * 60);
    expect(report.issues.find((i) => i.kind === 'SANS_AGENT')).toMatchObject({
      startsAt: '2027-01-04T18:00:00.000Z',
      endsAt: '2027-01-05T00:00:00.000Z',
    });
  });

  it('answers who is on duty at an instant', () => {
    const shifts = buildWeek('2027-10-31', dayNight);
    // 02:30 on the autumn Sunday happens twice; both are in the night of Saturday.
    expect(onDutyAt(shifts, '2027-10-31T00:30:00Z')?.agentId).toBe(C);
    expect(onDutyAt(shifts, '2027-10-31T01:30:00Z')?.agentId).toBe(C);
    expect(onDutyAt(shifts, '2027-10-31T07:30:00Z')?.agentId).toBe(A);
    expect(onDutyAt([], '2027-10-31T07:30:00Z')).toBeNull();
  });
});

describe('property: templates that cover 24 h leave no gap on any week', () => {
  it('holds for any daily split and any run of weeks, DST weeks included', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 23 * 4 + 3 }), { minLength: 1, maxLength: 5 }),
        fc.date({ min: new Date('2026-12-01T00:00:00Z'), max: new Date('2029-12-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 4 }),
        (quarters, day, weeks) => {
          const cuts = [...quarters]
            .sort((a, b) => a - b)
            .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
          const templates: ShiftTemplate[] = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
            cuts.map((start, i) => ({
              weekday,
              startTime: start,
              endTime: cuts[(i + 1) % cuts.length]!,
              agentId: `a${i}`,
              backupId: `b${i}`,
            })),
          );
          // One cut: a single 24 h template per day, whose end equals its start: the next day.
          const shifts = buildPeriod(day.toISOString().slice(0, 10), weeks, templates);
          const from = shifts[0]!.startsAt;
          const to = shifts.reduce((m, s) => (s.endsAt > m ? s.endsAt : m), from);
          const report = checkCoverage(shifts, { from, to }, { maxShiftMinutes: 25 * 60, minRestMinutes: 0 });
          expect(report.issues.filter((i) => i.kind === 'SANS_AGENT' || i.kind === 'SANS_BACKUP')).toEqual([]);
          expect(report.coveredMinutes).toBe(report.periodMinutes);
        },
      ),
      { numRuns: 80 },
    );
  }, 30_000);
});
