import { describe, expect, it } from 'vitest';
import { caseFlags, DEFAULT_NO_CONTACT_DAYS } from './flags.js';

const now = new Date('2026-11-25T10:00:00Z');
const base = {
  status: 'AFFECTE' as const,
  birthDate: '2000-01-01',
  assignedAt: null,
  lastAttemptAt: null,
  convocationDate: null,
  attempts: [],
};
const daysBefore = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe('caseFlags', () => {
  it('minor without solution: under 18 today and not in solution nor closed', () => {
    expect(caseFlags({ ...base, birthDate: '2008-11-26' }, now).minorWithoutSolution).toBe(true);
    expect(caseFlags({ ...base, birthDate: '2008-11-25' }, now).minorWithoutSolution).toBe(false);
    expect(caseFlags({ ...base, birthDate: '2010-01-01', status: 'SOLUTION' }, now).minorWithoutSolution).toBe(false);
  });

  it(`no contact ${DEFAULT_NO_CONTACT_DAYS} days after assignment, counting only attempts since`, () => {
    expect(caseFlags({ ...base, assignedAt: daysBefore(DEFAULT_NO_CONTACT_DAYS) }, now).noContactAfterAssignment).toBe(
      true,
    );
    expect(
      caseFlags({ ...base, assignedAt: daysBefore(DEFAULT_NO_CONTACT_DAYS - 1) }, now).noContactAfterAssignment,
    ).toBe(false);
    expect(
      caseFlags({ ...base, assignedAt: daysBefore(20), lastAttemptAt: daysBefore(25) }, now).noContactAfterAssignment,
    ).toBe(true);
    expect(
      caseFlags({ ...base, assignedAt: daysBefore(20), lastAttemptAt: daysBefore(2) }, now).noContactAfterAssignment,
    ).toBe(false);
    expect(caseFlags({ ...base, assignedAt: daysBefore(20), status: 'SOLUTION' }, now).noContactAfterAssignment).toBe(
      false,
    );
  });

  it('obligation de formation: convocation + 2 months (end of month clamped), overdue once passed', () => {
    expect(caseFlags({ ...base, convocationDate: '2026-09-25' }, now)).toMatchObject({
      obligationFormationDueDate: '2026-11-25',
      obligationFormationOverdue: false,
    });
    expect(caseFlags({ ...base, convocationDate: '2026-09-24' }, now)).toMatchObject({
      obligationFormationDueDate: '2026-11-24',
      obligationFormationOverdue: true,
    });
    expect(caseFlags({ ...base, convocationDate: '2026-12-31' }, now).obligationFormationDueDate).toBe('2027-02-28');
    expect(caseFlags({ ...base, convocationDate: '2026-01-01', status: 'CLOS' }, now).obligationFormationOverdue).toBe(
      false,
    );
  });

  it('injoignable threshold from the machine', () => {
    const attempts = [
      { date: daysBefore(40), channel: 'TELEPHONE' as const, result: 'INJOIGNABLE' as const },
      { date: daysBefore(20), channel: 'SMS' as const, result: 'MESSAGE_LAISSE' as const },
      { date: daysBefore(5), channel: 'SMS' as const, result: 'INJOIGNABLE' as const },
    ];
    expect(caseFlags({ ...base, attempts }, now).injoignableReached).toBe(true);
    expect(caseFlags({ ...base, attempts: attempts.slice(1) }, now).injoignableReached).toBe(false);
  });
});
