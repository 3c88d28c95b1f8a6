import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { loadActor } from '../../core/auth/authenticate.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import { EMAIL_DELIVERY_JOB } from '../notifications/emails.js';
import { FANOUT_JOB } from '../notifications/events.js';
import { EVENT_EMAILS_JOB } from '../notifications/fanout.js';
import { createCase, ownerId, ownerRows } from '../psad/cases/test-fixtures.js';

/**
 * The meetings of a platform's bodies (issue 17): a cotech's invitations with their calendar files,
 * the situations its invited partners see (and only within their window), its decisions applied
 * through the case's state machine, the bodies that may never name a person, the minutes and actions.
 */

let t: TestApp;
type Who = 'referent' | 'vierzon' | 'conseiller' | 'lecteur' | 'admin' | 'coordination' | 'caf';
const EMAILS: Record<Who, string> = {
  referent: 'referent@demo.test',
  vierzon: 'referent.vierzon@demo.test',
  conseiller: 'conseiller@demo.test',
  lecteur: 'lecteur@demo.test',
  admin: 'admin@demo.test',
  coordination: 'coordination@demo.test',
  caf: 'caf@demo.test',
};
const tok = {} as Record<Who, string>;
const id: Record<string, string> = {};
const cases: string[] = [];
let other: string;

const gql = (w: Who, q: string, v: Record<string, unknown> = {}) => t.gql(tok[w], q, v);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
const drain = async () => {
  while ((await t.app.services.jobs.drain([FANOUT_JOB, EVENT_EMAILS_JOB, EMAIL_DELIVERY_JOB])) > 0);
};
const inDays = (days: number, hour = 14) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour - 1, 0, 0, 0);
  return d;
};

const MEETING = `id kind status title icsSequence version canEdit agenda caseAccessDays
  invitees { id label attendance organisation { id } guestName }
  situations { caseId caseVersion lastName firstNames age commune status decision flags { minorWithoutSolution injoignableReached } }
  decisions actions { id title status carriedOver version }`;
const Q = {
  schedule: `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { ${MEETING} } }`,
  update: `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { ${MEETING} } }`,
  cancel: `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { id status icsSequence version } }`,
  meeting: `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
  meetings: `{ meetings { totalCount nodes { id } } }`,
  decide: `mutation($i: DecideSituationInput!) { decideSituation(input: $i) { caseId decision status } }`,
  timeline: `query($id: ID!) { case(id: $id) { status version timeline { kind data } } }`,
  minutes: `mutation($i: RecordMinutesInput!) { recordMinutes(input: $i) { id status version decisions } }`,
  addAction: `mutation($i: AddMeetingActionInput!) { addMeetingAction(input: $i) { id status version carriedOver dueDate } }`,
  updateAction: `mutation($i: UpdateMeetingActionInput!) { updateMeetingAction(input: $i) { id status version } }`,
};

function cotech(extra: Record<string, unknown> = {}) {
  return {
    platformId: id.bourges,
    kind: 'COTECH',
    title: 'Comité technique de décembre',
    startsAt: inDays(5).toISOString(),
    endsAt: new Date(inDays(5).getTime() + 2 * 3_600_000).toISOString(),
    place: 'CIO de Bourges, salle 2',
    agenda: ['Situations à examiner', 'Questions diverses'],
    invitedOrganisationIds: [id.ml],
    guests: [{ name: 'Mme Invitée', email: 'invitee@partenaire.test', organisationName: 'Défense' }],
    situations: cases.slice(0, 3).map((caseId) => ({ caseId, proposal: 'Proposer un accompagnement ML' })),
    ...extra,
  };
}

/** The rows a statement returns as this user, through the request role (row-level security on). */
async function asUser<R extends Record<string, unknown>>(who: Who, q: ReturnType<typeof sql>) {
  const userId = await ownerId(t, sql`select id from app_user where email = ${EMAILS[who]}`);
  const actor = (await loadActor(t.database.db, userId, 'token'))!;
  return withActorTx(t.database.db, actor, 'read', async (tx) => (await tx.execute<R>(q)).rows);
}

beforeAll(async () => {
  t = await createTestApp({ APP_URL: 'https://maillage.example', JOB_WORKERS: 'off' });
  for (const [w, e] of Object.entries(EMAILS) as [Who, string][]) tok[w] = await t.login(e);
  id.bourges = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  id.vierzonP = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Vierzon'`);
  id.ml = await ownerId(t, sql`select id from organisation where name = 'Mission Locale de Bourges'`);
  for (const [i, name] of ['Aubert', 'Bernard', 'Colin', 'Dumas'].entries())
    cases.push(
      (
        await createCase(t, id.bourges, {
          lastName: name,
          firstNames: 'Test',
          birthDate: `2009-0${i + 1}-15`,
          commune: 'Bourges',
          phone: '0601020304',
        })
      ).caseId,
    );
  other = cases[3]!;
});
afterAll(() => t?.close());

describe('a cotech and its situations', () => {
  it('is scheduled with its invitations, each e-mail carrying an iCalendar REQUEST', async () => {
    const res = await gql('referent', Q.schedule, { i: cotech() });
    expect(res.errors).toBeUndefined();
    const m = res.data.scheduleMeeting;
    id.cotech = m.id;
    expect(m).toMatchObject({ kind: 'COTECH', status: 'PLANIFIEE', icsSequence: 0, canEdit: true, caseAccessDays: 7 });
    expect(m.situations.map((s: { caseId: string }) => s.caseId)).toEqual(cases.slice(0, 3));
    await drain();
    const mails = await ownerRows<{ to_address: string; kind: string; calendar: { method: string; content: string } }>(
      t,
      sql`select to_address, kind, calendar from email_outbox where kind = 'MEETING_INVITATION' order by to_address`,
    );
    const counsellor = mails.find((r) => r.to_address === EMAILS.conseiller);
    expect(counsellor?.calendar.method).toBe('REQUEST');
    expect(counsellor?.calendar.content).toMatch(/METHOD:REQUEST/);
    expect(counsellor?.calendar.content).toMatch(new RegExp(`UID:${m.id}@maillage`));
    expect(counsellor?.calendar.content).toMatch(/SEQUENCE:0/);
    // Lines are folded at 75 octets (RFC 5545 §3.1): unfolded, the attendee is the counsellor.
    expect(counsellor?.calendar.content.replace(/\r\n[ \t]/g, '')).toMatch(/ATTENDEE[^\r\n]*conseiller@demo\.test/i);
    const guest = mails.find((r) => r.to_address === 'invitee@partenaire.test');
    expect(guest?.calendar.content).toMatch(/METHOD:REQUEST/);
    // The invitation never names the young people on the agenda.
    for (const mail of mails) expect(mail.calendar.content).not.toMatch(/Aubert|Bernard|Colin/);
  });

  it('shows the invited counsellor exactly the situations of the agenda, as a summary', async () => {
    const res = await gql('conseiller', Q.meeting, { id: id.cotech });
    expect(res.errors).toBeUndefined();
    const m = res.data.meeting;
    expect(m.canEdit).toBe(false);
    expect(m.situations.map((s: { caseId: string }) => s.caseId)).toEqual(cases.slice(0, 3));
    expect(m.situations[0]).toMatchObject({ lastName: 'Aubert', commune: 'Bourges', status: 'A_TRAITER' });
    expect(m.situations[0]!.age).toBeGreaterThanOrEqual(16);
    // The summary is all: the case itself (contact details, timeline) stays the referent's.
    expect((await gql('conseiller', Q.timeline, { id: cases[0] })).data.case).toBeNull();
  });

  it('flags a situation whose failed contact attempts meet the « injoignable » rule, as the case page does', async () => {
    const flags = async () =>
      (await gql('conseiller', Q.meeting, { id: id.cotech })).data.meeting.situations.map(
        (s: { flags: { injoignableReached: boolean } }) => s.flags.injoignableReached,
      );
    expect(await flags()).toEqual([false, false, false]);
    // Three failed attempts on two channels over 35 days (the rule: 3, 2 channels, 30 days) for Aubert; two for Bernard.
    const attempt = (caseId: string, daysAgo: number, channel: string) =>
      ownerRows(
        t,
        sql`insert into contact_attempt (case_id, attempted_at, channel, result)
            values (${caseId}::uuid, now() - make_interval(days => ${daysAgo}), ${channel}, 'INJOIGNABLE') returning id`,
      );
    for (const [daysAgo, channel] of [
      [40, 'TELEPHONE'],
      [20, 'SMS'],
      [5, 'TELEPHONE'],
    ] as const)
      await attempt(cases[0]!, daysAgo, channel);
    await attempt(cases[1]!, 40, 'TELEPHONE');
    await attempt(cases[1]!, 5, 'SMS');
    expect(await flags()).toEqual([true, false, false]);
  });

  it('gives whoever sees the meeting its calendar file, and its minutes as PDF and DOCX', async () => {
    const get = (who: Who, url: string) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tok[who]}` } });
    const ics = await get('conseiller', `/api/meetings/${id.cotech}/invitation.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toMatch(/METHOD:REQUEST/);
    expect(ics.body.replace(/\r\n[ \t]/g, '')).toMatch(/ATTENDEE[^\r\n]*conseiller@demo\.test/i);
    const pdf = await get('referent', `/api/meetings/${id.cotech}/compte-rendu.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await get('conseiller', `/api/meetings/${id.cotech}/compte-rendu.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await get('vierzon', `/api/meetings/${id.cotech}/compte-rendu.pdf`)).statusCode).toBe(404);
  });

  it('lets the invited counsellor record « à revoir », which the case timeline shows with the meeting', async () => {
    const res = await gql('conseiller', Q.decide, {
      i: {
        meetingId: id.cotech,
        caseId: cases[0],
        caseVersion: 1,
        decision: 'REVOIR',
        comment: 'Attendre le retour de la famille',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.decideSituation.decision).toBe('REVOIR');
    const c = (await gql('referent', Q.timeline, { id: cases[0] })).data.case;
    expect(c.timeline.at(-1)).toMatchObject({
      kind: 'cotech_decision',
      data: { meetingId: id.cotech, decision: 'REVOIR' },
    });
    // A counsellor applies no other decision.
    const assign = await gql('conseiller', Q.decide, {
      i: { meetingId: id.cotech, caseId: cases[1], caseVersion: 1, decision: 'AFFECTER', organisationId: id.ml },
    });
    expect(code(assign)).toBe('FORBIDDEN');
  });

  it('applies the referent’s decision through the case state machine', async () => {
    const res = await gql('referent', Q.decide, {
      i: { meetingId: id.cotech, caseId: cases[1], caseVersion: 1, decision: 'AFFECTER', organisationId: id.ml },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.decideSituation).toMatchObject({ decision: 'AFFECTER', status: 'AFFECTE' });
    const c = (await gql('referent', Q.timeline, { id: cases[1] })).data.case;
    expect(c.status).toBe('AFFECTE');
    expect(c.timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['assign', 'cotech_decision']),
    );
    // The machine's rules hold: a case not yet in contact cannot be closed as « injoignable ».
    const refused = await gql('referent', Q.decide, {
      i: { meetingId: id.cotech, caseId: cases[2], caseVersion: 1, decision: 'CLORE', outcome: 'INJOIGNABLE' },
    });
    expect(code(refused)).toBe('CONFLICT');
    const stale = await gql('referent', Q.decide, {
      i: { meetingId: id.cotech, caseId: cases[1], caseVersion: 1, decision: 'AFFECTER', organisationId: id.ml },
    });
    expect(code(stale)).toBe('CONFLICT');
  });

  it('refuses a case that is not on the agenda', async () => {
    const res = await gql('referent', Q.decide, {
      i: { meetingId: id.cotech, caseId: other, caseVersion: 1, decision: 'REVOIR' },
    });
    expect(code(res)).toBe('NOT_FOUND');
    const partner = await gql('conseiller', Q.decide, {
      i: { meetingId: id.cotech, caseId: other, caseVersion: 1, decision: 'REVOIR' },
    });
    expect(code(partner)).toBe('FORBIDDEN');
  });

  it('shows no case of the cotech to another platform’s referent, a COPIL guest, a viewer or a regional coordinator, by the API or by SQL', async () => {
    // The CAF's officer is invited by name to the platform's COPIL, never to the cotech.
    const cafId = await ownerId(t, sql`select id from app_user where email = ${EMAILS.caf}`);
    const copil = await gql('referent', Q.schedule, {
      i: cotech({
        kind: 'COPIL_BASSIN',
        title: 'COPIL annuel',
        situations: [],
        guests: [],
        invitedOrganisationIds: [],
        invitedUserIds: [cafId],
      }),
    });
    expect(copil.errors).toBeUndefined();
    expect((await gql('caf', Q.meeting, { id: copil.data.scheduleMeeting.id })).data.meeting.situations).toEqual([]);
    for (const who of ['vierzon', 'lecteur', 'coordination', 'caf'] as const) {
      expect((await gql(who, Q.meeting, { id: id.cotech })).data?.meeting ?? null, who).toBeNull();
      const q = sql`select (select count(*)::int from app_cotech_situations(${id.cotech}::uuid)) as situations,
        (select count(*)::int from psad_case where id = any (${sql.param(cases.slice(0, 3))}::uuid[])) as cases,
        (select count(*)::int from young_person y join psad_case c on c.young_person_id = y.id
           where c.id = any (${sql.param(cases.slice(0, 3))}::uuid[])) as people,
        (select count(*)::int from meeting_situation) as rows,
        (select count(*)::int from meeting where id = ${id.cotech}::uuid) as meetings`;
      expect(await asUser(who, q), who).toEqual([{ situations: 0, cases: 0, people: 0, rows: 0, meetings: 0 }]);
    }
  });

  it('stops showing the situations to the partner once the grace period is over', async () => {
    await ownerRows(
      t,
      sql`update meeting set starts_at = now() - interval '9 days', ends_at = now() - interval '8 days' where id = ${id.cotech}`,
    );
    const m = (await gql('conseiller', Q.meeting, { id: id.cotech })).data.meeting;
    expect(m.title).toBe('Comité technique de décembre');
    expect(m.situations).toEqual([]);
    const q = sql`select count(*)::int as n from app_cotech_situations(${id.cotech}::uuid)`;
    expect(await asUser('conseiller', q)).toEqual([{ n: 0 }]);
    const late = await gql('conseiller', Q.decide, {
      i: { meetingId: id.cotech, caseId: cases[2], caseVersion: 1, decision: 'REVOIR' },
    });
    expect(code(late)).toBe('FORBIDDEN');
    // The referent still sees them.
    expect((await gql('referent', Q.meeting, { id: id.cotech })).data.meeting.situations).toHaveLength(3);
  });
});

describe('bodies that never name a person', () => {
  it('refuses situations on a COPIL, in the schema and in the database', async () => {
    const res = await gql('referent', Q.schedule, {
      i: cotech({ kind: 'COPIL_BASSIN', title: 'COPIL 2026', situations: [{ caseId: other }] }),
    });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toMatch(/situations/);
    const copil = await gql('referent', Q.schedule, {
      i: cotech({ kind: 'COPIL_BASSIN', title: 'COPIL 2026', situations: [] }),
    });
    expect(copil.errors).toBeUndefined();
    const copilId = copil.data.scheduleMeeting.id;
    await expect(
      ownerRows(
        t,
        sql`insert into meeting_situation (meeting_id, meeting_kind, case_id, position) values (${copilId}, 'COPIL_BASSIN', ${other}, 0)`,
      ),
    ).rejects.toThrow();
    await expect(
      ownerRows(t, sql`insert into meeting_situation (meeting_id, case_id, position) values (${copilId}, ${other}, 0)`),
    ).rejects.toThrow();
    // Nor may a cotech with situations become a COPIL.
    await expect(ownerRows(t, sql`update meeting set kind = 'COPIL_BASSIN' where id = ${id.cotech}`)).rejects.toThrow();
  });
});

describe('invitation updates and cancellations', () => {
  it('sends an update with SEQUENCE 1, then a cancellation with METHOD:CANCEL', async () => {
    const s = await gql('referent', Q.schedule, {
      i: cotech({ title: 'Cotech thématique mobilité', theme: 'Mobilité', situations: [], guests: [] }),
    });
    const m = s.data.scheduleMeeting;
    // A change the calendar file does not show (the theme) sends nothing and keeps the SEQUENCE.
    const quiet = await gql('referent', Q.update, {
      i: { id: m.id, version: m.version, theme: 'Mobilité et logement' },
    });
    expect(quiet.data.updateMeeting.icsSequence).toBe(0);
    m.version = quiet.data.updateMeeting.version;
    const moved = await gql('referent', Q.update, {
      i: { id: m.id, version: m.version, startsAt: inDays(6).toISOString(), endsAt: inDays(6, 16).toISOString() },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateMeeting.icsSequence).toBe(1);
    const stale = await gql('referent', Q.update, { i: { id: m.id, version: m.version, title: 'Autre' } });
    expect(code(stale)).toBe('CONFLICT');
    const cancelled = await gql('referent', Q.cancel, { i: { id: m.id, version: moved.data.updateMeeting.version } });
    expect(cancelled.data.cancelMeeting).toMatchObject({ status: 'ANNULEE', icsSequence: 2 });
    await drain();
    const mails = await ownerRows<{ kind: string; calendar: { method: string; content: string } }>(
      t,
      sql`select kind, calendar from email_outbox where to_address = ${EMAILS.conseiller}
        and calendar->>'content' like ${`%${m.id}@maillage%`} order by created_at`,
    );
    expect(mails.map((r) => [r.kind, r.calendar.method])).toEqual([
      ['MEETING_INVITATION', 'REQUEST'],
      ['MEETING_UPDATED', 'REQUEST'],
      ['MEETING_CANCELLED', 'CANCEL'],
    ]);
    expect(mails[1]!.calendar.content).toMatch(/SEQUENCE:1/);
    expect(mails[2]!.calendar.content).toMatch(/SEQUENCE:2/);
    expect(mails[2]!.calendar.content).toMatch(/STATUS:CANCELLED/);
    // The invitee is told of a cancelled meeting; only a referent changes one.
    expect(code(await gql('conseiller', Q.cancel, { i: { id: m.id, version: 3 } }))).toBe('FORBIDDEN');
  });

  it('changes the platforms an inter-PSAD meeting gathers: their referents invited, or told it is cancelled', async () => {
    const s = await gql('referent', Q.schedule, {
      i: cotech({
        kind: 'INTER_PSAD',
        title: 'Inter-PSAD du Cher',
        situations: [],
        guests: [],
        invitedOrganisationIds: [],
      }),
    });
    expect(s.errors).toBeUndefined();
    const m = s.data.scheduleMeeting;
    const sees = async () => (await gql('vierzon', Q.meeting, { id: m.id })).data.meeting !== null;
    expect(await sees()).toBe(false);
    const gathered = await gql('referent', Q.update, {
      i: { id: m.id, version: m.version, otherPlatformIds: [id.vierzonP] },
    });
    expect(gathered.errors).toBeUndefined();
    expect(gathered.data.updateMeeting.icsSequence).toBe(1);
    expect(await sees()).toBe(true);
    const left = await gql('referent', Q.update, {
      i: { id: m.id, version: gathered.data.updateMeeting.version, otherPlatformIds: [] },
    });
    expect(left.data.updateMeeting.icsSequence).toBe(2);
    expect(await sees()).toBe(false);
    await drain();
    const mails = await ownerRows<{ kind: string; method: string }>(
      t,
      sql`select kind, calendar->>'method' as method from email_outbox where to_address = ${EMAILS.vierzon}
        and calendar->>'content' like ${`%${m.id}@maillage%`} order by created_at`,
    );
    expect(mails.map((r) => [r.kind, r.method])).toEqual([
      ['MEETING_INVITATION', 'REQUEST'],
      ['MEETING_CANCELLED', 'CANCEL'],
    ]);
    // A cotech gathers no other platform; an unknown platform is named as such; neither changes anything.
    const cotechRow = (await gql('referent', Q.schedule, { i: cotech({ situations: [], guests: [] }) })).data
      .scheduleMeeting;
    const refused = await gql('referent', Q.update, {
      i: { id: cotechRow.id, version: cotechRow.version, otherPlatformIds: [id.vierzonP] },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.otherPlatformIds' }],
    });
    const unknown = await gql('referent', Q.update, {
      i: { id: m.id, version: left.data.updateMeeting.version, otherPlatformIds: [crypto.randomUUID()] },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await sees()).toBe(false);
  });
});

describe('minutes and follow-up actions', () => {
  it('records minutes and carries unfinished actions over to the next meeting of the series', async () => {
    const first = (
      await gql('referent', Q.schedule, {
        i: cotech({
          title: 'Cotech de janvier',
          startsAt: inDays(-1).toISOString(),
          endsAt: inDays(-1, 16).toISOString(),
          situations: [],
          guests: [],
        }),
      })
    ).data.scheduleMeeting;
    const minutes = await gql('referent', Q.minutes, {
      i: {
        meetingId: first.id,
        version: first.version,
        minutes: 'Tour de table des partenaires.',
        decisions: ['Forum en mars'],
      },
    });
    expect(minutes.data.recordMinutes).toMatchObject({ status: 'TENUE', decisions: ['Forum en mars'] });
    const open = (
      await gql('referent', Q.addAction, {
        i: { meetingId: first.id, title: 'Réserver la salle', ownerName: 'Mission Locale', dueDate: '2027-01-15' },
      })
    ).data.addMeetingAction;
    const done = (
      await gql('referent', Q.addAction, {
        i: { meetingId: first.id, title: 'Diffuser l’annuaire', ownerName: 'PSAD' },
      })
    ).data.addMeetingAction;
    await gql('referent', Q.updateAction, { i: { id: done.id, version: done.version, status: 'FAITE' } });
    const next = await gql('referent', Q.schedule, {
      i: cotech({ title: 'Cotech de février', previousMeetingId: first.id, situations: [], guests: [] }),
    });
    expect(next.errors).toBeUndefined();
    expect(open.dueDate).toBe('2027-01-15');
    expect(next.data.scheduleMeeting.actions).toEqual([
      expect.objectContaining({ id: open.id, carriedOver: true, status: 'A_FAIRE' }),
    ]);
    // Minutes of a meeting yet to come are refused.
    const early = await gql('referent', Q.minutes, {
      i: { meetingId: next.data.scheduleMeeting.id, version: 1, minutes: 'x', decisions: [] },
    });
    expect(code(early)).toBe('CONFLICT');
  });
});
