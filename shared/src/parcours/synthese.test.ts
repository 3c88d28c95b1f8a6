import { describe, expect, it } from 'vitest';
import { paParticipationAllowed } from './synthese.js';

describe("the PA's participation in a synthèse", () => {
  it.each<[string, boolean, string[], string[], boolean]>([
    ['nothing recorded', false, ['a', 'b'], [], false],
    ["only the PA's agreement", true, ['a', 'b'], [], false],
    ['every intervenant but not the PA', false, ['a', 'b'], ['a', 'b'], false],
    ['the PA and one intervenant of two', true, ['a', 'b'], ['a'], false],
    ['the PA and every intervenant', true, ['a', 'b'], ['b', 'a'], true],
  ])('%s → allowed: %s', (_, paAgreed, participantMemberIds, agreedMemberIds, allowed) => {
    expect(paParticipationAllowed({ paAgreed, participantMemberIds, agreedMemberIds }).ok).toBe(allowed);
  });

  it('says whose agreement is missing', () => {
    const r = paParticipationAllowed({ paAgreed: false, participantMemberIds: ['a', 'b'], agreedMemberIds: ['a'] });
    expect(r).toEqual({
      ok: false,
      reason: "La personne ne peut participer à la synthèse sans l'accord de la personne et l'accord de 1 intervenant.",
      missingMemberIds: ['b'],
    });
  });
});
