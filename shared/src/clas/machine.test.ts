import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAS_STATUSES, type ClasStatus } from './enums.js';
import { CLAS_ACTION_PARTY, allowedClasActions, clasTransition, isClasEditable, type ClasAction } from './machine.js';

const facts = (status: ClasStatus, requestedCents = 200_000) => ({ status, requestedCents });

const actionArb: fc.Arbitrary<ClasAction> = fc.oneof(
  fc.constantFrom<ClasAction>({ type: 'SUBMIT' }, { type: 'EXAMINE' }, { type: 'SUBMIT_BILAN' }, { type: 'CLOSE' }),
  fc
    .integer({ min: -10, max: 300_000 })
    .map((amountGrantedCents): ClasAction => ({ type: 'ACCEPT', amountGrantedCents })),
  fc.string({ maxLength: 5 }).map((reasons): ClasAction => ({ type: 'REFUSE', reasons })),
  fc.string({ maxLength: 5 }).map((reasons): ClasAction => ({ type: 'REQUEST_COMPLETION', reasons })),
);

describe('CLAS project state machine', () => {
  it.each<[ClasStatus, ClasAction, ClasStatus | null]>([
    ['BROUILLON', { type: 'SUBMIT' }, 'DEPOSE'],
    ['A_COMPLETER', { type: 'SUBMIT' }, 'DEPOSE'],
    ['DEPOSE', { type: 'SUBMIT' }, null],
    ['BROUILLON', { type: 'EXAMINE' }, null],
    ['DEPOSE', { type: 'EXAMINE' }, 'EN_INSTRUCTION'],
    ['DEPOSE', { type: 'ACCEPT', amountGrantedCents: 100 }, null],
    ['EN_INSTRUCTION', { type: 'ACCEPT', amountGrantedCents: 200_000 }, 'ACCEPTE'],
    ['EN_INSTRUCTION', { type: 'ACCEPT', amountGrantedCents: 200_001 }, null],
    ['EN_INSTRUCTION', { type: 'ACCEPT', amountGrantedCents: 0 }, null],
    ['EN_INSTRUCTION', { type: 'REFUSE', reasons: 'Hors cadre départemental' }, 'REFUSE'],
    ['EN_INSTRUCTION', { type: 'REFUSE', reasons: '  ' }, null],
    ['EN_INSTRUCTION', { type: 'REQUEST_COMPLETION', reasons: 'Ajoutez un accompagnateur' }, 'A_COMPLETER'],
    ['ACCEPTE', { type: 'SUBMIT_BILAN' }, 'BILAN_DEPOSE'],
    ['REFUSE', { type: 'SUBMIT_BILAN' }, null],
    ['BILAN_DEPOSE', { type: 'CLOSE' }, 'CLOTURE'],
    ['ACCEPTE', { type: 'CLOSE' }, null],
    ['CLOTURE', { type: 'SUBMIT' }, null],
  ])('%s + %o → %s', (status, action, expected) => {
    const r = clasTransition(facts(status), action);
    expect(r.ok ? r.status : null).toBe(expected);
  });

  it('explains a refused step in words', () => {
    expect(clasTransition(facts('DEPOSE'), { type: 'SUBMIT' })).toEqual({
      ok: false,
      reason: "Impossible : le dépôt n'est pas possible pour un projet déposé.",
    });
    expect(clasTransition(facts('EN_INSTRUCTION'), { type: 'ACCEPT', amountGrantedCents: 300_000 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/dépasse/),
    });
  });

  it('property: a step succeeds exactly when its party is offered it from that state, and lands on a known state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CLAS_STATUSES), actionArb, (status, action) => {
        const r = clasTransition(facts(status), action);
        const offered = allowedClasActions(status, CLAS_ACTION_PARTY[action.type]).includes(action.type);
        if (r.ok) {
          expect(offered).toBe(true);
          expect(CLAS_STATUSES).toContain(r.status);
          expect(r.status).not.toBe(status);
        } else if (!offered) {
          expect(r.reason).toMatch(/^Impossible/);
        }
      }),
    );
  });

  it('property: any run of steps from a draft only ever visits reachable states, and the holder edits only in BROUILLON or A_COMPLETER', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
        let status: ClasStatus = 'BROUILLON';
        const seen: ClasStatus[] = [status];
        for (const action of actions) {
          const r = clasTransition(facts(status), action);
          if (r.ok) {
            // Only the officer decides, and a decision always follows an instruction.
            if (['ACCEPTE', 'REFUSE', 'A_COMPLETER'].includes(r.status)) expect(status).toBe('EN_INSTRUCTION');
            if (r.status === 'BILAN_DEPOSE') expect(seen).toContain('ACCEPTE');
            status = r.status;
            seen.push(status);
          }
        }
        // Terminal states stay terminal.
        if (seen.includes('REFUSE')) expect(status).toBe('REFUSE');
        if (seen.includes('CLOTURE')) expect(status).toBe('CLOTURE');
        expect(isClasEditable(status)).toBe(status === 'BROUILLON' || status === 'A_COMPLETER');
      }),
    );
  });

  it('gives each party its own steps', () => {
    expect(allowedClasActions('BROUILLON', 'HOLDER')).toEqual(['SUBMIT']);
    expect(allowedClasActions('BROUILLON', 'OFFICER')).toEqual([]);
    expect(allowedClasActions('EN_INSTRUCTION', 'OFFICER')).toEqual(['ACCEPT', 'REFUSE', 'REQUEST_COMPLETION']);
    expect(allowedClasActions('EN_INSTRUCTION', 'HOLDER')).toEqual([]);
    expect(allowedClasActions('ACCEPTE', 'HOLDER')).toEqual(['SUBMIT_BILAN']);
    expect(allowedClasActions('BILAN_DEPOSE', 'OFFICER')).toEqual(['CLOSE']);
    expect(allowedClasActions('CLOTURE', 'OFFICER')).toEqual([]);
  });
});
