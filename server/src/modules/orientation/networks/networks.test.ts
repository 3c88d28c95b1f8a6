import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { loadActor } from '../../../core/auth/authenticate.js';
import { withActorTx } from '../../../core/db/actor-tx.js';
import { hashPassword } from '../../../core/auth/passwords.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { ownerId, ownerRows } from '../../psad/cases/test-fixtures.js';
import { firstWeekdayFrom } from './timetable-file.js';

/**
 * Orientation networks (issue 18): the direction team of a CIO (its DCIO, the département's IEN-IO)
 * builds networks around a lycée tête de réseau and splits its PsyEn's time by period; the PsyEn and
 * the heads of the networks' schools read; nobody else edits (API and row-level security alike).
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
  dcioVierzon: 'dcio.vierzon@test.test',
} as const;
type Who = keyof typeof EMAILS;

const gql = (who: Who, query: string, variables?: Record<string, unknown>) => t.gql(tok[who]!, query, variables);

const NETWORK = `id name version warnings headSchool { id name } schools { id name } psyen { id displayName }`;
const Q = {
  createPeriod: `mutation($i: CreateOrientationPeriodInput!) { createOrientationPeriod(input: $i) { id name version } }`,
  createNetwork: `mutation($i: CreateOrientationNetworkInput!) { createOrientationNetwork(input: $i) { ${NETWORK} } }`,
  updateNetwork: `mutation($i: UpdateOrientationNetworkInput!) { updateOrientationNetwork(input: $i) { ${NETWORK} } }`,
  networks: `query($c: ID!) { orientationNetworks(cioId: $c) { ${NETWORK} } }`,
  week: `mutation($i: SetPsyenWeekInput!) { setPsyenWeek(input: $i) { id weekday halfDay activity school { name } person { displayName } } }`,
  quotity: `mutation($i: SetPsyenQuotityInput!) { setPsyenQuotity(input: $i) { quotityPercent availableHalfDays version } }`,
  check: `query($c: ID!) { orientationServiceCheck(cioId: $c, schoolYear: "2026-2027") {
    services { person { id } periodId availableHalfDays cioHalfDays schoolHalfDays version }
    uncovered { networkName periodName school { name } } } }`,
  timetable: `query($p: ID!, $u: ID, $s: ID) { orientationTimetable(periodId: $p, userId: $u, schoolId: $s) { weekday halfDay school { name } person { displayName } } }`,
  files: `query($c: ID!) { orientationTransversalFiles(cioId: $c) { id title pilot { displayName } } }`,
};

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

const serviceVersion = async (userId: string) =>
  (await ownerRows<{ version: number }>(t, sql`select version from psyen_service where user_id = ${userId}`))[0]!
    .version;

beforeAll(async () => {
  t = await createTestApp({ JOB_WORKERS: 'off' });
  // From a CIO without the demo's network and calendar: the test builds its own.
  await t.database.db.execute(sql`delete from orientation_slot`);
  for (const table of [
    'orientation_network',
    'orientation_period',
    'psyen_service',
    'orientation_duty',
    'orientation_transversal_file',
  ])
    await t.database.db.execute(sql.raw(`delete from ${table}`));
  const org = (name: string) => ownerId(t, sql`select id from organisation where name = ${name}`);
  id.cio = await org('CIO de Bourges');
  id.vierzon = await org('CIO de Vierzon');
  id.head = await org('Lycée Alain-Fournier');
  id.jacques = await org('Lycée Jacques-Cœur');
  id.renoir = await org('Collège Jean-Renoir');
  id.littre = await org('Collège Littré');
  id.navarre = await org('Lycée Marguerite-de-Navarre');
  id.psyen = await ownerId(t, sql`select id from app_user where email = ${EMAILS.psyen}`);
  id.psyen2 = await ownerId(t, sql`select id from app_user where email = ${EMAILS.psyen2}`);
  // A director of another CIO: directs Vierzon, not Bourges.
  const hash = await hashPassword(DEMO_PASSWORD);
  await t.database.db.execute(sql`with u as (
      insert into app_user (email, display_name, password_hash) values (${EMAILS.dcioVierzon}, 'Directeur Vierzon', ${hash}) returning id)
    insert into membership (user_id, organisation_id, roles) select u.id, ${id.vierzon}, array['CIO_DIRECTOR'] from u`);
  for (const [who, email] of Object.entries(EMAILS) as [Who, string][]) tok[who] = await t.login(email);
});
afterAll(() => t?.close());

describe('the calendar and a network around a lycée tête de réseau', () => {
  it('the DCIO sets the periods of the school year', async () => {
    for (const [name, startsOn, endsOn] of [
      ['Rentrée', '2026-09-01', '2026-12-18'],
      ['Vœux', '2027-01-04', '2027-03-31'],
      ['Affectation', '2027-04-01', '2027-07-03'],
    ] as const) {
      const res = await gql('dcio', Q.createPeriod, {
        i: { cioId: id.cio, schoolYear: '2026-2027', name, startsOn, endsOn },
      });
      expect(res.errors).toBeUndefined();
      id[name] = res.data.createOrientationPeriod.id;
    }
    const bad = await gql('dcio', Q.createPeriod, {
      i: { cioId: id.cio, schoolYear: '2026-2028', name: 'Vœux', startsOn: '2027-03-31', endsOn: '2027-01-04' },
    });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const paths = (bad.errors?.[0]?.extensions.fields as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['input.schoolYear', 'input.endsOn']));
  });

  it('builds a network with its schools and two PsyEn, the tête de réseau first', async () => {
    const res = await gql('dcio', Q.createNetwork, {
      i: {
        cioId: id.cio,
        name: 'Réseau Alain-Fournier',
        headSchoolId: id.head,
        schoolIds: [id.renoir, id.jacques],
        psyenIds: [id.psyen, id.psyen2],
      },
    });
    expect(res.errors).toBeUndefined();
    const n = res.data.createOrientationNetwork;
    id.network = n.id;
    expect(n.schools.map((s: { name: string }) => s.name)).toEqual([
      'Lycée Alain-Fournier',
      'Collège Jean-Renoir',
      'Lycée Jacques-Cœur',
    ]);
    expect(n.psyen.map((p: { displayName: string }) => p.displayName).sort()).toEqual([
      'Pauline Ardoin',
      'Pierre Berthon',
    ]);
    expect(n.warnings).toEqual([]);
  });

  it('refuses a head that is not a lycée tête de réseau, a non-EPLE school, a PsyEn of no such CIO', async () => {
    const res = await gql('dcio', Q.createNetwork, {
      i: { cioId: id.cio, name: 'Réseau bis', headSchoolId: id.jacques, schoolIds: [id.vierzon], psyenIds: [id.head] },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0]?.extensions.fields as { path: string }[]).map((f) => f.path)).toEqual([
      'input.headSchoolId',
      'input.schoolIds.0',
      'input.psyenIds.0',
    ]);
  });

  it('warns of a network without PsyEn and of a school in two networks', async () => {
    const res = await gql('ienio', Q.createNetwork, {
      i: {
        cioId: id.cio,
        name: 'Réseau Marguerite-de-Navarre',
        headSchoolId: id.navarre,
        schoolIds: [id.renoir, id.littre],
        psyenIds: [],
      },
    });
    expect(res.errors).toBeUndefined();
    id.network2 = res.data.createOrientationNetwork.id;
    expect(res.data.createOrientationNetwork.warnings).toEqual([
      'Aucun psychologue n’est associé à ce réseau.',
      'Collège Jean-Renoir appartient aussi au réseau « Réseau Alain-Fournier ».',
    ]);
    const list = await gql('dcio', Q.networks, { c: id.cio });
    const first = list.data.orientationNetworks.find((n: { id: string }) => n.id === id.network);
    expect(first?.warnings).toEqual([
      'Collège Jean-Renoir appartient aussi au réseau « Réseau Marguerite-de-Navarre ».',
    ]);
  });
});

describe('nobody outside the CIO’s direction team edits its networks', () => {
  const attempt = { cioId: '', name: 'Réseau pirate', headSchoolId: '', schoolIds: [], psyenIds: [] };

  it('refuses a PsyEn, a school head, a referent and another CIO’s director, and audits it', async () => {
    for (const who of ['psyen', 'chef', 'referent', 'dcioVierzon'] as const) {
      const res = await gql(who, Q.createNetwork, { i: { ...attempt, cioId: id.cio, headSchoolId: id.head } });
      expect(res.errors?.[0]?.extensions.code, who).toBe('FORBIDDEN');
      const renamed = await gql(who, Q.updateNetwork, {
        i: { id: id.network, version: 1, name: 'Renommé', headSchoolId: id.head, schoolIds: [], psyenIds: [] },
      });
      expect(renamed.errors?.[0]?.extensions.code, who).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    // Each refused change is in the log, naming the network (the create names the CIO).
    const denied = await ownerRows<{ action: string; subject_type: string; subject_id: string }>(
      t,
      sql`select action, subject_type, subject_id from audit_event
          where outcome = 'DENIED' and (action like '%rientationNetwork' or action like 'orientation_network.%')`,
    );
    const updates = denied.filter((d) => d.subject_type === 'orientation_network');
    expect(updates).toHaveLength(4);
    expect(updates.every((d) => d.subject_id === id.network)).toBe(true);
    expect(denied.filter((d) => d.subject_type === 'organisation' && d.subject_id === id.cio)).toHaveLength(4);
    const names = await ownerRows<{ name: string }>(t, sql`select name from orientation_network order by name`);
    expect(names.map((n) => n.name)).toEqual(['Réseau Alain-Fournier', 'Réseau Marguerite-de-Navarre']);
  });

  it('row-level security refuses them too: no insert, update nor delete reaches the tables', async () => {
    for (const who of ['psyen', 'chef', 'dcioVierzon'] as const) {
      await expect(
        asUser(
          who,
          sql`insert into orientation_network (cio_id, name, head_school_id) values (${id.cio}, 'Pirate', ${id.head})`,
          'write',
        ),
      ).rejects.toMatchObject({
        cause: expect.objectContaining({ message: expect.stringMatching(/row-level security/) }),
      });
      const updated = await asUser(who, sql`update orientation_network set name = 'Pirate' returning id`, 'write');
      expect(updated, who).toEqual([]);
      const removed = await asUser(who, sql`delete from orientation_network_school returning school_id`, 'write');
      expect(removed, who).toEqual([]);
      const slots = await asUser(who, sql`delete from orientation_slot returning id`, 'write');
      expect(slots, who).toEqual([]);
    }
    // Another CIO's director does not even see them.
    expect(await asUser('dcioVierzon', sql`select id from orientation_network`)).toEqual([]);
    // The PsyEn reads both; the school head only their school's network.
    expect(await asUser('psyen', sql`select id from orientation_network`)).toHaveLength(2);
    expect(await asUser('chef', sql`select id from orientation_network`)).toEqual([{ id: id.network }]);
  });
});

describe('the PsyEn’s time by period', () => {
  it('splits a week between the CIO and the network’s schools, within the quotity', async () => {
    const v = await serviceVersion(id.psyen!);
    const quotity = await gql('dcio', Q.quotity, {
      i: { cioId: id.cio, userId: id.psyen, version: v, quotityPercent: 80 },
    });
    expect(quotity.data.setPsyenQuotity).toMatchObject({ quotityPercent: 80, availableHalfDays: 8 });
    const slots = [
      { weekday: 1, halfDay: 'MATIN', activity: 'PERMANENCE' },
      { weekday: 1, halfDay: 'APRES_MIDI', activity: 'ENTRETIENS_EXTERNALISES' },
      { weekday: 2, halfDay: 'MATIN', activity: 'ETABLISSEMENT', schoolId: id.head },
      { weekday: 2, halfDay: 'APRES_MIDI', activity: 'ETABLISSEMENT', schoolId: id.head, mode: 'DISTANCE' },
      { weekday: 4, halfDay: 'MATIN', activity: 'ETABLISSEMENT', schoolId: id.renoir },
      { weekday: 4, halfDay: 'APRES_MIDI', activity: 'CONCERTATION' },
    ];
    const res = await gql('dcio', Q.week, {
      i: { cioId: id.cio, periodId: id.Rentrée, userId: id.psyen, version: v + 1, slots },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.setPsyenWeek).toHaveLength(6);
    expect(res.data.setPsyenWeek[2]).toMatchObject({
      weekday: 2,
      halfDay: 'MATIN',
      school: { name: 'Lycée Alain-Fournier' },
    });

    // Nine half-days for a quotity of 80 %: refused, nothing changed.
    const nine = Array.from({ length: 9 }, (_, i) => ({
      weekday: 1 + Math.floor(i / 2),
      halfDay: i % 2 ? 'APRES_MIDI' : 'MATIN',
      activity: 'PERMANENCE',
    }));
    const over = await gql('dcio', Q.week, {
      i: { cioId: id.cio, periodId: id.Vœux, userId: id.psyen, version: v + 2, slots: nine },
    });
    expect(over.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(over.errors?.[0]?.message).toMatch(/dépasse la quotité : 9 demi-journées pour 8 au plus/);
    // A school outside the PsyEn's networks, the same half-day twice, an old version.
    const outside = await gql('dcio', Q.week, {
      i: {
        cioId: id.cio,
        periodId: id.Vœux,
        userId: id.psyen,
        version: v + 2,
        slots: [{ weekday: 3, halfDay: 'MATIN', activity: 'ETABLISSEMENT', schoolId: id.littre }],
      },
    });
    expect(outside.errors?.[0]?.extensions.fields).toEqual([
      { path: 'input.slots.0.schoolId', message: 'un établissement d’un réseau de ce psychologue' },
    ]);
    const twice = await gql('dcio', Q.week, {
      i: { cioId: id.cio, periodId: id.Vœux, userId: id.psyen, version: v + 2, slots: [slots[0], slots[0]] },
    });
    expect(twice.errors?.[0]?.extensions.fields).toEqual([
      { path: 'input.slots.1.halfDay', message: 'cette demi-journée est déjà occupée' },
    ]);
    const stale = await gql('dcio', Q.week, {
      i: { cioId: id.cio, periodId: id.Vœux, userId: id.psyen, version: v, slots: [] },
    });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // A quotity below the week already set is refused, naming the period.
    const lower = await gql('dcio', Q.quotity, {
      i: { cioId: id.cio, userId: id.psyen, version: v + 2, quotityPercent: 50 },
    });
    expect(lower.errors?.[0]?.extensions.fields).toEqual([
      {
        path: 'input.quotityPercent',
        message: 'la période « Rentrée » compte 6 demi-journées, plus que les 5 de cette quotité',
      },
    ]);
  });

  it('names each school of a network left without time in a period', async () => {
    const v2 = await serviceVersion(id.psyen2!);
    await gql('dcio', Q.week, {
      i: {
        cioId: id.cio,
        periodId: id.Rentrée,
        userId: id.psyen2,
        version: v2,
        slots: [{ weekday: 3, halfDay: 'MATIN', activity: 'ETABLISSEMENT', schoolId: id.jacques }],
      },
    });
    const res = await gql('dcio', Q.check, { c: id.cio });
    expect(res.errors).toBeUndefined();
    const uncovered = res.data.orientationServiceCheck.uncovered as {
      networkName: string;
      periodName: string;
      school: { name: string };
    }[];
    const alainFournier = uncovered.filter((u) => u.networkName === 'Réseau Alain-Fournier');
    expect(alainFournier.filter((u) => u.periodName === 'Rentrée')).toEqual([]);
    expect(alainFournier.filter((u) => u.periodName === 'Vœux').map((u) => u.school.name)).toEqual([
      'Collège Jean-Renoir',
      'Lycée Alain-Fournier',
      'Lycée Jacques-Cœur',
    ]);
    const service = (res.data.orientationServiceCheck.services as { person: { id: string }; periodId: string }[]).find(
      (s) => s.person.id === id.psyen && s.periodId === id.Rentrée,
    );
    expect(service).toMatchObject({ availableHalfDays: 8, cioHalfDays: 3, schoolHalfDays: 3 });
  });

  it('the school head sees when the PsyEn are in their school, and nothing of the CIO’s files', async () => {
    const res = await gql('chef', Q.timetable, { p: id.Rentrée, s: id.head });
    expect(res.errors).toBeUndefined();
    expect(res.data.orientationTimetable).toEqual([
      {
        weekday: 2,
        halfDay: 'MATIN',
        school: { name: 'Lycée Alain-Fournier' },
        person: { displayName: 'Pauline Ardoin' },
      },
      {
        weekday: 2,
        halfDay: 'APRES_MIDI',
        school: { name: 'Lycée Alain-Fournier' },
        person: { displayName: 'Pauline Ardoin' },
      },
    ]);
    // All they may see of the period: their network's schools' half-days, never the CIO's.
    const all = await gql('chef', Q.timetable, { p: id.Rentrée });
    expect(all.data.orientationTimetable.every((s: { school: unknown }) => s.school !== null)).toBe(true);
    const files = await gql('chef', Q.files, { c: id.cio });
    expect(files.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('exports the PsyEn’s weeks as weekly iCalendar events in Paris time', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/orientation/cios/${id.cio}/psyen/${id.psyen}/emploi-du-temps.ics?annee=2026-2027`,
      headers: { authorization: `Bearer ${tok.psyen}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = res.body.replace(/\r\n[ \t]/g, '');
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    // Tuesday 1 September 2026 is the period's first Tuesday: 08:30 in Paris, weekly until the 18 December.
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Paris:20260901T083000/);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=20261218T225959Z/);
    expect(ics).toMatch(/SUMMARY:Lycée Alain-Fournier \(à distance\)/);
    const chef = await t.app.inject({
      method: 'GET',
      url: `/api/orientation/cios/${id.cio}/psyen/${id.psyen}/emploi-du-temps.ics?annee=2026-2027`,
      headers: { authorization: `Bearer ${tok.chef}` },
    });
    expect(chef.body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('finds the first weekday of a period', () => {
    expect(firstWeekdayFrom('2026-09-01', 2)).toBe('2026-09-01');
    expect(firstWeekdayFrom('2026-09-01', 1)).toBe('2026-09-07');
    expect(firstWeekdayFrom('2027-01-04', 5)).toBe('2027-01-08');
  });
});

describe('the « qui fait quoi ? » and the transversal files', () => {
  it('the direction team writes them; the PsyEn read; the school head reads the matrix only', async () => {
    const duty = await gql(
      'dcio',
      `mutation($i: CreateOrientationDutyInput!) { createOrientationDuty(input: $i) { id version cells { role involvement } } }`,
      {
        i: {
          cioId: id.cio,
          label: 'Organiser le temps des PsyEn entre le CIO et les établissements',
          cells: [
            { role: 'CIO_DIRECTOR', involvement: 'PILOTE' },
            { role: 'PSYEN', involvement: 'CONTRIBUE' },
            { role: 'SCHOOL_HEAD', involvement: 'INFORME' },
          ],
        },
      },
    );
    expect(duty.errors).toBeUndefined();
    const read = await gql(
      'chef',
      `query($c: ID!) { orientationDuties(cioId: $c) { label cells { role involvement } } }`,
      { c: id.cio },
    );
    expect(read.data.orientationDuties[0]?.cells).toHaveLength(3);
    const psyenWrites = await gql(
      'psyen',
      `mutation($i: CreateOrientationDutyInput!) { createOrientationDuty(input: $i) { id } }`,
      {
        i: { cioId: id.cio, label: 'X', cells: [] },
      },
    );
    expect(psyenWrites.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const file = await gql(
      'dcio',
      `mutation($i: CreateTransversalFileInput!) { createTransversalFile(input: $i) { id version pilot { displayName } } }`,
      {
        i: {
          cioId: id.cio,
          kind: 'FOQUALE',
          title: 'Réseau FOQUALE du bassin',
          pilotUserId: id.psyen2,
          since: '2026-09-01',
          status: 'EN_COURS',
          documentLinks: ['https://eduscol.education.fr/foquale'],
        },
      },
    );
    expect(file.errors).toBeUndefined();
    expect(file.data.createTransversalFile.pilot.displayName).toBe('Pierre Berthon');
    const badLink = await gql(
      'dcio',
      `mutation($i: CreateTransversalFileInput!) { createTransversalFile(input: $i) { id } }`,
      {
        i: {
          cioId: id.cio,
          kind: 'AUTRE',
          title: 'X',
          since: '2026-09-01',
          status: 'EN_COURS',
          documentLinks: ['http://x'],
        },
      },
    );
    expect(badLink.errors?.[0]?.extensions.fields).toEqual([
      { path: 'input.documentLinks.0', message: 'un lien commence par https://' },
    ]);
    const psyenReads = await gql('psyen', Q.files, { c: id.cio });
    expect(psyenReads.data.orientationTransversalFiles).toEqual([
      expect.objectContaining({ title: 'Réseau FOQUALE du bassin' }),
    ]);
  });
});
