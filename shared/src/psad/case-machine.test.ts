import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CLOSE_OUTCOMES, CONTACT_CHANNELS, CONTACT_RESULTS, type CaseStatus } from './enums.js';
import { allowedActions, injoignableReached, transition, type CaseAction, type CaseFacts } from './case-machine.js';

const day = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 86_400_000);
const facts = (status: CaseStatus, extra: Partial<CaseFacts> = {}): CaseFacts => ({
  status,
  attempts: [],
  hasSolution: false,
  ...extra,
});

const actionArb: fc.Arbitrary<CaseAction> = fc.oneof(
  fc.constantFrom<CaseAction>(
    { type: 'ASSIGN' },
    { type: 'REASSIGN' },
    { type: 'CONTACT_ATTEMPT' },
    { type: 'SITUATION_CHECK' },
    { type: 'RECORD_SOLUTION' },
    { type: 'REOPEN' },
  ),
  fc.boolean().map((toOtherPlatform): CaseAction => ({ type: 'TRANSFER_ACCEPTED', toOtherPlatform })),
  fc
    .record({ outcome: fc.constantFrom(...CLOSE_OUTCOMES), comment: fc.option(fc.string(), { nil: null }) })
    .map((c): CaseAction => ({ type: 'CLOSE', ...c })),
);

const attemptArb = fc.record({
  date: fc.integer({ min: 0, max: 120 }).map(day),
  channel: fc.constantFrom(...CONTACT_CHANNELS),
  result: fc.constantFrom(...CONTACT_RESULTS),
});

describe('case state machine', () => {
  it.each<[CaseStatus, CaseAction, CaseStatus | null]>([
    ['A_TRAITER', { type: 'ASSIGN' }, 'AFFECTE'],
    ['A_TRAITER', { type: 'CONTACT_ATTEMPT' }, null],
    ['AFFECTE', { type: 'CONTACT_ATTEMPT' }, 'EN_COURS'],
    ['AFFECTE', { type: 'RECORD_SOLUTION' }, null],
    ['EN_COURS', { type: 'RECORD_SOLUTION' }, 'SOLUTION'],
    ['EN_COURS', { type: 'REASSIGN' }, 'AFFECTE'],
    ['EN_COURS', { type: 'TRANSFER_ACCEPTED', toOtherPlatform: true }, 'A_TRAITER'],
    ['SOLUTION', { type: 'CONTACT_ATTEMPT' }, null],
    ['CLOS', { type: 'REOPEN' }, 'A_TRAITER'],
    ['CLOS', { type: 'ASSIGN' }, null],
    ['CLOS', { type: 'CLOSE', outcome: 'REFUS' }, null],
    ['A_TRAITER', { type: 'CLOSE', outcome: 'HORS_CHAMP' }, 'CLOS'],
    ['EN_COURS', { type: 'CLOSE', outcome: 'SOLUTION_CONFIRMEE' }, null],
    ['EN_COURS', { type: 'CLOSE', outcome: 'AUTRE', comment: '  ' }, null],
    ['EN_COURS', { type: 'CLOSE', outcome: 'AUTRE', comment: 'parti à l’étranger' }, 'CLOS'],
  ])('%s + %o → %s', (status, action, expected) => {
    const r = transition(facts(status), action);
    expect(r.ok ? r.status : null).toBe(expected);
  });

  it('confirms a solution only once one is recorded', () => {
    expect(
      transition(facts('SOLUTION', { hasSolution: true }), { type: 'CLOSE', outcome: 'SOLUTION_CONFIRMEE' }),
    ).toEqual({ ok: true, status: 'CLOS' });
  });

  it('explains a refusal in words a referent understands', () => {
    const r = transition(facts('CLOS'), { type: 'ASSIGN' });
    expect(r).toEqual({ ok: false, reason: "Impossible : l'affectation n'est pas possible pour un suivi clos." });
  });

  it('property: every transition leads to a known status, and only from an allowed state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASE_STATUSES),
        actionArb,
        fc.array(attemptArb, { maxLength: 6 }),
        fc.boolean(),
        (status, action, attempts, hasSolution) => {
          const r = transition({ status, attempts, hasSolution }, action);
          if (r.ok) {
            expect(CASE_STATUSES).toContain(r.status);
            expect(allowedActions(status)).toContain(action.type);
          }
          if (!allowedActions(status).includes(action.type)) expect(r.ok).toBe(false);
        },
      ),
    );
  });

  it('property: a closed case only ever reopens, to A_TRAITER', () => {
    fc.assert(
      fc.property(actionArb, (action) => {
        const r = transition(facts('CLOS'), action);
        expect(r.ok).toBe(action.type === 'REOPEN');
        if (r.ok) expect(r.status).toBe('A_TRAITER');
      }),
    );
  });

  it('property: any sequence of accepted actions from A_TRAITER never skips assignment before contact', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 20 }), (actions) => {
        let status: CaseStatus = 'A_TRAITER';
        let assignedSinceOpen = false;
        for (const action of actions) {
          const r = transition(facts(status, { hasSolution: status === 'SOLUTION' }), action);
          if (!r.ok) continue;
          if (action.type === 'CONTACT_ATTEMPT' || action.type === 'RECORD_SOLUTION')
            expect(assignedSinceOpen).toBe(true);
          if (
            action.type === 'ASSIGN' ||
            action.type === 'REASSIGN' ||
            (action.type === 'TRANSFER_ACCEPTED' && !action.toOtherPlatform)
          )
            assignedSinceOpen = true;
          if (r.status === 'A_TRAITER') assignedSinceOpen = false;
          status = r.status;
        }
      }),
    );
  });

  it('property: injoignable closure needs enough failed attempts, channels and days', () => {
    fc.assert(
      fc.property(fc.array(attemptArb, { maxLength: 8 }), (attempts) => {
        const r = transition(facts('EN_COURS', { attempts }), { type: 'CLOSE', outcome: 'INJOIGNABLE' });
        expect(r.ok).toBe(injoignableReached(attempts));
        if (r.ok) {
          const failed = attempts.filter((a) => a.result !== 'JOINT');
          expect(failed.length).toBeGreaterThanOrEqual(3);
          expect(new Set(failed.map((a) => a.channel)).size).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });

  it('injoignable: 3 attempts on 2 channels over 30 days is enough, 29 days is not', () => {
    const a = (d: number, channel: 'TELEPHONE' | 'SMS') => ({ date: day(d), channel, result: 'INJOIGNABLE' as const });
    expect(injoignableReached([a(0, 'TELEPHONE'), a(10, 'SMS'), a(30, 'TELEPHONE')])).toBe(true);
    expect(injoignableReached([a(0, 'TELEPHONE'), a(10, 'SMS'), a(29, 'TELEPHONE')])).toBe(false);
    expect(injoignableReached([a(0, 'TELEPHONE'), a(10, 'TELEPHONE'), a(40, 'TELEPHONE')])).toBe(false);
  });
});
