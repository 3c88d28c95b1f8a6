import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { loadActor } from '../../../core/auth/authenticate.js';
import { withActorTx } from '../../../core/db/actor-tx.js';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';
import { raiseContractEvaluationReminders } from './reminders.js';
import { contractStatsByZone } from './service.js';

let t: TestApp;
type Who = 'director' | 'agent' | 'seraing' | 'athenee' | 'laveu' | 'dco' | 'analyst';
const EMAILS: Record<Who, string> = {
  director: 'direction.cpms@demo.test',
  agent: 'agent.cpms@demo.test',
  seraing: 'direction.seraing@demo.test',
  athenee: 'direction.ecole@demo.test',
  laveu: 'direction.laveu@demo.test',
  dco: 'dco@demo.test',
  analyst: 'analyste@demo.test',
};
const tok = {} as Record<Who, string>;
const user = {} as Record<Who, string>;
const id: Record<string, string> = {};

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql<Record<string, any>>(tok[w], q, v); // eslint-disable-line @typescript-eslint/no-explicit-any
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const fields = (res: { errors?: { extensions: { fields?: { path: string }[] } }[] }) =>
  res.errors?.[0]?.extensions.fields?.map((f) => f.path);

const CONTRACT = `id status version canEdit textEditable steps canSignAs canLogExchange
  school { id name } cpms { id name } plan { id title endEvaluationOn }
  objectives { code wording } indicators { label baseline target reached achieved }
  signatures { party signerName } evaluationDue { dueOn daysLeft announced }
  exchanges { id subject } concertations { id title }`;
const Q = {
  plans: `{ cpmsSchoolPlans { id title school { name } canEdit canDraftContract contracts { id } } }`,
  contracts: `query($s: CpmsContractStatus, $d: Boolean) { cpmsContracts(status: $s, evaluationDue: $d) { ${CONTRACT} } }`,
  contract: `query($id: ID!) { cpmsContract(id: $id) { ${CONTRACT} } }`,
  create: `mutation($i: CreateCpmsContractInput!) { createCpmsContract(input: $i) { ${CONTRACT} } }`,
  step: `mutation($i: CpmsContractStepInput!) { stepCpmsContract(input: $i) { ${CONTRACT} } }`,
  sign: `mutation($i: SignCpmsContractInput!) { signCpmsContract(input: $i) { ${CONTRACT} } }`,
  exchange: `mutation($i: LogCpmsExchangeInput!) { logCpmsExchange(input: $i) { id subject } }`,
  concertation: `mutation($i: ScheduleCpmsConcertationInput!) { scheduleCpmsConcertation(input: $i) { id title } }`,
};

async function asUser<R extends Record<string, unknown>>(who: Who, q: ReturnType<typeof sql>) {
  const actor = (await loadActor(t.database.db, user[who], 'token'))!;
  return withActorTx(t.database.db, actor, 'read', async (tx) => (await tx.execute<R>(q)).rows);
}

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off', LOG_LEVEL: process.env.DEBUG_LOG ? 'error' : 'silent' });
  id.centre = await ownerId(t, sql`select id from organisation where name = 'Centre PMS de Liège 1'`);
  id.athenee = await ownerId(t, sql`select id from organisation where name = 'Athénée royal Liège 1'`);
  id.laveu = await ownerId(t, sql`select id from organisation where name = 'École fondamentale du Laveu'`);
  id.atheneePlan = await ownerId(t, sql`select id from cpms_school_plan where school_id = ${id.athenee}`);
  id.laveuContract = await ownerId(t, sql`select id from cpms_contract where school_id = ${id.laveu}`);
  for (const [w, e] of Object.entries(EMAILS) as [Who, string][]) {
    tok[w] = await t.login(e);
    user[w] = await ownerId(t, sql`select id from app_user where email = ${e}`);
  }
});
afterAll(() => t?.close());

describe('CPMS contracts: who sees what (row-level security)', () => {
  it('a school head reads their school’s contract only, and another school’s by id is null and audited DENIED', async () => {
    const laveu = await gql('laveu', Q.contracts);
    expect(laveu.data.cpmsContracts.map((c: { school: { name: string } }) => c.school.name)).toEqual([
      'École fondamentale du Laveu',
    ]);
    const athenee = await gql('athenee', Q.contracts);
    expect(athenee.data.cpmsContracts).toEqual([]);
    const byId = await gql('athenee', Q.contract, { id: id.laveuContract });
    expect(byId.data.cpmsContract).toBeNull();
    const denied = await ownerRows<{ subject_id: string; actor_id: string }>(
      t,
      sql`select subject_id, actor_id from audit_event where outcome = 'DENIED' and action = 'cpms_contract.read'`,
    );
    expect(denied).toContainEqual({ subject_id: id.laveuContract, actor_id: user.athenee });
    // Below the API too: the table itself shows the head no other school's row.
    const rows = await asUser<{ n: number }>('athenee', sql`select count(*)::int as n from cpms_contract`);
    expect(rows[0]!.n).toBe(0);
    const exchanges = await asUser<{ n: number }>(
      'athenee',
      sql`select count(*)::int as n from cpms_contract_exchange`,
    );
    expect(exchanges[0]!.n).toBe(0);
    // Their own plan, not the Laveu's.
    const plans = await gql('athenee', Q.plans);
    expect(plans.data.cpmsSchoolPlans.map((p: { school: { name: string } }) => p.school.name)).toEqual([
      'Athénée royal Liège 1',
    ]);
  });

  it('a centre sees its own contracts; another centre none; the zone’s DCO those of its centres', async () => {
    expect((await gql('director', Q.contracts)).data.cpmsContracts).toHaveLength(1);
    expect((await gql('agent', Q.contracts)).data.cpmsContracts).toHaveLength(1);
    expect((await gql('seraing', Q.contracts)).data.cpmsContracts).toEqual([]);
    const dco = await gql('dco', Q.contracts);
    expect(dco.data.cpmsContracts).toHaveLength(1);
    expect(dco.data.cpmsContracts[0].canEdit).toBe(false);
    const rows = await asUser<{ n: number }>('seraing', sql`select count(*)::int as n from cpms_contract`);
    expect(rows[0]!.n).toBe(0);
  });

  it('the central analyst reads no contract, only the zones’ counts', async () => {
    expect(code(await gql('analyst', Q.contracts))).toBe('FORBIDDEN');
    const rows = await asUser<{ n: number }>('analyst', sql`select count(*)::int as n from cpms_contract`);
    expect(rows[0]!.n).toBe(0);
  });
});

describe('CPMS contracts: drafted from a plan, negotiated, signed by both parties', () => {
  it('runs the contract’s life and announces its evaluation', async () => {
    const plans = await gql('director', Q.plans);
    const plan = plans.data.cpmsSchoolPlans.find((p: { id: string }) => p.id === id.atheneePlan);
    expect(plan.canDraftContract).toBe(true);

    // An objective the plan does not hold is refused at its field.
    const wrong = await gql('director', Q.create, {
      i: {
        cpmsId: id.centre,
        planId: id.atheneePlan,
        objectiveCodes: ['NUMERIQUE'],
        actions: [],
        informationFlows: [],
        indicators: [],
      },
    });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    expect(fields(wrong)).toEqual(['input.objectiveCodes.0']);
    // A school head may not draft it.
    expect(
      code(
        await gql('athenee', Q.create, {
          i: {
            cpmsId: id.centre,
            planId: id.atheneePlan,
            objectiveCodes: [],
            actions: [],
            informationFlows: [],
            indicators: [],
          },
        }),
      ),
    ).toBe('FORBIDDEN');

    const created = await gql('director', Q.create, {
      i: {
        cpmsId: id.centre,
        planId: id.atheneePlan,
        objectiveCodes: ['DECROCHAGE', 'ABSENTEISME'],
        actions: ['Entretiens d’orientation au 3e degré'],
        cpmsCommitments: 'Une permanence hebdomadaire',
        schoolCommitments: 'Un local',
        informationFlows: [{ what: 'Signalement d’absences', how: 'Courriel à l’agent', consent: 'Les parents' }],
        indicators: [{ label: 'Abandons au 3e degré', objectiveCode: 'DECROCHAGE', baseline: 30, target: 15 }],
      },
    });
    expect(created.errors).toBeUndefined();
    let c = created.data.createCpmsContract;
    expect(c.status).toBe('BROUILLON');
    expect(c.objectives.map((o: { code: string }) => o.code)).toEqual(['DECROCHAGE', 'ABSENTEISME']);
    expect(c.steps).toEqual(['NEGOTIATE']);
    id.contract = c.id;

    // The school head signs nothing before negotiation.
    expect(code(await gql('athenee', Q.sign, { i: { id: c.id, version: c.version, party: 'ECOLE' } }))).toBe(
      'CONFLICT',
    );
    c = (await gql('director', Q.step, { i: { id: c.id, version: c.version, action: 'NEGOTIATE' } })).data
      .stepCpmsContract;
    expect(c.status).toBe('NEGOCIE');
    expect(c.canSignAs).toBe('CPMS');
    // Each party signs for itself only.
    expect(code(await gql('director', Q.sign, { i: { id: c.id, version: c.version, party: 'ECOLE' } }))).toBe(
      'FORBIDDEN',
    );
    c = (await gql('director', Q.sign, { i: { id: c.id, version: c.version, party: 'CPMS' } })).data.signCpmsContract;
    expect(c.status).toBe('NEGOCIE');
    expect(c.textEditable).toBe(false);
    const head = await gql('athenee', Q.contract, { id: c.id });
    expect(head.data.cpmsContract.canSignAs).toBe('ECOLE');
    // A stale version is refused.
    expect(code(await gql('athenee', Q.sign, { i: { id: c.id, version: c.version - 1, party: 'ECOLE' } }))).toBe(
      'CONFLICT',
    );
    c = (await gql('athenee', Q.sign, { i: { id: c.id, version: c.version, party: 'ECOLE' } })).data.signCpmsContract;
    expect(c.status).toBe('SIGNE');
    expect(c.signatures.map((s: { party: string }) => s.party)).toEqual(['CPMS', 'ECOLE']);
    // The plan's evaluation is in 25 days: within the lead time.
    expect(c.evaluationDue.announced).toBe(true);
    expect(c.evaluationDue.daysLeft).toBe(25);
    const due = await gql('director', Q.contracts, { d: true });
    expect(due.data.cpmsContracts.map((x: { id: string }) => x.id)).toEqual([c.id]);
  });

  it('notifies the centre’s director and the school’s head once, ahead of the evaluation', async () => {
    // Signed within the lead time: announced at the signature; the daily job does not repeat it.
    expect(await raiseContractEvaluationReminders(t.app.services)).toBe(0);
    const jobs = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from pgboss.job where data->>'kind' = 'CPMS_CONTRACT_EVALUATION_DUE'`,
    );
    expect(jobs[0]!.n).toBe(2);
    // The Laveu's signed contract, on the morning its plan's evaluation comes within the lead time: once.
    const [laveu] = await ownerRows<{ due: string }>(
      t,
      sql`select to_char(p.end_evaluation_on, 'YYYY-MM-DD') as due from cpms_contract c
          join cpms_school_plan p on p.id = c.plan_id where c.id = ${id.laveuContract}`,
    );
    const morning = new Date(Date.parse(`${laveu!.due}T07:00:00Z`) - 20 * 86_400_000);
    expect(await raiseContractEvaluationReminders(t.app.services, morning)).toBe(1);
    expect(await raiseContractEvaluationReminders(t.app.services, morning)).toBe(0);
    const early = new Date(Date.parse(`${laveu!.due}T07:00:00Z`) - 100 * 86_400_000);
    expect(await raiseContractEvaluationReminders(t.app.services, early)).toBe(0);
    const sent = await ownerRows<{ n: number }>(
      t,
      sql`select count(*)::int as n from cpms_contract_reminder where contract_id = ${id.contract}`,
    );
    expect(sent[0]!.n).toBe(1);
  });

  it('keeps pupils’ identities out of the exchange log', async () => {
    const base = {
      contractId: id.contract,
      occurredOn: '2026-11-20',
      way: 'TELEPHONE',
      participants: 'Direction, agent PMS',
      subject: 'Suivi',
    };
    const birth = await gql('athenee', Q.exchange, { i: { ...base, agreed: 'Élève né le 12/03/2011 à revoir' } });
    expect(code(birth)).toBe('BAD_USER_INPUT');
    expect(fields(birth)).toEqual(['input.agreed']);
    const nn = await gql('athenee', Q.exchange, { i: { ...base, subject: 'NN 11.03.12-123.45' } });
    expect(fields(nn)).toEqual(['input.subject']);
    const name = await gql('athenee', Q.exchange, { i: { ...base, agreed: 'Revoir Marie Dupont en janvier' } });
    expect(code(name)).toBe('BAD_USER_INPUT');
    expect(fields(name)).toEqual(['input.agreed']);
    const acknowledged = await gql('athenee', Q.exchange, {
      i: { ...base, agreed: 'Revoir Marie Dupont en janvier', acknowledgeNames: true },
    });
    expect(acknowledged.errors).toBeUndefined();
    // Another school's head may not write in it.
    expect(code(await gql('laveu', Q.exchange, { i: { ...base, agreed: 'RAS' } }))).toBe('BAD_USER_INPUT');
  });

  it('ties concertations (instances meetings) to the contract, read by both parties', async () => {
    const res = await gql('agent', Q.concertation, {
      i: {
        contractId: id.contract,
        title: 'Concertation de rentrée',
        startsAt: '2027-01-12T09:00:00Z',
        endsAt: '2027-01-12T10:30:00Z',
        place: 'Athénée, salle des professeurs',
      },
    });
    expect(res.errors).toBeUndefined();
    const head = await gql('athenee', Q.contract, { id: id.contract });
    expect(head.data.cpmsContract.concertations.map((m: { title: string }) => m.title)).toEqual([
      'Concertation de rentrée',
    ]);
    const seen = await asUser<{ n: number }>(
      'laveu',
      sql`select count(*)::int as n from meeting where cpms_contract_id is not null`,
    );
    expect(seen[0]!.n).toBe(0);
  });

  it('lets the centre’s staff run a concertation on the meeting page: agenda, the head invited, minutes, actions', async () => {
    const scheduled = await gql('agent', Q.concertation, {
      i: {
        contractId: id.contract,
        title: 'Préparation du plan de pilotage',
        startsAt: '2025-11-04T13:00:00Z',
        endsAt: '2025-11-04T14:30:00Z',
        place: 'Centre PMS',
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const meetingId = scheduled.data.scheduleCpmsConcertation.id;
    const MEETING = `query($id: ID!) { meeting(id: $id) { id version canEdit agenda platform { id } cpmsContract { id school { name } }
      invitees { userId organisation { name } } } }`;
    const readDirector = await gql('director', MEETING, { id: meetingId });
    expect(readDirector.errors).toBeUndefined();
    const asDirector = readDirector.data.meeting;
    expect(asDirector).toMatchObject({ canEdit: true, platform: null, cpmsContract: { id: id.contract } });
    // Scheduled, the school is invited: its head is told, with the calendar file.
    expect(asDirector.invitees).toEqual([{ userId: null, organisation: { name: 'Athénée royal Liège 1' } }]);
    const updated = await gql(
      'agent',
      `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { version agenda invitees { userId organisation { name } } } }`,
      {
        i: {
          id: meetingId,
          version: asDirector.version,
          agenda: ['Objectifs du plan', 'Actions du centre'],
          invitedUserIds: [user.athenee],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateMeeting.invitees).toEqual([
      { userId: null, organisation: { name: 'Athénée royal Liège 1' } },
      { userId: user.athenee, organisation: null },
    ]);
    const minutes = await gql(
      'director',
      `mutation($i: RecordMinutesInput!) { recordMinutes(input: $i) { version } }`,
      {
        i: {
          meetingId,
          version: updated.data.updateMeeting.version,
          minutes: 'Objectifs relus ensemble.',
          decisions: ['Deux permanences par mois'],
        },
      },
    );
    expect(minutes.errors).toBeUndefined();
    const action = await gql('agent', `mutation($i: AddMeetingActionInput!) { addMeetingAction(input: $i) { id } }`, {
      i: { meetingId, title: 'Envoyer le calendrier des permanences', ownerName: 'Centre PMS de Liège 1' },
    });
    expect(action.errors).toBeUndefined();
    // The school's head reads it, with its contract, without managing it; another centre does not see it.
    const asHead = (await gql('athenee', MEETING, { id: meetingId })).data.meeting;
    expect(asHead).toMatchObject({
      canEdit: false,
      agenda: ['Objectifs du plan', 'Actions du centre'],
      cpmsContract: { id: id.contract, school: { name: 'Athénée royal Liège 1' } },
    });
    const other = await gql('seraing', `mutation($i: AddMeetingActionInput!) { addMeetingAction(input: $i) { id } }`, {
      i: { meetingId, title: 'Intrusion', ownerName: 'Seraing' },
    });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(other));
    expect(
      await asUser<{ n: number }>(
        'seraing',
        sql`select count(*)::int as n from meeting_action where meeting_id = ${meetingId}`,
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('counts signed contracts per zone for the analyst and the DCO, nothing for a school head', async () => {
    const year = new Date().getFullYear();
    const stats = async (who: Who) => {
      const actor = (await loadActor(t.database.db, user[who], 'token'))!;
      return withActorTx(t.database.db, actor, 'read', (tx) =>
        contractStatsByZone({ db: tx } as never, { from: year - 1, to: year }),
      );
    };
    const analyst = await stats('analyst');
    expect(analyst.reduce((n, r) => n + r.signed, 0)).toBeGreaterThanOrEqual(1);
    expect(analyst.every((r) => r.zoneName === 'Zone de Liège')).toBe(true);
    expect((await stats('dco')).reduce((n, r) => n + r.signed, 0)).toBe(analyst.reduce((n, r) => n + r.signed, 0));
    expect(await stats('athenee')).toEqual([]);
  });
});

describe('objectives contract report', () => {
  it('renders the evaluation report as PDF and DOCX', async () => {
    const created = await gql(
      'director',
      `mutation($i: CreateCpmsObjectivesContractInput!) { createCpmsObjectivesContract(input: $i) { id } }`,
      {
        i: {
          cpmsId: id.centre,
          title: 'Contrat d’objectifs 2025-2031',
          startsOn: '2025-09-01',
          endsOn: '2031-08-31',
          objectives: ['Réduire le décrochage dans les écoles contractantes'],
          contractIds: [id.laveuContract, id.contract],
          indicators: [],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const ocId = created.data.createCpmsObjectivesContract.id;
    for (const format of ['pdf', 'docx']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/cpms/objectives-contracts/${ocId}/rapport.${format}`,
        headers: { authorization: `Bearer ${tok.dco}` },
      });
      expect(res.statusCode, format).toBe(200);
      expect(res.rawPayload.length).toBeGreaterThan(1000);
    }
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/cpms/objectives-contracts/${ocId}/rapport.pdf`,
      headers: { authorization: `Bearer ${tok.seraing}` },
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('the plan de pilotage’s document', () => {
  const upload = (who: Who, planId: string, content: Buffer, name = 'plan.pdf') => {
    const boundary = '----maillagecpmsplan';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app.inject({
      method: 'POST',
      url: `/api/cpms/plans/${planId}/document`,
      headers: { authorization: `Bearer ${tok[who]}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
  };
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);

  it('is put by the school’s head (a PDF, checked by content) and read by the contracted centre', async () => {
    // A PNG named .pdf is refused by its content.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect((await upload('athenee', id.atheneePlan!, png)).statusCode).toBe(400);
    // Another school's head does not see the plan; a centre's director may not put it.
    expect((await upload('laveu', id.atheneePlan!, pdf)).statusCode).toBe(404);
    expect((await upload('director', id.atheneePlan!, pdf)).statusCode).toBe(403);
    const res = await upload('athenee', id.atheneePlan!, pdf);
    expect(res.statusCode).toBe(201);
    const plans = await gql('director', `{ cpmsSchoolPlans { id document { name contentType size url } } }`);
    const doc = plans.data.cpmsSchoolPlans.find((p: { id: string }) => p.id === id.atheneePlan).document;
    expect(doc).toMatchObject({ name: 'plan.pdf', contentType: 'application/pdf', size: pdf.length });
    const got = await t.app.inject({
      method: 'GET',
      url: doc.url,
      headers: { authorization: `Bearer ${tok.director}` },
    });
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
    const other = await t.app.inject({
      method: 'GET',
      url: doc.url,
      headers: { authorization: `Bearer ${tok.laveu}` },
    });
    expect(other.statusCode).toBe(404);
  });
});
