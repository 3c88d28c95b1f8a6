import { describe, expect, it } from 'vitest';
import { personActionRefusal, personActions, type PersonAction, type PersonStep } from './capabilities.js';
import type { ReferenceStatus } from './enums.js';

describe('what may be done on a PA’s record', () => {
  it.each<[string, ReferenceStatus | null, number, PersonAction[], Partial<Record<PersonAction, PersonStep | null>>]>([
    [
      'a new PA, one intervenant',
      null,
      1,
      ['ADD_MEMBER', 'UPLOAD_DOCUMENT', 'RECORD_CONSENT'],
      { PROPOSE_REFERENCE: 'ADD_MEMBER', EDIT_PLAN: 'ADD_MEMBER', SCHEDULE_SYNTHESE: 'ADD_MEMBER' },
    ],
    [
      'two intervenants, no reference',
      null,
      2,
      ['ADD_MEMBER', 'PROPOSE_REFERENCE', 'UPLOAD_DOCUMENT', 'RECORD_CONSENT'],
      { EDIT_PLAN: 'PROPOSE_REFERENCE', SCHEDULE_SYNTHESE: 'PROPOSE_REFERENCE' },
    ],
    [
      'a reference proposed',
      'PROPOSEE',
      2,
      ['ADD_MEMBER', 'UPLOAD_DOCUMENT', 'RECORD_CONSENT'],
      { PROPOSE_REFERENCE: 'DECIDE_REFERENCE', EDIT_PLAN: 'DECIDE_REFERENCE', SCHEDULE_SYNTHESE: 'DECIDE_REFERENCE' },
    ],
    [
      'an active reference',
      'ACCEPTEE',
      2,
      ['ADD_MEMBER', 'EDIT_PLAN', 'SCHEDULE_SYNTHESE', 'UPLOAD_DOCUMENT', 'RECORD_CONSENT'],
      { PROPOSE_REFERENCE: null },
    ],
  ])('%s', (_, openReferenceStatus, activeIntervenants, allowed, refused) => {
    const result = personActions({ openReferenceStatus, activeIntervenants });
    expect(result.allowed).toEqual(allowed);
    expect(Object.fromEntries(result.refused.map((r) => [r.action, r.step]))).toEqual(refused);
  });

  it('says why the plan waits and what to do first', () => {
    expect(personActionRefusal({ openReferenceStatus: null, activeIntervenants: 2 }, 'EDIT_PLAN')?.reason).toBe(
      "Le plan d'action se construit autour d'une référence active. Proposez d'abord une référence à la personne.",
    );
    expect(
      personActionRefusal({ openReferenceStatus: 'PROPOSEE', activeIntervenants: 3 }, 'EDIT_PLAN')?.reason,
    ).toMatch(/enregistrez d'abord le choix de la personne/);
    expect(personActionRefusal({ openReferenceStatus: null, activeIntervenants: 1 }, 'EDIT_PLAN')?.reason).toMatch(
      /au moins 2 intervenants : ajoutez d'abord un intervenant/,
    );
    expect(personActionRefusal({ openReferenceStatus: 'ACCEPTEE', activeIntervenants: 1 }, 'EDIT_PLAN')).toBeNull();
  });
});
