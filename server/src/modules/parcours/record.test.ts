import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { loadActor } from '../../core/auth/authenticate.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';
import {
  M,
  Q,
  auditEvents,
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

/** The plan d'action partagé, the competences, the consents and the synthèses of one PA (and a second PA, for what must not cross). */

let t: TestApp;
let d: Demo;
let personId: string;
let otherPersonId: string;
const member: Record<'social' | 'ccas' | 'hopital' | 'otherSocial', string> = {} as never;

beforeAll(async () => {
  t = await createTestApp();
  d = await demo(t);
  const created = ok(
    await as('social', M.create, { p: personInput(), o: d.org.social, m: 'Accompagnement social global' }),
    'createAccompaniedPerson',
  );
  personId = created.id;
  member.social = created.members[0]!.id;
  for (const [who, org] of [
    ['ccas', d.org.ccas],
    ['hopital', d.org.hopital],
  ] as const) {
    member[who] = ok(
      await as('social', M.addMember, {
        i: { personId, userId: d.user[who], organisationId: org, mission: 'Accompagnement', since: parisDay(-30) },
      }),
      'addAccompanimentMember',
    ).id;
  }
  const other = ok(
    await as('social', M.create, {
      p: personInput({ lastName: 'Durand', firstNames: 'Paul', email: null }),
      o: d.org.social,
      m: 'Accueil',
    }),
    'createAccompaniedPerson',
  );
  otherPersonId = other.id;
  member.otherSocial = other.members[0]!.id;
});
afterAll(() => t.close());

const as = (who: Who, query: string, variables: Record<string, unknown> = {}) => t.gql(d.token[who], query, variables);
const person = async (who: Who = 'social', id = personId) => ok(await as(who, Q.person, { id }), 'accompaniedPerson');
const NO_REFERENCE = "Le plan d'action se construit autour d'une référence active.";

describe('the plan d’action partagé', () => {
  let goalId: string;
  let actionId: string;

  it('is refused without an active reference, also while one is only proposed (CONFLICT, nothing written)', async () => {
    const before = await parcoursFingerprint(t);
    const res = await as('social', M.goal, { p: personId, t: 'LOGEMENT', title: 'Accéder à un logement autonome' });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe(NO_REFERENCE);
    expect(await parcoursFingerprint(t)).toEqual(before);
    const proposed = ok(await as('social', M.propose, { p: personId }), 'proposeReference');
    expect(code(await as('social', M.goal, { p: personId, t: 'LOGEMENT', title: 'Logement' }))).toBe('CONFLICT');
    ok(
      await as('social', M.decide, {
        i: { type: 'ACCEPT', referenceId: proposed.id, version: 1, referentMemberId: member.ccas },
      }),
      'decideReference',
    );
  });

  it('is built around the active reference: goals by theme, actions with who, when and where they stand', async () => {
    const goal = ok(
      await as('social', M.goal, { p: personId, t: 'LOGEMENT', title: 'Accéder à un logement autonome' }),
      'addPlanGoal',
    );
    expect(goal).toMatchObject({ theme: 'LOGEMENT', title: 'Accéder à un logement autonome', actions: [] });
    goalId = goal.id;
    const action = ok(
      await as('ccas', M.action, {
        i: { goalId, title: 'Déposer une demande de logement social', memberId: member.ccas, dueDate: parisDay(30) },
      }),
      'addPlanAction',
    );
    expect(action).toMatchObject({
      status: 'EN_PROJET',
      version: 1,
      byPerson: false,
      dueDate: parisDay(30),
      member: { id: member.ccas },
    });
    actionId = action.id;
    ok(
      await as('social', M.action, {
        i: { goalId, title: 'Rassembler les justificatifs', byPerson: true, status: 'EN_COURS' },
      }),
      'addPlanAction',
    );
    const { goals } = await person('hopital');
    expect(goals).toMatchObject([
      {
        id: goalId,
        theme: 'LOGEMENT',
        actions: [
          { id: actionId, member: { id: member.ccas, displayName: 'Chloé Ccas' } },
          { title: 'Rassembler les justificatifs', byPerson: true, status: 'EN_COURS', member: null },
        ],
      },
    ]);
    const [event] = await auditEvents(t, 'parcours.action_add', personId);
    expect(event!.details).toEqual({ goalId, actionId, status: 'EN_PROJET' });
  });

  it('an action is done by an intervenant of this PA’s list only; bad input names the field; nothing written', async () => {
    const before = await parcoursFingerprint(t);
    expect(
      fieldsOf(await as('social', M.action, { i: { goalId, title: 'Action', memberId: member.otherSocial } })),
    ).toEqual(['input.memberId']);
    expect(fieldsOf(await as('social', M.action, { i: { goalId, title: ' ' } }))).toEqual(['input.title']);
    expect(fieldsOf(await as('social', M.goal, { p: personId, t: 'LOGEMENT', title: '' }))).toEqual(['title']);
    expect(
      code(await as('social', M.action, { i: { goalId: '00000000-0000-4000-8000-000000000000', title: 'Action' } })),
    ).toBe('NOT_FOUND');
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('an action is updated with the version read (null clears the due date); a stale version is a CONFLICT', async () => {
    const updated = ok(
      await as('hopital', M.updateAction, {
        i: { id: actionId, version: 1, status: 'EN_COURS', dueDate: null, memberId: member.hopital },
      }),
      'updatePlanAction',
    );
    expect(updated).toMatchObject({
      version: 2,
      status: 'EN_COURS',
      dueDate: null,
      member: { id: member.hopital },
      title: 'Déposer une demande de logement social',
    });
    const [event] = await auditEvents(t, 'parcours.action_update', personId);
    expect(event!.details).toEqual({ actionId, fields: ['memberId', 'dueDate', 'status'], status: 'EN_COURS' });
    const before = await parcoursFingerprint(t);
    expect(code(await as('social', M.updateAction, { i: { id: actionId, version: 1, status: 'REALISEE' } }))).toBe(
      'CONFLICT',
    );
    expect(
      fieldsOf(await as('social', M.updateAction, { i: { id: actionId, version: 2, memberId: member.otherSocial } })),
    ).toEqual(['input.memberId']);
    expect(await parcoursFingerprint(t)).toEqual(before);
  });

  it('an intervenant of another PA does not reach this plan', async () => {
    // hopital@ is on the first PA's list only: the second PA's goal is out of its reach.
    ok(
      await as('social', M.addMember, {
        i: {
          personId: otherPersonId,
          userId: d.user.ccas,
          organisationId: d.org.ccas,
          mission: 'Accueil',
          since: parisDay(-5),
        },
      }),
      'addAccompanimentMember',
    );
    expect(code(await as('hopital', M.goal, { p: otherPersonId, t: 'EMPLOI', title: 'Emploi' }))).toBe('NOT_FOUND');
    expect(code(await as('ccas', M.goal, { p: otherPersonId, t: 'EMPLOI', title: 'Emploi' }))).toBe('CONFLICT');
  });
});

describe('potentials and competences', () => {
  it('are added with or without a reference, and removed for good', async () => {
    const added = ok(
      await as('social', M.addCompetence, { p: otherPersonId, k: 'POTENTIEL', l: 'Aisance relationnelle' }),
      'addCompetence',
    );
    ok(await as('social', M.addCompetence, { p: otherPersonId, k: 'COMPETENCE', l: 'Permis B' }), 'addCompetence');
    expect((await person('social', otherPersonId)).competences).toEqual([
      { id: expect.any(String), kind: 'COMPETENCE', label: 'Permis B' },
      { id: added.id, kind: 'POTENTIEL', label: 'Aisance relationnelle' },
    ]);
    expect(ok(await as('social', M.removeCompetence, { id: added.id }), 'removeCompetence')).toBe(true);
    expect(await ownerRows(t, sql`select id from competence where id = ${added.id}`)).toEqual([]);
    expect(code(await as('social', M.removeCompetence, { id: added.id }))).toBe('NOT_FOUND');
    expect(fieldsOf(await as('social', M.addCompetence, { p: otherPersonId, k: 'COMPETENCE', l: ' ' }))).toEqual([
      'label',
    ]);
    const [event] = await auditEvents(t, 'parcours.competence_remove', otherPersonId);
    expect(event!.details).toEqual({ competenceId: added.id, kind: 'POTENTIEL' });
  });
});

describe('consents', () => {
  let information: string;

  it('are recorded with who recorded them; the same one, still valid, is not recorded twice', async () => {
    const given = ok(
      await as('social', M.consent, {
        i: { personId, kind: 'INFORMATION_TRAITEMENT', givenAt: '2026-01-05T09:30:00Z' },
      }),
      'recordConsent',
    );
    expect(given).toMatchObject({
      kind: 'INFORMATION_TRAITEMENT',
      givenAt: '2026-01-05T09:30:00.000Z',
      withdrawnAt: null,
      active: true,
      recordedBy: { id: d.user.social },
      member: null,
      meeting: null,
    });
    information = given.id;
    const before = await parcoursFingerprint(t);
    expect(code(await as('ccas', M.consent, { i: { personId, kind: 'INFORMATION_TRAITEMENT' } }))).toBe('CONFLICT');
    expect(await parcoursFingerprint(t)).toEqual(before);
    const [event] = await auditEvents(t, 'parcours.consent_record', personId);
    expect(event!.details).toEqual({ consentId: information, kind: 'INFORMATION_TRAITEMENT' });
  });

  it('a withdrawal is a date: the consent stays in the history; withdrawn twice is a CONFLICT; a new one may follow', async () => {
    const withdrawn = ok(await as('ccas', M.withdraw, { id: information }), 'withdrawConsent');
    expect(withdrawn).toMatchObject({
      id: information,
      active: false,
      withdrawnAt: expect.any(String),
      givenAt: '2026-01-05T09:30:00.000Z',
    });
    expect(await ownerRows(t, sql`select withdrawn_by from consent where id = ${information}`)).toEqual([
      { withdrawn_by: d.user.ccas },
    ]);
    expect(code(await as('social', M.withdraw, { id: information }))).toBe('CONFLICT');
    ok(await as('social', M.consent, { i: { personId, kind: 'INFORMATION_TRAITEMENT' } }), 'recordConsent');
    const consents = (await person()).consents.filter((c: { kind: string }) => c.kind === 'INFORMATION_TRAITEMENT');
    expect(consents.map((c: { active: boolean }) => c.active)).toEqual([true, false]);
    const [event] = await auditEvents(t, 'parcours.consent_withdraw', personId);
    expect(event).toMatchObject({
      actor_id: d.user.ccas,
      details: { consentId: information, kind: 'INFORMATION_TRAITEMENT' },
    });
  });

  it('a document share names a document of this PA’s locker and an intervenant of its list', async () => {
    const document = (owner: string, key: string) =>
      ownerId(
        t,
        sql`insert into locker_document (person_id, title, category, content_type, size_bytes, storage_key, wrapped_key, iv, auth_tag, key_id, uploaded_by)
          values (${owner}, 'Attestation CAF', 'ATTESTATION', 'application/pdf', 1024, ${key}, '\\x00'::bytea, '\\x00'::bytea, '\\x00'::bytea, 'test', ${d.user.social}) returning id`,
      );
    const mine = await document(personId, 'test/one');
    const theirs = await document(otherPersonId, 'test/two');
    const before = await parcoursFingerprint(t);
    const bad = async (input: Record<string, unknown>, paths: string[]) =>
      expect(fieldsOf(await as('social', M.consent, { i: { personId, kind: 'PARTAGE_DOCUMENT', ...input } }))).toEqual(
        paths,
      );
    await bad({}, ['input.documentId', 'input.memberId']);
    await bad({ documentId: theirs, memberId: member.hopital }, ['input.documentId']);
    await bad({ documentId: mine, memberId: member.otherSocial }, ['input.memberId']);
    await bad({ documentId: mine, memberId: member.hopital, givenAt: '2099-01-01T00:00:00Z' }, ['input.givenAt']);
    expect(await parcoursFingerprint(t)).toEqual(before);
    const share = ok(
      await as('social', M.consent, {
        i: { personId, kind: 'PARTAGE_DOCUMENT', documentId: mine, memberId: member.hopital },
      }),
      'recordConsent',
    );
    expect(share).toMatchObject({ kind: 'PARTAGE_DOCUMENT', active: true, member: { id: member.hopital } });
    const listed = (await person()).consents.find((c: { id: string }) => c.id === share.id);
    expect(listed!.document).toEqual({ id: mine });
    expect(
      code(
        await as('social', M.consent, {
          i: { personId, kind: 'PARTAGE_DOCUMENT', documentId: mine, memberId: member.hopital },
        }),
      ),
    ).toBe('CONFLICT');
    const [event] = (await auditEvents(t, 'parcours.consent_record', personId)).slice(-1);
    expect(event!.details).toEqual({
      consentId: share.id,
      kind: 'PARTAGE_DOCUMENT',
      documentId: mine,
      memberId: member.hopital,
    });
    // The PA withdraws the share: a date on the consent, which the download checks.
    expect(ok(await as('social', M.withdraw, { id: share.id }), 'withdrawConsent')).toMatchObject({ active: false });
  });

  it('row-level security refuses deleting a consent to anyone, even listed', async () => {
    const actor = (await loadActor(t.database.db, d.user.social, 'token'))!;
    const err = await withActorTx(t.database.db, actor, 'write', (tx) => tx.execute(sql`delete from consent`)).then(
      () => 'no error',
      (e: { code?: string; cause?: { code?: string } }) => (e.cause ?? e).code ?? 'error',
    );
    expect(err).toBe('42501');
  });
});

describe('synthèses', () => {
  let meeting: { id: string; version: number };
  const participation = (who: Who, participates: boolean, version = meeting.version) =>
    as(who, M.participation, { m: meeting.id, v: version, p: participates });

  it('are held around an active reference only', async () => {
    const res = await as('social', M.schedule, {
      i: {
        personId: otherPersonId,
        scheduledAt: '2030-03-01T09:00:00Z',
        requestedBy: 'PA',
        participantMemberIds: [member.otherSocial],
        subject: 'Point',
      },
    });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors![0]!.message).toBe("Une synthèse se tient autour d'une référence active.");
  });

  it('gather intervenants of the list, on the request of the PA or the referent; the PA does not take part yet', async () => {
    const before = await parcoursFingerprint(t);
    const input = {
      personId,
      scheduledAt: '2030-03-01T09:00:00Z',
      requestedBy: 'PA',
      participantMemberIds: [member.ccas, member.otherSocial],
      subject: 'Point logement',
    };
    expect(fieldsOf(await as('social', M.schedule, { i: input }))).toEqual(['input.participantMemberIds.1']);
    expect(fieldsOf(await as('social', M.schedule, { i: { ...input, participantMemberIds: [] } }))).toEqual([
      'input.participantMemberIds',
    ]);
    expect(await parcoursFingerprint(t)).toEqual(before);
    const scheduled = ok(
      await as('social', M.schedule, { i: { ...input, participantMemberIds: [member.ccas, member.hopital] } }),
      'scheduleSynthese',
    );
    expect(scheduled).toMatchObject({
      subject: 'Point logement',
      requestedBy: 'PA',
      scheduledAt: '2030-03-01T09:00:00.000Z',
      paAgreed: false,
      paParticipates: false,
      version: 1,
      participants: expect.arrayContaining([
        { agreedToPaPresence: false, member: { id: member.ccas, displayName: 'Chloé Ccas' } },
        { agreedToPaPresence: false, member: { id: member.hopital, displayName: 'Hugo Hôpital' } },
      ]),
    });
    meeting = { id: scheduled.id, version: 1 };
  });

  it('the PA takes part only once the PA’s agreement and every participant’s are recorded (CONFLICT with what is missing)', async () => {
    const refusal = async (message: string) => {
      const before = await parcoursFingerprint(t);
      const res = await participation('social', true);
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors![0]!.message).toBe(message);
      expect(await parcoursFingerprint(t)).toEqual(before);
    };
    await refusal(
      "La personne ne peut participer à la synthèse sans l'accord de la personne et l'accord de 2 intervenants.",
    );

    const consent = ok(
      await as('social', M.consent, { i: { personId, kind: 'PARTICIPATION_SYNTHESE', meetingId: meeting.id } }),
      'recordConsent',
    );
    expect(consent).toMatchObject({ meeting: { id: meeting.id }, active: true });
    expect(fieldsOf(await as('social', M.consent, { i: { personId, kind: 'PARTICIPATION_SYNTHESE' } }))).toEqual([
      'input.meetingId',
    ]);
    await refusal("La personne ne peut participer à la synthèse sans l'accord de 2 intervenants.");

    const agreed = ok(await as('ccas', M.agree, { m: meeting.id, member: member.ccas }), 'recordSyntheseAgreement');
    expect(agreed.paAgreed).toBe(true);
    expect(
      agreed.participants.find((p: { member: { id: string } }) => p.member.id === member.ccas)!.agreedToPaPresence,
    ).toBe(true);
    expect(code(await as('ccas', M.agree, { m: meeting.id, member: member.ccas }))).toBe('CONFLICT');
    expect(fieldsOf(await as('social', M.agree, { m: meeting.id, member: member.social }))).toEqual(['memberId']);
    await refusal("La personne ne peut participer à la synthèse sans l'accord de 1 intervenant.");

    ok(await as('social', M.agree, { m: meeting.id, member: member.hopital }), 'recordSyntheseAgreement');
    expect(code(await participation('social', true, 2))).toBe('CONFLICT');
    const set = ok(await participation('social', true), 'setSynthesePaParticipation');
    expect(set).toMatchObject({ paParticipates: true, paAgreed: true, version: 2 });
    meeting.version = 2;
    const [event] = await auditEvents(t, 'parcours.synthese_participation', personId);
    expect(event!.details).toEqual({ meetingId: meeting.id, participates: true });
  });

  it('withdrawing the PA’s agreement before the meeting withdraws its participation', async () => {
    const [consent] = await ownerRows<{ id: string }>(
      t,
      sql`select id from consent where meeting_id = ${meeting.id} and withdrawn_at is null`,
    );
    ok(await as('social', M.withdraw, { id: consent!.id }), 'withdrawConsent');
    const after = (await person()).syntheses.find((s: { id: string }) => s.id === meeting.id);
    expect(after).toMatchObject({ paAgreed: false, paParticipates: false, version: 3 });
    meeting.version = 3;
    expect((await auditEvents(t, 'parcours.consent_withdraw', personId)).at(-1)!.details).toEqual({
      consentId: consent!.id,
      kind: 'PARTICIPATION_SYNTHESE',
      paParticipationWithdrawn: true,
    });
    expect(code(await participation('social', true))).toBe('CONFLICT');
    // Taking the PA out needs no agreement.
    expect(ok(await participation('social', false), 'setSynthesePaParticipation')).toMatchObject({
      paParticipates: false,
      version: 4,
    });
    meeting.version = 4;
  });

  it('a synthèse already held keeps who took part when the agreement is withdrawn afterwards', async () => {
    const held = ok(
      await as('social', M.schedule, {
        i: {
          personId,
          scheduledAt: '2025-06-01T09:00:00Z',
          requestedBy: 'REFERENT',
          participantMemberIds: [member.ccas],
          subject: 'Bilan',
        },
      }),
      'scheduleSynthese',
    );
    const consent = ok(
      await as('social', M.consent, { i: { personId, kind: 'PARTICIPATION_SYNTHESE', meetingId: held.id } }),
      'recordConsent',
    );
    ok(await as('ccas', M.agree, { m: held.id, member: member.ccas }), 'recordSyntheseAgreement');
    ok(await as('social', M.participation, { m: held.id, v: 1, p: true }), 'setSynthesePaParticipation');
    ok(await as('social', M.withdraw, { id: consent.id }), 'withdrawConsent');
    const after = (await person()).syntheses.find((s: { id: string }) => s.id === held.id);
    expect(after).toMatchObject({ paAgreed: false, paParticipates: true, version: 2 });
  });

  it('notes and decisions are recorded with the version read; the audit names the fields only', async () => {
    const recorded = ok(
      await as('ccas', M.outcome, {
        m: meeting.id,
        v: meeting.version,
        n: 'La personne souhaite un T2 près de son travail',
        d: 'Dossier DALO à constituer',
      }),
      'recordSyntheseOutcome',
    );
    expect(recorded).toMatchObject({
      notes: 'La personne souhaite un T2 près de son travail',
      decisions: 'Dossier DALO à constituer',
      version: meeting.version + 1,
    });
    const before = await parcoursFingerprint(t);
    expect(code(await as('ccas', M.outcome, { m: meeting.id, v: meeting.version, n: 'Écrasé', d: '' }))).toBe(
      'CONFLICT',
    );
    expect(
      fieldsOf(await as('ccas', M.outcome, { m: meeting.id, v: meeting.version + 1, n: 'x'.repeat(10_001), d: '' })),
    ).toEqual(['notes']);
    expect(await parcoursFingerprint(t)).toEqual(before);
    const [event] = await auditEvents(t, 'parcours.synthese_outcome', personId);
    expect(event!.details).toEqual({ meetingId: meeting.id, fields: ['notes', 'decisions'] });
  });

  it('a meeting of another PA is not a consent’s meeting; a meeting of a PA one is not listed on is NOT_FOUND', async () => {
    expect(
      fieldsOf(
        await as('social', M.consent, {
          i: { personId: otherPersonId, kind: 'PARTICIPATION_SYNTHESE', meetingId: meeting.id },
        }),
      ),
    ).toEqual(['input.meetingId']);
    await ownerRows(t, sql`update accompaniment_member set until = ${parisDay(-1)} where id = ${member.hopital}`);
    expect(code(await as('hopital', M.agree, { m: meeting.id, member: member.hopital }))).toBe('NOT_FOUND');
    expect(code(await as('hopital', M.outcome, { m: meeting.id, v: meeting.version + 1, n: '', d: '' }))).toBe(
      'NOT_FOUND',
    );
  });
});
