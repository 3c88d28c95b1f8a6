import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { loadActor } from '../../core/auth/authenticate.js';
import { hashPassword } from '../../core/auth/passwords.js';
import { withActorTx } from '../../core/db/actor-tx.js';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { ownerId, ownerRows } from '../psad/cases/test-fixtures.js';

/**
 * The meetings a CIO convenes (issue 18): a « concertation sur projet », on the direction's or a PsyEn's
 * initiative, and the thematic actions of parcours Avenir and Citoyen. The CIO's direction team and
 * PsyEn schedule and read them; the direction team and the PsyEn who scheduled one manage it; a PsyEn of
 * another CIO, a PSAD referent and a school head neither schedule nor read them (API and row-level
 * security alike).
 */
let t: TestApp;
const tok: Record<string, string> = {};
const id: Record<string, string> = {};

const EMAILS = {
  dcio: 'dcio@demo.test',
  ienio: 'ienio@demo.test',
  psyen: 'psyen@demo.test',
  psyen2: 'psyen2@demo.test',
  chef: 'chef.lycee@demo.test',
  referent: 'referent@demo.test',
  psyenVierzon: 'psyen.vierzon@test.test',
} as const;
type Who = keyof typeof EMAILS;

const gql = (who: Who, query: string, variables?: Record<string, unknown>) => t.gql(tok[who]!, query, variables);
const code = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;

const MEETING = `id kind parcours title version canEdit platform { id } cio { id name } situations { caseId }
  actions { id title status version }`;
const Q = {
  schedule: `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { ${MEETING} } }`,
  update: `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id version title } }`,
  cancel: `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { id status version } }`,
  meeting: `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`,
  cioMeetings: `query($c: ID!, $k: MeetingKind) { cioMeetings(cioId: $c, kind: $k, first: 50) { totalCount nodes { id kind } pageInfo { hasNextPage } } }`,
  addAction: `mutation($i: AddMeetingActionInput!) { addMeetingAction(input: $i) { id status version } }`,
  updateAction: `mutation($i: UpdateMeetingActionInput!) { updateMeetingAction(input: $i) { id status version } }`,
};

const inDays = (days: number, hour = 14) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour - 1, 0, 0, 0);
  return d;
};

const concertation = (extra: Record<string, unknown> = {}) => ({
  cioId: id.cio,
  kind: 'CONCERTATION_PROJET',
  title: 'Concertation sur le projet d’orientation en 3e',
  startsAt: inDays(6).toISOString(),
  endsAt: new Date(inDays(6).getTime() + 2 * 3_600_000).toISOString(),
  place: 'CIO de Bourges, salle de réunion',
  agenda: ['Le projet', 'Les suites'],
  ...extra,
});

/** The rows a statement returns as this user, through the request role (row-level security on). */
async function asUser<R extends Record<string, unknown>>(
  who: Who,
  q: ReturnType<typeof sql>,
  mode: 'read' | 'write' = 'read',
) {
  const userId = await ownerId(t, sql`select id from app_user where email = ${EMAILS[who]}`);
  const actor = (await loadActor(t.database.db, userId, 'token'))!;
  return withActorTx(t.database.db, actor, mode, async (tx) => (await tx.execute<R>(q)).rows);
}

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off' });
  const org = (name: string) => ownerId(t, sql`select id from organisation where name = ${name}`);
  id.cio = await org('CIO de Bourges');
  id.vierzon = await org('CIO de Vierzon');
  id.platform = await ownerId(t, sql`select id from platform where name = 'PSAD du bassin de Bourges'`);
  // A PsyEn of another CIO: Vierzon, not Bourges.
  const hash = await hashPassword(DEMO_PASSWORD);
  await t.database.db.execute(sql`with u as (
      insert into app_user (email, display_name, password_hash) values (${EMAILS.psyenVierzon}, 'PsyEn Vierzon', ${hash}) returning id)
    insert into membership (user_id, organisation_id, roles) select u.id, ${id.vierzon}, array['PSYEN'] from u`);
  for (const [who, email] of Object.entries(EMAILS) as [Who, string][]) tok[who] = await t.login(email);
});
afterAll(() => t?.close());

describe('a CIO’s concertations and thematic actions', () => {
  it('the DCIO schedules a concertation for their CIO: no platform, no situation, audited once', async () => {
    const res = await gql('dcio', Q.schedule, { i: concertation() });
    expect(res.errors).toBeUndefined();
    const m = res.data.scheduleMeeting;
    expect(m).toMatchObject({
      kind: 'CONCERTATION_PROJET',
      parcours: null,
      platform: null,
      cio: { id: id.cio, name: 'CIO de Bourges' },
      situations: [],
      canEdit: true,
    });
    id.byDirection = m.id;
    const events = await ownerRows<{ action: string }>(
      t,
      sql`select action from audit_event where subject_id = ${m.id} and action = 'meeting.schedule'`,
    );
    expect(events).toHaveLength(1);
  });

  it('a PsyEn of the CIO schedules one too, and a parcours Avenir action; the parcours is required', async () => {
    const res = await gql('psyen', Q.schedule, {
      i: concertation({ title: 'Concertation à l’initiative de la PsyEn' }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.scheduleMeeting.canEdit).toBe(true);
    id.byPsyen = res.data.scheduleMeeting.id;

    const noParcours = await gql('psyen', Q.schedule, {
      i: concertation({ kind: 'ACTION_THEMATIQUE', title: 'Forum des métiers' }),
    });
    expect(code(noParcours)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noParcours.errors)).toContain('input.parcours');
    const action = await gql('dcio', Q.schedule, {
      i: concertation({ kind: 'ACTION_THEMATIQUE', parcours: 'AVENIR', title: 'Forum des métiers' }),
    });
    expect(action.errors).toBeUndefined();
    expect(action.data.scheduleMeeting).toMatchObject({ kind: 'ACTION_THEMATIQUE', parcours: 'AVENIR' });
    id.action = action.data.scheduleMeeting.id;
  });

  it('refuses a platform and a CIO together, neither, or kinds of the other convener, naming the field', async () => {
    const both = await gql('dcio', Q.schedule, { i: concertation({ platformId: id.platform }) });
    expect(code(both)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(both.errors)).toContain('input.cioId');
    const neither = await gql('dcio', Q.schedule, { i: concertation({ cioId: null }) });
    expect(code(neither)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(neither.errors)).toContain('input.cioId');
    const cotech = await gql('dcio', Q.schedule, { i: concertation({ kind: 'COTECH' }) });
    expect(code(cotech)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(cotech.errors)).toContain('input.kind');
    const onPlatform = await gql('referent', Q.schedule, { i: concertation({ cioId: null, platformId: id.platform }) });
    expect(code(onPlatform)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(onPlatform.errors)).toContain('input.kind');
  });

  it('a PsyEn of another CIO, a PSAD referent and a school head may not schedule one (FORBIDDEN)', async () => {
    for (const who of ['psyenVierzon', 'referent', 'chef'] as const) {
      const res = await gql(who, Q.schedule, { i: concertation({ title: `Par ${who}` }) });
      expect(code(res), who).toBe('FORBIDDEN');
    }
    const titles = await ownerRows<{ title: string }>(t, sql`select title from meeting where title like 'Par %'`);
    expect(titles).toEqual([]);
  });

  it('the CIO’s direction team and PsyEn read its meetings; the others neither list nor read them', async () => {
    for (const who of ['dcio', 'ienio', 'psyen', 'psyen2'] as const) {
      const res = await gql(who, Q.cioMeetings, { c: id.cio });
      expect(res.errors, who).toBeUndefined();
      const ids = res.data.cioMeetings.nodes.map((n: { id: string }) => n.id);
      expect(ids, who).toEqual(expect.arrayContaining([id.byDirection, id.byPsyen, id.action]));
      expect((await gql(who, Q.meeting, { id: id.byDirection })).data.meeting.id, who).toBe(id.byDirection);
    }
    const actions = await gql('psyen', Q.cioMeetings, { c: id.cio, k: 'ACTION_THEMATIQUE' });
    expect(actions.data.cioMeetings.nodes.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['ACTION_THEMATIQUE']),
    );
    expect(actions.data.cioMeetings.nodes.every((n: { kind: string }) => n.kind === 'ACTION_THEMATIQUE')).toBe(true);
    for (const who of ['psyenVierzon', 'referent', 'chef'] as const) {
      expect(code(await gql(who, Q.cioMeetings, { c: id.cio })), who).toBe('FORBIDDEN');
      const one = await gql(who, Q.meeting, { id: id.byDirection });
      expect(one.data?.meeting ?? null, who).toBeNull();
    }
  });

  it('the direction team and the PsyEn who scheduled it manage it; another PsyEn reads only', async () => {
    // The PsyEn's own concertation: they and the DCIO change it; the other PsyEn may not.
    const mine = await gql('psyen', Q.update, { i: { id: id.byPsyen, version: 1, title: 'Concertation revue' } });
    expect(mine.errors).toBeUndefined();
    expect((await gql('psyen2', Q.meeting, { id: id.byPsyen })).data.meeting.canEdit).toBe(false);
    const theirs = await gql('psyen2', Q.update, { i: { id: id.byPsyen, version: 2, title: 'Pirate' } });
    expect(code(theirs)).toBe('FORBIDDEN');
    const byIen = await gql('ienio', Q.update, { i: { id: id.byPsyen, version: 2, title: 'Concertation (IEN-IO)' } });
    expect(byIen.errors).toBeUndefined();
    // The direction's concertation: the PsyEn who did not schedule it may not change it.
    expect(code(await gql('psyen', Q.update, { i: { id: id.byDirection, version: 1, title: 'Pirate' } }))).toBe(
      'FORBIDDEN',
    );
    const stale = await gql('dcio', Q.update, { i: { id: id.byPsyen, version: 1, title: 'Ancienne' } });
    expect(code(stale)).toBe('CONFLICT');
  });

  it('meeting actions work as for a platform’s meetings', async () => {
    const added = await gql('dcio', Q.addAction, {
      i: { meetingId: id.byDirection, title: 'Rencontrer les familles', ownerName: 'DCIO' },
    });
    expect(added.errors).toBeUndefined();
    const done = await gql('dcio', Q.updateAction, {
      i: { id: added.data.addMeetingAction.id, version: 1, status: 'FAITE' },
    });
    expect(done.data.updateMeetingAction).toMatchObject({ status: 'FAITE', version: 2 });
    expect(
      code(await gql('psyen', Q.addAction, { i: { meetingId: id.byDirection, title: 'Pirate', ownerName: 'PsyEn' } })),
    ).toBe('FORBIDDEN');
    const read = await gql('psyen2', Q.meeting, { id: id.byDirection });
    expect(read.data.meeting.actions.map((a: { title: string }) => a.title)).toEqual(['Rencontrer les familles']);
  });

  it('row-level security says the same on the tables', async () => {
    // Those outside the CIO see none of its meetings nor their rows.
    for (const who of ['psyenVierzon', 'referent', 'chef'] as const) {
      const seen = await asUser<{ id: string }>(who, sql`select id from meeting where cio_id = ${id.cio}`);
      expect(seen, who).toEqual([]);
      const items = await asUser(
        who,
        sql`select meeting_id from meeting_agenda_item where meeting_id = ${id.byDirection}`,
      );
      expect(items, who).toEqual([]);
      await expect(
        asUser(
          who,
          sql`insert into meeting (kind, series_id, cio_id, title, starts_at, ends_at, place, case_access_days, organizer_name, organizer_email)
              values ('CONCERTATION_PROJET', gen_random_uuid(), ${id.cio}, 'Pirate', now(), now() + interval '1 hour', 'Ici', 7, 'X', 'x@x.test')`,
          'write',
        ),
        who,
      ).rejects.toMatchObject({
        cause: expect.objectContaining({ message: expect.stringMatching(/row-level security/) }),
      });
    }
    // The CIO's PsyEn read them all, but change only what they scheduled.
    const read = await asUser<{ id: string }>('psyen2', sql`select id from meeting where cio_id = ${id.cio}`);
    expect(read.map((r) => r.id)).toEqual(expect.arrayContaining([id.byDirection, id.byPsyen, id.action]));
    expect(
      await asUser('psyen2', sql`update meeting set title = 'Pirate' where cio_id = ${id.cio} returning id`, 'write'),
    ).toEqual([]);
    expect(
      await asUser(
        'psyen2',
        sql`delete from meeting_agenda_item where meeting_id = ${id.byPsyen} returning title`,
        'write',
      ),
    ).toEqual([]);
    const own = await asUser<{ id: string }>(
      'psyen',
      sql`update meeting set title = title where cio_id = ${id.cio} returning id`,
      'write',
    );
    // Theirs in this test (the demo's concertation is theirs too), not the direction's.
    expect(own.map((r) => r.id)).toContain(id.byPsyen);
    expect(own.map((r) => r.id)).not.toContain(id.byDirection);
    expect(own.map((r) => r.id)).not.toContain(id.action);
    // The direction team changes every meeting of the CIO.
    const direction = await asUser<{ id: string }>(
      'ienio',
      sql`update meeting set title = title where cio_id = ${id.cio} returning id`,
      'write',
    );
    expect(direction.map((r) => r.id)).toEqual(expect.arrayContaining([id.byDirection, id.byPsyen, id.action]));
    // The database refuses a CIO meeting of a platform's kind, and a convener of both kinds.
    await expect(
      t.database.db.execute(sql`update meeting set kind = 'COTECH' where id = ${id.byDirection}`),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ constraint: 'meeting_cio_kind_check' }) });
    await expect(
      t.database.db.execute(sql`update meeting set platform_id = ${id.platform} where id = ${id.byDirection}`),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ constraint: 'meeting_convener_check' }) });
  });

  it('a cancelled concertation is the direction’s or its author’s to cancel', async () => {
    const m = (await gql('dcio', Q.meeting, { id: id.action })).data.meeting;
    expect(code(await gql('psyen', Q.cancel, { i: { id: id.action, version: m.version } }))).toBe('FORBIDDEN');
    const res = await gql('dcio', Q.cancel, { i: { id: id.action, version: m.version } });
    expect(res.data.cancelMeeting.status).toBe('ANNULEE');
  });
});
