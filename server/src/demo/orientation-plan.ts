import { sql } from 'drizzle-orm';
import type { DutyRole, WorkPlanStatus } from '@maillage/shared';
import type { Db } from '../core/db/driver.js';
import { workPlan, workPlanAction, workPlanComment } from '../modules/orientation/workplan/tables.js';

/*
 * The work plans of the CIO de Bourges (issue 18): the Cher experiment's plan, April 2021 – May 2022,
 * every action done (a finished example), and the plan of the school year 2026-2027 under way, with an
 * action late (its months over, not done) and one due this month.
 */

type SeedAction = [
  title: string,
  from: string,
  to: string,
  roles: DutyRole[],
  people: string[],
  status: WorkPlanStatus,
];

const EXPERIMENT: SeedAction[] = [
  [
    'Présentation du projet aux chefs d’établissement',
    '2021-04',
    '2021-04',
    ['DASEN', 'IEN_IO', 'CIO_DIRECTOR'],
    [],
    'FAIT',
  ],
  [
    'Constitution des réseaux autour des lycées têtes de réseau',
    '2021-05',
    '2021-06',
    ['IEN_IO', 'CIO_DIRECTOR'],
    [],
    'FAIT',
  ],
  ['Affectation des PsyEn aux réseaux', '2021-06', '2021-06', ['CIO_DIRECTOR'], [], 'FAIT'],
  ['Rédaction du « qui fait quoi ? »', '2021-06', '2021-07', ['IEN_IO', 'CIO_DIRECTOR', 'PSYEN'], [], 'FAIT'],
  ['Présentation de l’organisation aux équipes du CIO', '2021-09', '2021-09', ['CIO_DIRECTOR', 'PSYEN'], [], 'FAIT'],
  [
    'Organisation des permanences au CIO et dans les établissements',
    '2021-09',
    '2021-10',
    ['CIO_DIRECTOR', 'PSYEN'],
    [],
    'FAIT',
  ],
  [
    'Première réunion de chaque réseau (PsyEn et chefs d’établissement)',
    '2021-10',
    '2021-10',
    ['PSYEN', 'SCHOOL_HEAD'],
    [],
    'FAIT',
  ],
  [
    'Installation du groupe de travail « évaluation »',
    '2021-11',
    '2021-11',
    ['IEN_IO', 'CIO_DIRECTOR', 'PSYEN'],
    [],
    'FAIT',
  ],
  ['Point d’étape avec le DASEN et le secrétaire général', '2022-01', '2022-01', ['DASEN', 'SG', 'IEN_IO'], [], 'FAIT'],
  [
    'Questionnaire sur la qualité de vie au travail (QVT) des PsyEn',
    '2022-02',
    '2022-03',
    ['CIO_DIRECTOR', 'PSYEN'],
    [],
    'FAIT',
  ],
  ['Bilan des permanences et des entretiens externalisés', '2022-03', '2022-04', ['CIO_DIRECTOR', 'PSYEN'], [], 'FAIT'],
  ['Questionnaire aux chefs d’établissement des réseaux', '2022-04', '2022-04', ['IEN_IO', 'SCHOOL_HEAD'], [], 'FAIT'],
  [
    'Réunion bilan de l’expérimentation',
    '2022-05',
    '2022-05',
    ['DASEN', 'IEN_IO', 'CIO_DIRECTOR', 'PSYEN', 'SCHOOL_HEAD'],
    [],
    'FAIT',
  ],
];

const CURRENT: SeedAction[] = [
  ['Mise à jour du « qui fait quoi ? »', '2026-09', '2026-09', ['IEN_IO', 'CIO_DIRECTOR'], [], 'FAIT'],
  ['Répartition des PsyEn dans les réseaux', '2026-09', '2026-09', ['CIO_DIRECTOR'], [], 'FAIT'],
  ['Calendrier des permanences du premier trimestre', '2026-09', '2026-10', [], ['psyen@demo.test'], 'FAIT'],
  [
    'Réunions de rentrée des réseaux',
    '2026-10',
    '2026-11',
    ['PSYEN'],
    ['psyen@demo.test', 'psyen2@demo.test'],
    'EN_COURS',
  ],
  ['Questionnaire QVT des PsyEn', '2026-12', '2027-01', ['CIO_DIRECTOR'], ['psyen3@demo.test'], 'A_FAIRE'],
  [
    'Préparation des vœux d’orientation avec les établissements',
    '2027-01',
    '2027-03',
    ['PSYEN', 'SCHOOL_HEAD'],
    [],
    'A_FAIRE',
  ],
  ['Groupe de travail « évaluation »', '2026-09', '2027-08', ['IEN_IO', 'CIO_DIRECTOR'], [], 'EN_COURS'],
  ['Réunion bilan de l’année', '2027-06', '2027-06', ['IEN_IO', 'CIO_DIRECTOR', 'PSYEN', 'SCHOOL_HEAD'], [], 'A_FAIRE'],
];

export async function seedOrientationPlan(db: Db): Promise<void> {
  const { rows } = await db.execute<{ id: string }>(sql`select id from organisation where name = 'CIO de Bourges'`);
  const cioId = rows[0]?.id;
  if (!cioId) return;
  const users = await db.execute<{ id: string; email: string; display_name: string }>(
    sql`select id, email, display_name from app_user where email like '%@demo.test'`,
  );
  const userOf = (email: string) => users.rows.find((u) => u.email === email)!;
  const dcio = userOf('dcio@demo.test');
  await db.transaction(async (tx) => {
    const plans: [string, string, string, SeedAction[]][] = [
      ['Expérimentation du Cher (2021-2022)', '2021-04', '2022-05', EXPERIMENT],
      ['Plan de travail 2026-2027', '2026-09', '2027-08', CURRENT],
    ];
    for (const [title, from, to, actions] of plans) {
      const [plan] = await tx
        .insert(workPlan)
        .values({ cioId, title, startMonth: `${from}-01`, endMonth: `${to}-01`, createdBy: dcio.id })
        .returning();
      const inserted = await tx
        .insert(workPlanAction)
        .values(
          actions.map(([actionTitle, start, end, roles, people, status]) => ({
            planId: plan!.id,
            cioId,
            title: actionTitle,
            roles,
            personIds: people.map((e) => userOf(e).id),
            startMonth: `${start}-01`,
            endMonth: `${end}-01`,
            status,
            evidenceUrl: actionTitle.startsWith('Rédaction du « qui fait quoi')
              ? 'https://www.ac-orleans-tours.fr/orientation-cher-qui-fait-quoi'
              : null,
          })),
        )
        .returning();
      const late = inserted.find((a) => a.title === 'Réunions de rentrée des réseaux');
      if (late)
        await tx.insert(workPlanComment).values({
          actionId: late.id,
          cioId,
          authorId: userOf('psyen@demo.test').id,
          authorName: userOf('psyen@demo.test').display_name,
          body: 'Deux réseaux sur trois réunis ; la réunion du réseau de Saint-Amand est à reprogrammer.',
        });
    }
  });
}
