import { describe, expect, it } from 'vitest';
import { clasYearConfigInput, defaultClasConfig, schoolYearOf } from './config.js';
import { clasProjectContent } from './schemas.js';

describe('CLAS yearly configuration', () => {
  it('defaults to the figures of docs/domain.md §3', () => {
    expect(defaultClasConfig('2026-2027')).toMatchObject({
      ratePercent: 32.5,
      ceilingCentsPerGroup: 256_300,
      minChildren: 5,
      maxChildren: 15,
      maxChildrenPerAdult: 7,
      warnChildrenPerAdult: 5,
      latestStartDate: '2026-10-15',
      earliestEndDate: '2027-05-31',
    });
  });

  it('accepts the defaults as an admin input', () => {
    expect(clasYearConfigInput.safeParse(defaultClasConfig('2026-2027')).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a year that does not follow on', { schoolYear: '2026-2028' }, 'schoolYear'],
    ['a minimum above the maximum', { minChildren: 16 }, 'maxChildren'],
    ['a warning above the failure threshold', { warnChildrenPerAdult: 8 }, 'warnChildrenPerAdult'],
    ['a start limit outside the year', { latestStartDate: '2025-10-15' }, 'latestStartDate'],
    ['an end limit before the start limit', { earliestEndDate: '2026-10-01' }, 'earliestEndDate'],
    ['a rate above 100 %', { ratePercent: 120 }, 'ratePercent'],
    [
      'class hours ending before they start',
      { classHours: [{ day: 'LUNDI', start: '16:30', end: '08:30' }] },
      'classHours.0.end',
    ],
  ])('refuses %s, naming the field', (_, over, path) => {
    const r = clasYearConfigInput.safeParse({ ...defaultClasConfig('2026-2027'), ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it.each([
    ['2026-09-01', '2026-2027'],
    ['2026-08-31', '2025-2026'],
    ['2027-06-30', '2026-2027'],
  ])('%s falls in the school year %s', (d, y) => {
    expect(schoolYearOf(new Date(`${d}T12:00:00Z`))).toBe(y);
  });
});

describe('CLAS declaration', () => {
  const minimal = {
    title: 'Coup de pouce',
    schoolYear: '2026-2027',
    charterSigned: false,
    inDepartmentalFramework: false,
    activityKinds: [],
    localPartners: [],
    schools: [],
    parentActions: [],
    concertationActions: [],
    groups: [],
  };

  it('lets a holder save an incomplete draft: eligibility, not the schema, says what is missing', () => {
    expect(clasProjectContent.parse(minimal)).toMatchObject({ diagnostic: '', concertationDescription: '' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a blank title', { title: '  ' }, 'title'],
    [
      'a negative number of children',
      {
        groups: [
          { label: 'G', level: 'COLLEGE', childrenCount: -1, accompagnateurs: [], sessions: [], eligibleCostCents: 0 },
        ],
      },
      'groups.0.childrenCount',
    ],
    [
      'an end date before the start',
      {
        groups: [
          {
            label: 'G',
            level: 'COLLEGE',
            childrenCount: 8,
            accompagnateurs: [],
            sessions: [],
            startDate: '2027-06-01',
            endDate: '2026-09-01',
            eligibleCostCents: 0,
          },
        ],
      },
      'groups.0.endDate',
    ],
    [
      'a session at 25:00',
      {
        groups: [
          {
            label: 'G',
            level: 'COLLEGE',
            childrenCount: 8,
            accompagnateurs: [],
            sessions: [{ day: 'LUNDI', start: '25:00', durationMinutes: 60 }],
            eligibleCostCents: 0,
          },
        ],
      },
      'groups.0.sessions.0.start',
    ],
    [
      'a cost in fractions of a cent',
      {
        groups: [
          {
            label: 'G',
            level: 'COLLEGE',
            childrenCount: 8,
            accompagnateurs: [],
            sessions: [],
            eligibleCostCents: 10.5,
          },
        ],
      },
      'groups.0.eligibleCostCents',
    ],
  ])('refuses %s, naming the field', (_, over, path) => {
    const r = clasProjectContent.safeParse({ ...minimal, ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
