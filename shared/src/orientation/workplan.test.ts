import { describe, expect, it } from 'vitest';
import { createWorkPlanAction, isLate, lastDayOf, monthsBetween, monthSpanLabel, reminderDue } from './workplan.js';

describe('work plan rules', () => {
  it.each([
    ['EN_COURS', '2026-11', '2026-12-06', true],
    ['A_FAIRE', '2026-12', '2026-12-31', false],
    ['REPORTE', '2026-10', '2027-01-01', true],
    ['FAIT', '2026-10', '2027-01-01', false],
    ['ABANDONNE', '2026-10', '2027-01-01', false],
  ])('an action %s due %s is late on %s: %s', (status, endMonth, today, late) => {
    expect(isLate({ status, endMonth }, today)).toBe(late);
  });

  it.each([
    ['A_FAIRE', '2030-03', '2030-03-10', 14, null],
    ['A_FAIRE', '2030-03', '2030-03-17', 14, 'AVANT'],
    ['EN_COURS', '2030-03', '2030-03-31', 14, 'AVANT'],
    ['EN_COURS', '2030-03', '2030-04-01', 14, 'RETARD'],
    ['FAIT', '2030-03', '2030-03-20', 14, null],
    ['ABANDONNE', '2030-03', '2030-05-01', 14, null],
    ['A_FAIRE', '2030-02', '2030-02-26', 2, 'AVANT'],
    ['A_FAIRE', '2030-02', '2030-02-25', 2, null],
  ])('%s due %s, on %s with %i days: %s', (status, endMonth, today, days, kind) => {
    expect(reminderDue({ status, endMonth }, today, days)).toBe(kind);
  });

  it('counts months across years and names spans in French', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2026-11')).toEqual([]);
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(monthSpanLabel('2026-09', '2027-08')).toBe('toute l’année 2026-2027');
    expect(monthSpanLabel('2021-04', '2021-04')).toBe('avril 2021');
    expect(monthSpanLabel('2021-04', '2022-05')).toBe('avril 2021 – mai 2022');
  });

  it('refuses an action without attribution, a span backwards, a month that does not exist', () => {
    const base = {
      workPlanId: '00000000-0000-4000-8000-000000000000',
      title: 'Action',
      roles: ['PSYEN'],
      personIds: [],
      startMonth: '2026-09',
      endMonth: '2026-10',
      status: 'A_FAIRE',
    };
    expect(createWorkPlanAction.safeParse(base).success).toBe(true);
    const paths = (over: Record<string, unknown>) =>
      createWorkPlanAction.safeParse({ ...base, ...over }).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ roles: [] })).toEqual(['roles']);
    expect(paths({ endMonth: '2026-08' })).toEqual(['endMonth']);
    expect(paths({ startMonth: '2026-13' })).toEqual(['startMonth']);
    expect(paths({ evidenceUrl: 'javascript:alert(1)' })).toEqual(['evidenceUrl']);
  });
});
