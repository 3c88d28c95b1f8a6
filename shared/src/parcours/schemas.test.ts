import { describe, expect, it } from 'vitest';
import { consentInput, memberInput, personInput, referenceDecisionInput } from './schemas.js';

const ID = '0193b7a0-0000-7000-8000-000000000001';
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('référence de parcours inputs', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    ['a user', { userId: ID }, null],
    ['a professional without an account', { professionalName: 'Dr Martin' }, null],
    ['both', { userId: ID, professionalName: 'Dr Martin' }, 'professionalName'],
    ['neither', {}, 'professionalName'],
    ['an end before the start', { userId: ID, until: '2026-01-01' }, 'until'],
  ])('an entry of the list with %s', (_, over, failingPath) => {
    const r = memberInput.safeParse({
      personId: ID,
      organisationId: ID,
      mission: 'Accompagnement social',
      since: '2026-03-01',
      ...over,
    });
    expect(r.success).toBe(failingPath === null);
    if (failingPath) expect(paths(r)).toContain(failingPath);
  });

  it('refuses a domiciliation organisation for a person who is not domiciled', () => {
    const r = personInput.safeParse({
      lastName: 'Durand',
      firstNames: 'Léa',
      domiciled: false,
      domiciliationOrganisationId: ID,
    });
    expect(paths(r)).toContain('domiciliationOrganisationId');
  });

  it.each<[Record<string, unknown>, string[]]>([
    [{ kind: 'PARTAGE_DOCUMENT' }, ['documentId', 'memberId']],
    [{ kind: 'PARTAGE_DOCUMENT', documentId: ID, memberId: ID }, []],
    [{ kind: 'PARTICIPATION_SYNTHESE' }, ['meetingId']],
    [{ kind: 'INFORMATION_TRAITEMENT' }, []],
  ])('a consent %o needs %o', (over, missing) => {
    expect(paths(consentInput.safeParse({ personId: ID, ...over })).sort()).toEqual(missing.sort());
  });

  it('asks a motive for a sans suite and a reason for an end', () => {
    expect(paths(referenceDecisionInput.safeParse({ type: 'SANS_SUITE', referenceId: ID, version: 1 }))).toContain(
      'motive',
    );
    expect(paths(referenceDecisionInput.safeParse({ type: 'END', referenceId: ID, version: 1 }))).toContain('reason');
    expect(
      referenceDecisionInput.safeParse({ type: 'ACCEPT', referenceId: ID, version: 1, referentMemberId: ID }).success,
    ).toBe(true);
  });
});
