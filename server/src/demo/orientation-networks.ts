import { inArray } from 'drizzle-orm';
import type { Tx } from '../core/db/driver.js';
import { appUser, organisation } from '../modules/identity/tables.js';
import { meeting, meetingAction, meetingAgendaItem } from '../modules/instances/tables.js';
import {
  orientationDuty,
  orientationDutyCell,
  orientationNetwork,
  orientationNetworkPsyen,
  orientationNetworkSchool,
  orientationPeriod,
  orientationSlot,
  orientationTransversalFile,
  psyenService,
} from '../modules/orientation/tables.js';

/** The school year under way at `today` (« 2026-2027 » from September 2026). */
function schoolYearOf(today: Date): number {
  return today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}

type Slot = [weekday: number, halfDay: 'MATIN' | 'APRES_MIDI', what: string, remote?: boolean];

/** Each PsyEn's week, the same in every period but for the last school, which « vœux » leaves out. */
const WEEKS: Record<string, { quotity: number; slots: Slot[] }> = {
  'psyen@demo.test': {
    quotity: 100,
    slots: [
      [1, 'MATIN', 'PERMANENCE'],
      [1, 'APRES_MIDI', 'ENTRETIENS_EXTERNALISES'],
      [2, 'MATIN', 'Lycée Alain-Fournier'],
      [2, 'APRES_MIDI', 'Lycée Alain-Fournier'],
      [3, 'MATIN', 'Lycée Jacques-Cœur'],
      [4, 'MATIN', 'Collège Jean-Renoir'],
      [4, 'APRES_MIDI', 'CONCERTATION'],
      [5, 'MATIN', 'Collège Littré'],
    ],
  },
  'psyen2@demo.test': {
    quotity: 80,
    slots: [
      [1, 'MATIN', 'Collège Jean-Renoir'],
      [2, 'MATIN', 'PERMANENCE'],
      [2, 'APRES_MIDI', 'Lycée Jacques-Cœur', true],
      [4, 'MATIN', 'Lycée Alain-Fournier'],
      [4, 'APRES_MIDI', 'ENTRETIENS_EXTERNALISES'],
      [5, 'APRES_MIDI', 'CONCERTATION'],
    ],
  },
};

const DUTIES: [string, Record<string, 'PILOTE' | 'CONTRIBUE' | 'INFORME'>][] = [
  ['Piloter l’expérimentation dans le département', { IEN_IO: 'PILOTE', CIO_DIRECTOR: 'CONTRIBUE', DASEN: 'INFORME' }],
  [
    'Organiser le temps des PsyEn entre le CIO et les établissements',
    { CIO_DIRECTOR: 'PILOTE', PSYEN: 'CONTRIBUE', SCHOOL_HEAD: 'INFORME' },
  ],
  ['Fixer l’ordre du jour des concertations', { CIO_DIRECTOR: 'PILOTE', PSYEN: 'CONTRIBUE' }],
  ['Arbitrer les situations complexes', { CIO_DIRECTOR: 'PILOTE', IEN_IO: 'CONTRIBUE', SCHOOL_HEAD: 'INFORME' }],
  [
    'Accueillir le PsyEn et organiser sa présence dans l’établissement',
    { SCHOOL_HEAD: 'PILOTE', PSYEN: 'CONTRIBUE', CIO_DIRECTOR: 'INFORME' },
  ],
  [
    'Évaluer l’expérimentation (groupe de travail)',
    { IEN_IO: 'PILOTE', CIO_DIRECTOR: 'CONTRIBUE', PSYEN: 'CONTRIBUE', SG: 'INFORME' },
  ],
];

/**
 * The Cher's orientation service in the demo (issue 18): the CIO of Bourges's calendar for the school
 * year under way, the network of the Lycée Alain-Fournier with two PsyEn and their weeks (the Collège
 * Littré left without time in « Vœux », which the check names), its « qui fait quoi ? » and its
 * transversal files. The Lycée Marguerite-de-Navarre is left for a network to build.
 */
export async function seedOrientationNetworks(tx: Tx, today = new Date()): Promise<void> {
  const year = schoolYearOf(today);
  const schoolYear = `${year}-${year + 1}`;
  const orgs = new Map(
    (await tx.select({ id: organisation.id, name: organisation.name }).from(organisation)).map((o) => [o.name, o.id]),
  );
  const users = new Map(
    (
      await tx
        .select({ id: appUser.id, email: appUser.email })
        .from(appUser)
        .where(
          inArray(appUser.email, [
            'dcio@demo.test',
            ...Array.from({ length: 6 }, (_, i) => `psyen${i ? i + 1 : ''}@demo.test`),
          ]),
        )
    ).map((u) => [u.email, u.id]),
  );
  const cioId = orgs.get('CIO de Bourges')!;
  const periods = await tx
    .insert(orientationPeriod)
    .values([
      { cioId, schoolYear, name: 'Rentrée', startsOn: `${year}-09-01`, endsOn: `${year}-12-19` },
      { cioId, schoolYear, name: 'Vœux', startsOn: `${year + 1}-01-05`, endsOn: `${year + 1}-03-31` },
      { cioId, schoolYear, name: 'Affectation', startsOn: `${year + 1}-04-01`, endsOn: `${year + 1}-07-03` },
    ])
    .returning();
  const [network] = await tx
    .insert(orientationNetwork)
    .values({ cioId, name: 'Réseau Alain-Fournier', headSchoolId: orgs.get('Lycée Alain-Fournier')! })
    .returning();
  const schools = ['Lycée Alain-Fournier', 'Lycée Jacques-Cœur', 'Collège Jean-Renoir', 'Collège Littré'];
  await tx
    .insert(orientationNetworkSchool)
    .values(schools.map((s) => ({ networkId: network!.id, schoolId: orgs.get(s)! })));
  await tx
    .insert(orientationNetworkPsyen)
    .values(Object.keys(WEEKS).map((email) => ({ networkId: network!.id, userId: users.get(email)! })));
  await tx
    .insert(psyenService)
    .values(
      [...users.entries()]
        .filter(([email]) => email.startsWith('psyen'))
        .map(([email, userId]) => ({ cioId, userId, quotityPercent: WEEKS[email]?.quotity ?? 100 })),
    );
  for (const period of periods)
    for (const [email, week] of Object.entries(WEEKS)) {
      const slots = week.slots.filter(([, , what]) => !(period.name === 'Vœux' && what === 'Collège Littré'));
      await tx.insert(orientationSlot).values(
        slots.map(([weekday, halfDay, what, remote]) => {
          const schoolId = orgs.get(what) ?? null;
          return {
            cioId,
            periodId: period.id,
            userId: users.get(email)!,
            activity: schoolId ? 'ETABLISSEMENT' : what,
            schoolId,
            networkId: schoolId ? network!.id : null,
            weekday,
            halfDay,
            mode: remote ? 'DISTANCE' : 'SUR_SITE',
          };
        }),
      );
    }
  for (const [position, [label, cells]] of DUTIES.entries()) {
    const [duty] = await tx
      .insert(orientationDuty)
      .values({ cioId, label, position: position + 1 })
      .returning();
    await tx
      .insert(orientationDutyCell)
      .values(Object.entries(cells).map(([role, involvement]) => ({ dutyId: duty!.id, role, involvement })));
  }
  const dcio = users.get('dcio@demo.test')!;
  await tx.insert(orientationTransversalFile).values([
    {
      cioId,
      kind: 'DISPOSITIFS_RELAIS',
      title: 'Dispositifs relais du bassin de Bourges',
      pilotUserId: dcio,
      since: `${year - 1}-09-01`,
    },
    {
      cioId,
      kind: 'FOQUALE',
      title: 'Réseau FOQUALE',
      pilotUserId: users.get('psyen2@demo.test')!,
      since: `${year}-09-15`,
      documentLinks: ['https://eduscol.education.fr/1157/lutte-contre-le-decrochage-scolaire'],
    },
    {
      cioId,
      kind: 'COMMISSION_ABSENTEISME',
      title: 'Commission absentéisme du bassin',
      pilotUserId: dcio,
      since: `${year - 2}-09-01`,
      status: 'EN_VEILLE',
    },
    {
      cioId,
      kind: 'REAFFECTATION_DISCIPLINE',
      title: 'Réaffectations après conseil de discipline',
      pilotUserId: dcio,
      since: `${year}-09-01`,
    },
  ]);
  await seedCioMeetings(tx, cioId, dcio, users.get('psyen@demo.test')!, today);
}

/**
 * The CIO's concertation sur projet (on a PsyEn's initiative) and a parcours Avenir action for the
 * families and partners of the territory (issue 18), both to come, the direction's with an action.
 */
async function seedCioMeetings(tx: Tx, cioId: string, dcio: string, psyen: string, today: Date) {
  const at = (days: number, hourUtc: number) => {
    const d = new Date(today.getTime() + days * 86_400_000);
    d.setUTCHours(hourUtc, 0, 0, 0);
    return d;
  };
  const [author] = await tx
    .select({ id: appUser.id, name: appUser.displayName, email: appUser.email })
    .from(appUser)
    .where(inArray(appUser.id, [psyen]));
  const [director] = await tx
    .select({ name: appUser.displayName, email: appUser.email })
    .from(appUser)
    .where(inArray(appUser.id, [dcio]));
  const concertationId = crypto.randomUUID();
  const actionId = crypto.randomUUID();
  await tx.insert(meeting).values([
    {
      id: concertationId,
      kind: 'CONCERTATION_PROJET',
      seriesId: concertationId,
      cioId,
      title: 'Concertation sur le projet d’orientation des élèves de 3e du réseau Alain-Fournier',
      startsAt: at(9, 13),
      endsAt: at(9, 15),
      place: 'CIO de Bourges, salle de réunion',
      caseAccessDays: 0,
      createdBy: psyen,
      organizerName: author!.name,
      organizerEmail: author!.email,
    },
    {
      id: actionId,
      kind: 'ACTION_THEMATIQUE',
      parcours: 'AVENIR',
      seriesId: actionId,
      cioId,
      title: 'Soirée des familles : découvrir les métiers et les formations',
      theme: 'Familles et partenaires du bassin',
      startsAt: at(16, 17),
      endsAt: at(16, 19),
      place: 'Lycée Alain-Fournier, amphithéâtre',
      caseAccessDays: 0,
      createdBy: dcio,
      organizerName: director!.name,
      organizerEmail: director!.email,
    },
  ]);
  await tx.insert(meetingAgendaItem).values([
    { meetingId: concertationId, position: 0, title: 'Les projets des élèves en réflexion' },
    { meetingId: concertationId, position: 1, title: 'Les entretiens à proposer aux familles' },
    { meetingId: actionId, position: 0, title: 'Présentation du parcours Avenir' },
    { meetingId: actionId, position: 1, title: 'Stands des partenaires' },
  ]);
  await tx.insert(meetingAction).values({
    meetingId: actionId,
    seriesId: actionId,
    title: 'Inviter les entreprises partenaires',
    ownerName: director!.name,
    dueDate: at(7, 12).toISOString().slice(0, 10),
  });
}
