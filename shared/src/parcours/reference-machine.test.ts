import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE_END_REASONS, REFERENCE_STATUSES, SANS_SUITE_MOTIVES, type ReferenceStatus } from './enums.js';
import {
  allowedReferenceActions,
  canProposeReference,
  isReferenceOpen,
  referenceTransition,
  type ReferenceAction,
  type ReferenceFacts,
} from './reference-machine.js';

const MEMBERS = ['m1', 'm2', 'm3'];
const facts = (
  status: ReferenceStatus,
  referentMemberId: string | null = status === 'ACCEPTEE' ? 'm1' : null,
): ReferenceFacts => ({
  status,
  referentMemberId,
  activeMemberIds: MEMBERS,
});

const memberArb = fc.constantFrom('m1', 'm2', 'm3', 'gone');
const actionArb: fc.Arbitrary<ReferenceAction> = fc.oneof(
  memberArb.map((referentMemberId): ReferenceAction => ({ type: 'ACCEPT', referentMemberId })),
  fc.constant<ReferenceAction>({ type: 'REFUSE' }),
  fc
    .record({
      motive: fc.constantFrom(...SANS_SUITE_MOTIVES),
      comment: fc.option(fc.constantFrom('', ' ', 'déménagement'), { nil: null }),
    })
    .map((r): ReferenceAction => ({ type: 'SANS_SUITE', ...r })),
  memberArb.map((referentMemberId): ReferenceAction => ({ type: 'CHANGE_REFERENT', referentMemberId })),
  fc.constantFrom(...REFERENCE_END_REASONS).map((reason): ReferenceAction => ({ type: 'END', reason })),
);

describe('référence de parcours state machine', () => {
  it.each<[ReferenceStatus, ReferenceAction, ReferenceStatus | null]>([
    ['PROPOSEE', { type: 'ACCEPT', referentMemberId: 'm2' }, 'ACCEPTEE'],
    ['PROPOSEE', { type: 'ACCEPT', referentMemberId: 'gone' }, null],
    ['PROPOSEE', { type: 'REFUSE' }, 'REFUSEE'],
    ['PROPOSEE', { type: 'SANS_SUITE', motive: 'PA_INJOIGNABLE' }, 'SANS_SUITE'],
    ['PROPOSEE', { type: 'SANS_SUITE', motive: 'AUTRE', comment: ' ' }, null],
    ['PROPOSEE', { type: 'SANS_SUITE', motive: 'AUTRE', comment: 'parti en Belgique' }, 'SANS_SUITE'],
    ['PROPOSEE', { type: 'END', reason: 'CHOIX_PA' }, null],
    ['ACCEPTEE', { type: 'CHANGE_REFERENT', referentMemberId: 'm3' }, 'ACCEPTEE'],
    ['ACCEPTEE', { type: 'CHANGE_REFERENT', referentMemberId: 'm1' }, null],
    ['ACCEPTEE', { type: 'END', reason: 'FIN_DES_BESOINS' }, 'TERMINEE'],
    ['ACCEPTEE', { type: 'REFUSE' }, null],
    ['REFUSEE', { type: 'ACCEPT', referentMemberId: 'm1' }, null],
    ['TERMINEE', { type: 'CHANGE_REFERENT', referentMemberId: 'm2' }, null],
  ])('%s + %o → %s', (status, action, expected) => {
    const r = referenceTransition(facts(status), action);
    expect(r.ok ? r.status : null).toBe(expected);
  });

  it('keeps the referent the PA chose, and drops it when the reference ends', () => {
    expect(referenceTransition(facts('PROPOSEE'), { type: 'ACCEPT', referentMemberId: 'm2' })).toEqual({
      ok: true,
      status: 'ACCEPTEE',
      referentMemberId: 'm2',
    });
    expect(referenceTransition(facts('ACCEPTEE', 'm2'), { type: 'CHANGE_REFERENT', referentMemberId: 'm3' })).toEqual({
      ok: true,
      status: 'ACCEPTEE',
      referentMemberId: 'm3',
    });
    expect(referenceTransition(facts('ACCEPTEE', 'm2'), { type: 'END', reason: 'REFERENT_PARTI' })).toEqual({
      ok: true,
      status: 'TERMINEE',
      referentMemberId: null,
    });
  });

  it('explains a refused step in words', () => {
    expect(referenceTransition(facts('TERMINEE'), { type: 'END', reason: 'CHOIX_PA' })).toEqual({
      ok: false,
      reason: "Impossible : la fin de la référence n'est pas possible pour une référence terminée.",
    });
    expect(referenceTransition(facts('PROPOSEE'), { type: 'ACCEPT', referentMemberId: 'gone' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/parmi les intervenants actuels/),
    });
  });

  it('property: from any state, a step succeeds only if offered, and an active reference always has a current intervenant as referent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REFERENCE_STATUSES), actionArb, (status, action) => {
        const r = referenceTransition(facts(status), action);
        if (r.ok) {
          expect(allowedReferenceActions(status)).toContain(action.type);
          expect(REFERENCE_STATUSES).toContain(r.status);
          if (r.status === 'ACCEPTEE') expect(MEMBERS).toContain(r.referentMemberId);
          else expect(r.referentMemberId).toBeNull();
        }
      }),
    );
  });

  it('property: any run of steps from a proposal ends in a state reachable by the rules, closed states stay closed', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 25 }), (actions) => {
        let f = facts('PROPOSEE');
        const visited: ReferenceStatus[] = [f.status];
        for (const action of actions) {
          const r = referenceTransition(f, action);
          if (!r.ok) continue;
          // A referent is only ever chosen on a proposed reference or changed on an active one.
          if (r.status === 'ACCEPTEE') expect(['PROPOSEE', 'ACCEPTEE']).toContain(f.status);
          if (r.status === 'TERMINEE') expect(f.status).toBe('ACCEPTEE');
          f = { ...f, status: r.status, referentMemberId: r.referentMemberId };
          visited.push(f.status);
        }
        const firstClosed = visited.findIndex((s) => !isReferenceOpen(s));
        if (firstClosed >= 0) expect(visited.slice(firstClosed).every((s) => s === visited[firstClosed])).toBe(true);
      }),
    );
  });

  it.each<[boolean, number, boolean]>([
    [false, 1, false],
    [false, 2, true],
    [true, 3, false],
  ])('proposing with an open reference %s and %i intervenants → %s', (open, n, ok) => {
    expect(canProposeReference(open, n).ok).toBe(ok);
  });
});
