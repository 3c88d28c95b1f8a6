import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { ownerRows } from '../psad/cases/test-fixtures.js';
import {
  M,
  Q,
  auditEvents,
  auditOf,
  code,
  demo,
  fieldsOf,
  ok,
  parcoursFingerprint,
  parisDay,
  personInput,
  type Demo,
  type Who,
} from './test-fixtures.js';

let t: TestApp;
let d: Demo;
let personId: string;
const member: Record<'social' | 'ccas' | 'hopital', string> = {} as never;
/** The reference the scenario below carries through its life. */
let ref: { id: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  d = await demo(t);
  const created = ok(
    await as('social', M.create, { p: personInput(), o: d.org.social, m: 'Accompagnement social global' }),
    'createAccompaniedPerson',
  );
  personId = created.id;
  member.social = created.members[0]!.id;
});
afterAll(() => t.close());

const as = (who: Who, query: string, variables: Record<string, unknown> = {}) => t.gql(d.token[who], query, variables);
const decide = (who: Who, input: Record<string, unknown>) =>
  as(who, M.decide, { i: { referenceId: ref.id, version: ref.version, ...input } });
const person = async (who: Who = 'social') => ok(await as(who, Q.person, { id: personId }), 'accompaniedPerson');

describe('proposing a reference', () => {
  it('is refused while the PA has a single intervenant (CONFLICT, the rule in French, nothing written)', async () => {
    const before = await parcoursFingerprint(t);
    const res = await as('social', M.propose, { p: personId });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe(
      'Une référence se propose à une personne accompagnée par au moins 2 intervenants.',
    );
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('an entry no longer current does not count', async () => {
    ok(
      await as('social', M.addMember, {
        i: {
          personId,
          professionalName: 'Mme Ancienne',
          organisationId: d.org.caf,
          mission: 'Suivi',
          since: parisDay(-90),
          until: parisDay(-30),
        },
      }),
      'addAccompanimentMember',
    );
    expect(code(await as('social', M.propose, { p: personId }))).toBe('CONFLICT');
  });

  it('is made once the list holds several intervenants, with the history started and the next steps', async () => {
    for (const [who, org] of [
      ['ccas', d.org.ccas],
      ['hopital', d.org.hopital],
    ] as const) {
      const entry = ok(
        await as('social', M.addMember, {
          i: { personId, userId: d.user[who], organisationId: org, mission: 'Accompagnement', since: parisDay(-30) },
        }),
        'addAccompanimentMember',
      );
      member[who] = entry.id;
    }
    const proposed = ok(
      await as('social', M.propose, { p: personId, c: 'Proposée lors de l’entretien du jour' }),
      'proposeReference',
    );
    expect(proposed).toMatchObject({
      status: 'PROPOSEE',
      version: 1,
      allowedActions: ['ACCEPT', 'REFUSE', 'SANS_SUITE'],
      referent: null,
      chosenAt: null,
      comment: 'Proposée lors de l’entretien du jour',
      proposedBy: { id: d.user.social, displayName: 'Sophie Sociale' },
      history: [
        {
          action: 'PROPOSE',
          fromStatus: null,
          toStatus: 'PROPOSEE',
          by: { id: d.user.social },
          referent: null,
          comment: 'Proposée lors de l’entretien du jour',
        },
      ],
    });
    ref = { id: proposed.id, version: 1 };
    const [event] = await auditEvents(t, 'parcours.reference_propose', personId);
    expect(event).toMatchObject({ actor_id: d.user.social, details: { referenceId: ref.id, intervenants: 3 } });
    expect((await person()).reference).toMatchObject({ id: ref.id, status: 'PROPOSEE' });
  });

  it('a second open reference is refused', async () => {
    const before = await parcoursFingerprint(t);
    const res = await as('ccas', M.propose, { p: personId });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe('Une référence est déjà proposée ou active pour cette personne.');
    expect(await parcoursFingerprint(t)).toEqual(before);
  });
});

describe('the PA’s choice and the life of the reference', () => {
  it('each step names what it needs: the referent chosen, the motive, the reason (BAD_USER_INPUT, nothing written)', async () => {
    const before = await parcoursFingerprint(t);
    expect(fieldsOf(await decide('social', { type: 'ACCEPT' }))).toEqual(['input.referentMemberId']);
    expect(fieldsOf(await decide('social', { type: 'SANS_SUITE' }))).toEqual(['input.motive']);
    expect(fieldsOf(await decide('social', { type: 'END' }))).toEqual(['input.reason']);
    expect(fieldsOf(await decide('social', { type: 'ACCEPT', referentMemberId: 'pas-un-id' }))).toEqual([
      'input.referentMemberId',
    ]);
    expect(fieldsOf(await decide('social', { type: 'REFUSE', version: 0 }))).toEqual(['input.version']);
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('the referent is chosen among the current intervenants only', async () => {
    const [former] = await ownerRows<{ id: string }>(
      t,
      sql`select id from accompaniment_member where professional_name = 'Mme Ancienne'`,
    );
    const res = await decide('social', { type: 'ACCEPT', referentMemberId: former!.id });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe(
      "Le référent est choisi parmi les intervenants actuels de la liste d'accompagnement.",
    );
  });

  it('the PA chooses another intervenant than the one who proposed: ACCEPTEE, that intervenant referent', async () => {
    const accepted = ok(
      await decide('social', { type: 'ACCEPT', referentMemberId: member.hopital }),
      'decideReference',
    );
    expect(accepted).toMatchObject({
      status: 'ACCEPTEE',
      version: 2,
      allowedActions: ['CHANGE_REFERENT', 'END'],
      referent: { id: member.hopital, displayName: 'Hugo Hôpital' },
      chosenAt: expect.any(String),
      history: [
        { action: 'PROPOSE' },
        {
          action: 'ACCEPT',
          fromStatus: 'PROPOSEE',
          toStatus: 'ACCEPTEE',
          referent: { id: member.hopital },
          by: { id: d.user.social },
        },
      ],
    });
    ref.version = 2;
    const members = (await person('hopital')).members;
    expect(members.filter((m) => m.isReferent).map((m) => m.id)).toEqual([member.hopital]);
    const [event] = await auditEvents(t, 'parcours.reference_decide', personId);
    expect(event!.details).toEqual({
      referenceId: ref.id,
      step: 'ACCEPT',
      from: 'PROPOSEE',
      to: 'ACCEPTEE',
      referentMemberId: member.hopital,
    });
  });

  it('a stale version is a CONFLICT, and so is a step the state does not allow (the machine’s reason); nothing written', async () => {
    const before = await parcoursFingerprint(t);
    const stale = await decide('social', { type: 'END', reason: 'CHOIX_PA', version: 1 });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toMatch(/^La référence a été modifié/);
    const refuse = await decide('social', { type: 'REFUSE' });
    expect(code(refuse)).toBe('CONFLICT');
    expect(refuse.errors![0]!.message).toBe("Impossible : le refus n'est pas possible pour une référence active.");
    const same = await decide('social', { type: 'CHANGE_REFERENT', referentMemberId: member.hopital });
    expect(same.errors![0]!.message).toBe('Cet intervenant est déjà le référent.');
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('the referent’s entry cannot end while the reference is active: change the referent or end the reference first', async () => {
    const before = await parcoursFingerprint(t);
    const res = await as('social', M.endMember, { id: member.hopital, u: parisDay(0) });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toMatch(
      /référent de la référence active : changez de référent ou terminez la référence/,
    );
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('the PA changes referent (recorded by another intervenant): the new one is referent, the former one may leave the list', async () => {
    const changed = ok(
      await decide('ccas', { type: 'CHANGE_REFERENT', referentMemberId: member.ccas }),
      'decideReference',
    );
    expect(changed).toMatchObject({ status: 'ACCEPTEE', version: 3, referent: { id: member.ccas } });
    expect(changed.history.map((e: { action: string }) => e.action)).toEqual(['PROPOSE', 'ACCEPT', 'CHANGE_REFERENT']);
    expect(changed.history[2]).toMatchObject({
      fromStatus: 'ACCEPTEE',
      toStatus: 'ACCEPTEE',
      referent: { id: member.ccas },
      by: { id: d.user.ccas },
    });
    ref.version = 3;
    ok(await as('hopital', M.endMember, { id: member.hopital, u: parisDay(-1) }), 'endAccompanimentMember');
    // hopital@ is off the list: the reference is out of its reach (NOT_FOUND, the attempt recorded).
    const res = await decide('hopital', { type: 'END', reason: 'CHOIX_PA' });
    expect(code(res)).toBe('NOT_FOUND');
    expect(await auditOf(t, res.errors![0]!.extensions.requestId)).toEqual([
      {
        action: 'parcours.reference_decide',
        outcome: 'DENIED',
        subject_type: 'parcours_reference',
        subject_id: ref.id,
        details: { policy: 'not-on-list' },
      },
    ]);
  });

  it('the reference ends with a reason: TERMINEE, no referent any more, the one who was in the history', async () => {
    const ended = ok(
      await decide('social', { type: 'END', reason: 'FIN_DES_BESOINS', comment: 'Relogement obtenu, suivi allégé' }),
      'decideReference',
    );
    expect(ended).toMatchObject({
      status: 'TERMINEE',
      version: 4,
      allowedActions: [],
      referent: null,
      endReason: 'FIN_DES_BESOINS',
      endedAt: expect.any(String),
      comment: 'Relogement obtenu, suivi allégé',
    });
    expect(ended.history.at(-1)).toMatchObject({
      action: 'END',
      fromStatus: 'ACCEPTEE',
      toStatus: 'TERMINEE',
      endReason: 'FIN_DES_BESOINS',
      referent: { id: member.ccas },
    });
    const events = await auditEvents(t, 'parcours.reference_decide', personId);
    expect(events.at(-1)!.details).toEqual({
      referenceId: ref.id,
      step: 'END',
      from: 'ACCEPTEE',
      to: 'TERMINEE',
      reason: 'FIN_DES_BESOINS',
    });
    expect(JSON.stringify(events)).not.toMatch(/Relogement/);
    const after = await person();
    expect(after.reference).toBeNull();
    expect(after.members.some((m) => m.isReferent)).toBe(false);
  });
});

describe('after an ended reference', () => {
  it('a new one may be proposed; classée sans suite for another motive only with an explanation', async () => {
    const proposed = ok(await as('ccas', M.propose, { p: personId }), 'proposeReference');
    ref = { id: proposed.id, version: 1 };
    const before = await parcoursFingerprint(t);
    const silent = await decide('ccas', { type: 'SANS_SUITE', motive: 'AUTRE' });
    expect(code(silent)).toBe('CONFLICT');
    expect(silent.errors![0]!.message).toBe('Un classement sans suite pour un autre motif doit être expliqué.');
    expect(code(await decide('ccas', { type: 'SANS_SUITE', motive: 'AUTRE', comment: '   ' }))).toBe('CONFLICT');
    expect(await parcoursFingerprint(t)).toEqual(before);
    const closed = ok(
      await decide('ccas', {
        type: 'SANS_SUITE',
        motive: 'AUTRE',
        comment: 'La personne déménage hors du département',
      }),
      'decideReference',
    );
    expect(closed).toMatchObject({
      status: 'SANS_SUITE',
      sansSuiteMotive: 'AUTRE',
      referent: null,
      allowedActions: [],
      endedAt: expect.any(String),
    });
    expect(closed.history.at(-1)).toMatchObject({
      action: 'SANS_SUITE',
      motive: 'AUTRE',
      comment: 'La personne déménage hors du département',
    });
  });

  it('a PA may refuse; every reference stays in the record, latest first', async () => {
    const proposed = ok(await as('social', M.propose, { p: personId }), 'proposeReference');
    ref = { id: proposed.id, version: 1 };
    expect(ok(await decide('social', { type: 'REFUSE' }), 'decideReference')).toMatchObject({
      status: 'REFUSEE',
      version: 2,
    });
    const { references, reference } = await person();
    expect(reference).toBeNull();
    expect(references.map((r: { status: string }) => r.status)).toEqual(['REFUSEE', 'SANS_SUITE', 'TERMINEE']);
  });

  it('the history cannot be rewritten, even by a listed intervenant through row-level security', async () => {
    const { loadActor } = await import('../../core/auth/authenticate.js');
    const { withActorTx } = await import('../../core/db/actor-tx.js');
    const actor = (await loadActor(t.database.db, d.user.social, 'token'))!;
    for (const q of [sql`update reference_event set comment = 'réécrit'`, sql`delete from reference_event`]) {
      const err = await withActorTx(t.database.db, actor, 'write', (tx) => tx.execute(q)).then(
        () => 'no error',
        (e: { code?: string; cause?: { code?: string } }) => (e.cause ?? e).code ?? 'error',
      );
      expect(err).toBe('42501');
    }
  });
});
