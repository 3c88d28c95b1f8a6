import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CPMS_CONTRACT_PARTIES, CPMS_CONTRACT_STATUSES, type CpmsContractStatus } from './enums.js';
import {
  contractActionsFrom,
  contractTransition,
  CPMS_CONTRACT_FINAL_STATUSES,
  type CpmsContractAction,
  type CpmsContractFacts,
} from './machine.js';

const actionArb: fc.Arbitrary<CpmsContractAction> = fc.oneof(
  fc.constantFrom<CpmsContractAction>(
    { type: 'NEGOTIATE' },
    { type: 'REOPEN_DRAFT' },
    { type: 'START_EVALUATION' },
    { type: 'RECORD_EVALUATION' },
    { type: 'RENEW' },
    { type: 'CLOSE' },
  ),
  fc.constantFrom(...CPMS_CONTRACT_PARTIES).map((party): CpmsContractAction => ({ type: 'SIGN', party })),
);

const ORDER: CpmsContractStatus[] = ['BROUILLON', 'NEGOCIE', 'SIGNE', 'EN_EVALUATION', 'EVALUE', 'RENOUVELE'];
const rank = (s: CpmsContractStatus) => (s === 'CLOS' ? ORDER.indexOf('RENOUVELE') : ORDER.indexOf(s));

/** Applies the actions from a draft, skipping refused ones. */
function run(actions: CpmsContractAction[]): CpmsContractFacts[] {
  let facts: CpmsContractFacts = { status: 'BROUILLON', signedBy: [] };
  const seen = [facts];
  for (const a of actions) {
    const r = contractTransition(facts, a);
    if (r.ok) facts = { status: r.status, signedBy: r.signedBy };
    seen.push(facts);
  }
  return seen;
}

describe('CPMS contract state machine', () => {
  it.each<[CpmsContractFacts, CpmsContractAction, CpmsContractStatus | null]>([
    [{ status: 'BROUILLON', signedBy: [] }, { type: 'NEGOTIATE' }, 'NEGOCIE'],
    [{ status: 'BROUILLON', signedBy: [] }, { type: 'SIGN', party: 'CPMS' }, null],
    [{ status: 'NEGOCIE', signedBy: [] }, { type: 'SIGN', party: 'CPMS' }, 'NEGOCIE'],
    [{ status: 'NEGOCIE', signedBy: ['CPMS'] }, { type: 'SIGN', party: 'CPMS' }, null],
    [{ status: 'NEGOCIE', signedBy: ['CPMS'] }, { type: 'SIGN', party: 'ECOLE' }, 'SIGNE'],
    [{ status: 'NEGOCIE', signedBy: ['ECOLE'] }, { type: 'SIGN', party: 'CPMS' }, 'SIGNE'],
    [{ status: 'NEGOCIE', signedBy: [] }, { type: 'REOPEN_DRAFT' }, 'BROUILLON'],
    [{ status: 'NEGOCIE', signedBy: ['ECOLE'] }, { type: 'REOPEN_DRAFT' }, null],
    [{ status: 'SIGNE', signedBy: ['CPMS', 'ECOLE'] }, { type: 'START_EVALUATION' }, 'EN_EVALUATION'],
    [{ status: 'SIGNE', signedBy: ['CPMS', 'ECOLE'] }, { type: 'CLOSE' }, null],
    [{ status: 'EN_EVALUATION', signedBy: ['CPMS', 'ECOLE'] }, { type: 'RECORD_EVALUATION' }, 'EVALUE'],
    [{ status: 'EVALUE', signedBy: ['CPMS', 'ECOLE'] }, { type: 'RENEW' }, 'RENOUVELE'],
    [{ status: 'EVALUE', signedBy: ['CPMS', 'ECOLE'] }, { type: 'CLOSE' }, 'CLOS'],
    [{ status: 'CLOS', signedBy: ['CPMS', 'ECOLE'] }, { type: 'RENEW' }, null],
  ])('%o + %o → %s', (facts, action, expected) => {
    const r = contractTransition(facts, action);
    expect(r.ok ? r.status : null).toBe(expected);
  });

  it('never signs without both parties, never twice the same party', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
        for (const f of run(actions)) {
          expect(new Set(f.signedBy).size).toBe(f.signedBy.length);
          if (rank(f.status) >= rank('SIGNE')) expect([...f.signedBy].sort()).toEqual(['CPMS', 'ECOLE']);
          if (f.status === 'BROUILLON') expect(f.signedBy).toEqual([]);
        }
      }),
    );
  });

  it('only moves forward once signed, and never leaves a final status', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
        const seen = run(actions);
        for (let i = 1; i < seen.length; i++) {
          const [a, b] = [seen[i - 1]!, seen[i]!];
          if (CPMS_CONTRACT_FINAL_STATUSES.includes(a.status)) expect(b.status).toBe(a.status);
          if (rank(a.status) >= rank('SIGNE')) expect(rank(b.status)).toBeGreaterThanOrEqual(rank(a.status));
        }
      }),
    );
  });

  it('offers exactly the steps the machine accepts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CPMS_CONTRACT_STATUSES), actionArb, (status, action) => {
        const r = contractTransition({ status, signedBy: [] }, action);
        expect(r.ok).toBe(contractActionsFrom(status).includes(action.type));
      }),
    );
  });
});
