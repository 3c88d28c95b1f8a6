import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { CASE_FIELDS, createCase, ownerId } from './test-fixtures.js';

/** The flags and the « injoignable » closing follow the configuration, not only docs/domain.md's defaults. */
let t: TestApp;
let referent: string;
let counsellor: string;
const id: Record<string, string> = {};

const Q = {
  case: `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
  assign: `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!) { assignCases(platformId: $p, cases: $cases, organisationId: $o) { id version } }`,
  attempt: `mutation($id: ID!, $v: Int!, $at: DateTime!, $ch: ContactChannel!) { recordContactAttempt(caseId: $id, version: $v, attemptedAt: $at, channel: $ch, result: INJOIGNABLE) { version } }`,
  close: `mutation($id: ID!, $v: Int!) { closeCase(caseId: $id, version: $v, outcome: INJOIGNABLE) { status closeOutcome } }`,
};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

beforeAll(async () => {
  t = await createTestApp({
    PSAD_NO_CONTACT_DAYS: '2',
    PSAD_INJOIGNABLE_MIN_ATTEMPTS: '2',
    PSAD_INJOIGNABLE_MIN_CHANNELS: '1',
    PSAD_INJOIGNABLE_MIN_DAYS: '5',
  });
  referent = await t.login('referent@demo.test');
  counsellor = await t.login('conseiller@demo.test');
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
});
afterAll(() => t.close());

describe('configured thresholds', () => {
  it('flags « no contact » after PSAD_NO_CONTACT_DAYS days instead of 15', async () => {
    const { caseId } = await createCase(
      t,
      id.bourges!,
      { lastName: 'Seuil', firstNames: 'Sam', birthDate: '2005-02-02' },
      { status: 'AFFECTE', assignedAt: new Date(Date.now() - 3 * 86_400_000), assignedOrganisationId: id.ml },
    );
    const res = await t.gql(referent, Q.case, { id: caseId });
    expect(res.errors).toBeUndefined();
    expect(res.data.case.flags.noContactAfterAssignment).toBe(true);
  });

  it('closes « injoignable » after 2 failed attempts on one channel over 5 days, and says the configured rule when short of it', async () => {
    const { caseId } = await createCase(t, id.bourges!, {
      lastName: 'Seuil',
      firstNames: 'Inès',
      birthDate: '2005-03-03',
    });
    const assigned = await t.gql(referent, Q.assign, { p: id.bourges, cases: [{ id: caseId, version: 1 }], o: id.ml });
    expect(assigned.errors).toBeUndefined();
    let v = 2;
    expect(
      (await t.gql(counsellor, Q.attempt, { id: caseId, v, at: daysAgo(3), ch: 'TELEPHONE' })).errors,
    ).toBeUndefined();
    v += 1;
    const early = await t.gql(counsellor, Q.close, { id: caseId, v });
    expect(early.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toContain(
      'au moins 2 tentatives sans succès, sur 1 canaux, étalées sur 5 jours',
    );
    expect(
      (await t.gql(counsellor, Q.attempt, { id: caseId, v, at: daysAgo(1), ch: 'TELEPHONE' })).errors,
    ).toBeUndefined();
    v += 1;
    // 2 days apart: still short of 5 days.
    expect((await t.gql(counsellor, Q.close, { id: caseId, v })).errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(
      (await t.gql(counsellor, Q.attempt, { id: caseId, v, at: daysAgo(8), ch: 'TELEPHONE' })).errors,
    ).toBeUndefined();
    v += 1;
    expect((await t.gql(counsellor, Q.case, { id: caseId })).data.case.flags.injoignableReached).toBe(true);
    const closed = await t.gql(counsellor, Q.close, { id: caseId, v });
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeCase).toEqual({ status: 'CLOS', closeOutcome: 'INJOIGNABLE' });
  });

  it('refuses a threshold out of range at start-up, naming the variable', async () => {
    const { loadConfig } = await import('../../../core/config.js');
    expect(() => loadConfig({ PSAD_INJOIGNABLE_MIN_ATTEMPTS: '0' })).toThrow(
      /PSAD_INJOIGNABLE_MIN_ATTEMPTS must be an integer between 1 and 20/,
    );
  });
});
