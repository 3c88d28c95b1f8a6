import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { createCase, createCounsellor, ownerId, ownerRows } from './test-fixtures.js';

let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};
const c = {} as Record<'toOrg' | 'toPlatform' | 'race' | 'fresh' | 'cancel', string>;

const Q = {
  assign: `mutation($p: ID!, $cases: [CaseVersionInput!]!, $o: ID!) { assignCases(platformId: $p, cases: $cases, organisationId: $o) { id version } }`,
  propose: `mutation($id: ID!, $v: Int!, $o: ID, $p: ID, $r: String!) { proposeTransfer(caseId: $id, version: $v, toOrganisationId: $o, toPlatformId: $p, reason: $r) { id status toPlatformId toOrganisationId case { id version } } }`,
  accept: `mutation($id: ID!) { acceptTransfer(transferId: $id) { id status case { id status version platform { id } assignedOrganisation { id } youngPerson { lastName } timeline { kind } } } }`,
  refuse: `mutation($id: ID!, $r: String!) { refuseTransfer(transferId: $id, reason: $r) { id status } }`,
  incoming: `{ incomingTransfers { id case { id } } }`,
  case: `query($id: ID!) { case(id: $id) { id status pendingTransfer { id status } } }`,
  cases: `query($p: ID!) { cases(platformId: $p) { totalCount nodes { id status } } }`,
  cancel: `mutation($id: ID!) { cancelTransfer(transferId: $id) { id status case { id status version pendingTransfer { id } timeline { kind } } } }`,
  outgoing: `{ outgoingTransfers { id status case { id } } }`,
  outgoingNames: `{ outgoingTransfers { id fromPlatform { name } fromOrganisation { name } toPlatform { name } toOrganisation { name } proposedBy { displayName } } }`,
};
type Who = 'referent' | 'vierzon' | 'conseiller' | 'mlds' | 'admin';
const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql(tok[w]!, q, v);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

beforeAll(async () => {
  t = await createTestApp();
  await createCounsellor(t, 'conseiller.mlds@demo.test', 'MLDS du Cher');
  const emails: Record<Who, string> = {
    referent: 'referent@demo.test',
    vierzon: 'referent.vierzon@demo.test',
    conseiller: 'conseiller@demo.test',
    mlds: 'conseiller.mlds@demo.test',
    admin: 'admin@demo.test',
  };
  for (const [w, e] of Object.entries(emails)) tok[w] = await t.login(e);
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzonP = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  id.mlds = await ownerId(t, sql`select id from organisation where name = 'MLDS du Cher'`);
  for (const [k, name] of [
    ['toOrg', 'Orgue'],
    ['toPlatform', 'Plateau'],
    ['race', 'Rallye'],
    ['fresh', 'Frais'],
    ['cancel', 'Annule'],
  ] as const) {
    c[k] = (
      await createCase(t, id.bourges, {
        lastName: name,
        firstNames: 'Test',
        birthDate: '2007-07-07',
        ine: `INE${name}`,
      })
    ).caseId;
  }
  const res = await gql('referent', Q.assign, {
    p: id.bourges,
    cases: [c.toOrg, c.toPlatform, c.race, c.cancel].map((x) => ({ id: x, version: 1 })),
    o: id.ml,
  });
  expect(res.errors).toBeUndefined();
});
afterAll(() => t.close());

describe('transfers', () => {
  it('to another partner: the sender keeps the case until the receiver accepts', async () => {
    const bad = await gql('conseiller', Q.propose, {
      id: c.toOrg,
      v: 2,
      o: id.mlds,
      p: id.vierzonP,
      r: 'Déménagement',
    });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(
      code(await gql('conseiller', Q.propose, { id: c.toOrg, v: 1, o: id.mlds, r: 'Mieux suivi par la MLDS' })),
    ).toBe('CONFLICT');
    expect(code(await gql('referent', Q.propose, { id: c.fresh, v: 1, o: id.mlds, r: 'Pas encore affecté' }))).toBe(
      'CONFLICT',
    );
    const proposed = await gql('conseiller', Q.propose, {
      id: c.toOrg,
      v: 2,
      o: id.mlds,
      r: 'Mieux suivi par la MLDS',
    });
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data.proposeTransfer).toMatchObject({
      status: 'PROPOSE',
      toOrganisationId: id.mlds,
      case: { id: c.toOrg, version: 3 },
    });
    const transferId = proposed.data.proposeTransfer.id;
    expect(code(await gql('conseiller', Q.propose, { id: c.toOrg, v: 3, o: id.mlds, r: 'Encore' }))).toBe('CONFLICT');
    // The sender still has it; the receiver sees it through the pending transfer.
    expect((await gql('conseiller', Q.case, { id: c.toOrg })).data.case).toMatchObject({
      status: 'AFFECTE',
      pendingTransfer: { id: transferId },
    });
    expect((await gql('mlds', Q.incoming)).data.incomingTransfers).toEqual([{ id: transferId, case: { id: c.toOrg } }]);
    expect(code(await gql('conseiller', Q.accept, { id: transferId }))).toBe('FORBIDDEN');
    expect(code(await gql('vierzon', Q.accept, { id: transferId }))).toBe('NOT_FOUND');
    const accepted = await gql('mlds', Q.accept, { id: transferId });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptTransfer).toMatchObject({
      status: 'ACCEPTE',
      case: { status: 'AFFECTE', version: 4, assignedOrganisation: { id: id.mlds } },
    });
    expect((await gql('conseiller', Q.case, { id: c.toOrg })).data.case).toBeNull();
    expect(code(await gql('mlds', Q.accept, { id: transferId }))).toBe('CONFLICT');
  });

  it('refused: nothing moves', async () => {
    const proposed = await gql('referent', Q.propose, {
      id: c.toPlatform,
      v: 2,
      p: id.vierzonP,
      r: 'Déménagement à Vierzon',
    });
    expect(proposed.errors).toBeUndefined();
    const transferId = proposed.data.proposeTransfer.id;
    expect((await gql('vierzon', Q.incoming)).data.incomingTransfers).toEqual([
      { id: transferId, case: { id: c.toPlatform } },
    ]);
    expect(code(await gql('vierzon', Q.refuse, { id: transferId, r: ' ' }))).toBe('BAD_USER_INPUT');
    const refused = await gql('vierzon', Q.refuse, { id: transferId, r: 'Adresse hors bassin' });
    expect(refused.errors).toBeUndefined();
    expect(refused.data.refuseTransfer.status).toBe('REFUSE');
    expect((await gql('vierzon', Q.case, { id: c.toPlatform })).data.case).toBeNull();
    expect((await gql('referent', Q.case, { id: c.toPlatform })).data.case).toMatchObject({
      status: 'AFFECTE',
      pendingTransfer: null,
    });
  });

  it('to another platform: the case, its young person and its history move and appear A_TRAITER there', async () => {
    const proposed = await gql('referent', Q.propose, {
      id: c.toPlatform,
      v: 3,
      p: id.vierzonP,
      r: 'Déménagement à Vierzon',
    });
    const accepted = await gql('vierzon', Q.accept, { id: proposed.data.proposeTransfer.id });
    expect(accepted.errors).toBeUndefined();
    const moved = accepted.data.acceptTransfer.case;
    expect(moved).toMatchObject({
      status: 'A_TRAITER',
      platform: { id: id.vierzonP },
      assignedOrganisation: null,
      youngPerson: { lastName: 'Plateau' },
    });
    expect(moved.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'assign',
      'transfer_proposed',
      'transfer_refused',
      'transfer_proposed',
      'transfer_accepted',
    ]);
    expect((await gql('vierzon', Q.cases, { p: id.vierzonP })).data.cases.nodes).toEqual([
      { id: c.toPlatform, status: 'A_TRAITER' },
    ]);
    expect((await gql('referent', Q.case, { id: c.toPlatform })).data.case).toBeNull();
    expect((await gql('conseiller', Q.case, { id: c.toPlatform })).data.case).toBeNull();
    const [person] = await ownerRows<{ platform_id: string }>(
      t,
      sql`select y.platform_id from young_person y join psad_case c on c.young_person_id = y.id where c.id = ${c.toPlatform}`,
    );
    expect(person!.platform_id).toBe(id.vierzonP);
  });

  it(`two acceptances at once: exactly one wins (${process.env.DATABASE_URL ? 'PostgreSQL, concurrent connections' : 'PGlite, serialised'})`, async () => {
    const proposed = await gql('referent', Q.propose, { id: c.race, v: 2, p: id.vierzonP, r: 'Déménagement' });
    const transferId = proposed.data.proposeTransfer.id;
    const results = await Promise.all([1, 2, 3].map(() => gql('vierzon', Q.accept, { id: transferId })));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => code(r) === 'CONFLICT')).toHaveLength(2);
    const events = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from case_event where case_id = ${c.race} and kind = 'transfer_accepted'`,
    );
    expect(events[0]!.n).toBe(1);
    const audits = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_event where action = 'case.transfer_accept' and subject_id = ${c.race}`,
    );
    expect(audits[0]!.n).toBe(1);
  });

  it('cancelled by the sender: the receiver can no longer accept, and the case stays', async () => {
    const proposed = await gql('conseiller', Q.propose, {
      id: c.cancel,
      v: 2,
      p: id.vierzonP,
      r: 'Déménagement à Vierzon',
    });
    expect(proposed.errors).toBeUndefined();
    const transferId = proposed.data.proposeTransfer.id;
    // Both sides of the sender list it as outgoing; the receiver does not.
    expect((await gql('conseiller', Q.outgoing)).data.outgoingTransfers).toEqual([
      { id: transferId, status: 'PROPOSE', case: { id: c.cancel } },
    ]);
    expect((await gql('referent', Q.outgoing)).data.outgoingTransfers.map((x: { id: string }) => x.id)).toContain(
      transferId,
    );
    expect((await gql('vierzon', Q.outgoing)).data.outgoingTransfers).toEqual([]);
    expect((await gql('conseiller', Q.outgoingNames)).data.outgoingTransfers).toEqual([
      {
        id: transferId,
        fromPlatform: { name: 'PSAD du bassin de Bourges' },
        fromOrganisation: { name: 'Mission Locale de Bourges' },
        toPlatform: { name: 'PSAD du bassin de Vierzon' },
        toOrganisation: null,
        proposedBy: { displayName: expect.any(String) },
      },
    ]);
    expect(code(await gql('vierzon', Q.cancel, { id: transferId }))).toBe('FORBIDDEN');
    expect(code(await gql('conseiller', Q.cancel, { id: 'pas-un-id' }))).toBe('BAD_USER_INPUT');
    const cancelled = await gql('conseiller', Q.cancel, { id: transferId });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data.cancelTransfer).toMatchObject({
      id: transferId,
      status: 'ANNULE',
      case: { id: c.cancel, status: 'AFFECTE', version: 4, pendingTransfer: null },
    });
    expect(cancelled.data.cancelTransfer.case.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'assign',
      'transfer_proposed',
      'transfer_cancelled',
    ]);
    expect((await gql('vierzon', Q.incoming)).data.incomingTransfers.map((x: { id: string }) => x.id)).not.toContain(
      transferId,
    );
    expect((await gql('conseiller', Q.outgoing)).data.outgoingTransfers).toEqual([]);
    // The receiver no longer sees the case at all, so cannot accept it.
    expect(code(await gql('vierzon', Q.accept, { id: transferId }))).toBe('NOT_FOUND');
    expect(code(await gql('conseiller', Q.cancel, { id: transferId }))).toBe('CONFLICT');
    expect((await gql('referent', Q.case, { id: c.cancel })).data.case).toMatchObject({
      status: 'AFFECTE',
      pendingTransfer: null,
    });
    const audits = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_event
           where action = 'case.transfer_cancel' and subject_id = ${transferId} and outcome = 'SUCCESS'`,
    );
    // One cancellation (the refused attempts name the transfer too, as DENIED).
    expect(audits[0]!.n).toBe(1);
  });

  it('a transfer within the platform, cancelled by the referent: the receiving counsellor cannot accept it any more', async () => {
    const proposed = await gql('referent', Q.propose, { id: c.cancel, v: 4, o: id.mlds, r: 'Mieux suivi par la MLDS' });
    expect(proposed.errors).toBeUndefined();
    const transferId = proposed.data.proposeTransfer.id;
    expect(code(await gql('mlds', Q.cancel, { id: transferId }))).toBe('FORBIDDEN');
    expect((await gql('referent', Q.cancel, { id: transferId })).data.cancelTransfer.status).toBe('ANNULE');
    expect(code(await gql('mlds', Q.accept, { id: transferId }))).toBe('NOT_FOUND');
    expect(code(await gql('referent', Q.accept, { id: transferId }))).toBe('CONFLICT');
  });

  it('admins cannot propose', async () => {
    expect(code(await gql('admin', Q.propose, { id: c.fresh, v: 1, o: id.mlds, r: 'Essai' }))).toBe('FORBIDDEN');
  });
});
