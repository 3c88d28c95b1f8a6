import { sql } from 'drizzle-orm';
import type { Db } from '../core/db/driver.js';
import {
  cpmsContract,
  cpmsContractExchange,
  cpmsObjectivesContract,
  cpmsSchoolPlan,
} from '../modules/cpms/contracts/tables.js';

/*
 * The CPMS contracts' demo (issue 19): the plan de pilotage of the Athénée royal Liège 1, whose end
 * evaluation falls in the coming weeks and which has no contract yet (the browser journey drafts it), and
 * the plan of the École fondamentale du Laveu, with a contract signed by the Centre PMS de Liège 1.
 */

/** The day `n` days from `from`'s day in Brussels (yyyy-mm-dd). */
const dayFrom = (from: Date, n: number) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(from);
  return new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
};

export async function seedCpmsContracts(db: Db, now = new Date()): Promise<void> {
  const { rows: orgs } = await db.execute<{ id: string; name: string }>(
    sql`select id, name from organisation where name in ('Athénée royal Liège 1', 'École fondamentale du Laveu', 'Centre PMS de Liège 1')`,
  );
  const org = (name: string) => orgs.find((o) => o.name === name)?.id;
  const athenee = org('Athénée royal Liège 1');
  const laveu = org('École fondamentale du Laveu');
  const centre = org('Centre PMS de Liège 1');
  if (!athenee || !laveu || !centre) return;
  const { rows: users } = await db.execute<{ id: string; email: string; display_name: string }>(
    sql`select id, email, display_name from app_user where email in ('direction.cpms@demo.test', 'direction.laveu@demo.test', 'direction.ecole@demo.test')`,
  );
  const user = (email: string) => users.find((u) => u.email === email)!;
  await db.transaction(async (tx) => {
    await tx.insert(cpmsSchoolPlan).values({
      schoolId: athenee,
      title: 'Plan de pilotage 2021-2027 de l’Athénée royal Liège 1',
      startsOn: dayFrom(now, -5 * 365),
      endsOn: dayFrom(now, 120),
      objectives: [
        { code: 'DECROCHAGE', wording: 'Diminuer de moitié les abandons en cours de 3e degré' },
        { code: 'ABSENTEISME', wording: 'Ramener sous 5 % les demi-jours d’absence injustifiée au 1er degré' },
        { code: 'CLIMAT_SCOLAIRE', wording: 'Installer un conseil des élèves par degré' },
      ],
      midEvaluationOn: dayFrom(now, -2 * 365),
      midEvaluationResult: 'Absentéisme en baisse au 1er degré (7,1 % → 5,8 %) ; décrochage stable au 3e degré.',
      // The end evaluation within the announcement's lead time: the contract's evaluation is announced.
      endEvaluationOn: dayFrom(now, 25),
      createdBy: user('direction.ecole@demo.test')?.id ?? null,
    });
    const [laveuPlan] = await tx
      .insert(cpmsSchoolPlan)
      .values({
        schoolId: laveu,
        title: 'Plan de pilotage 2023-2029 de l’École fondamentale du Laveu',
        startsOn: dayFrom(now, -3 * 365),
        endsOn: dayFrom(now, 3 * 365),
        objectives: [
          { code: 'SAVOIRS', wording: 'Renforcer la lecture en 2e et 3e primaire' },
          { code: 'ECHEC_REDOUBLEMENT', wording: 'Réduire le maintien en 3e maternelle et en 1re primaire' },
          { code: 'ORIENTATION', wording: 'Préparer la transition vers le secondaire avec les familles' },
        ],
        midEvaluationOn: dayFrom(now, 30 * 7),
        endEvaluationOn: dayFrom(now, 3 * 365 - 30),
        createdBy: user('direction.laveu@demo.test')?.id ?? null,
      })
      .returning();
    const director = user('direction.cpms@demo.test');
    const head = user('direction.laveu@demo.test');
    const signedAt = new Date(now.getTime() - 200 * 86_400_000);
    const [contract] = await tx
      .insert(cpmsContract)
      .values({
        cpmsId: centre,
        schoolId: laveu,
        planId: laveuPlan!.id,
        status: 'SIGNE',
        objectiveCodes: ['ECHEC_REDOUBLEMENT', 'ORIENTATION'],
        actions: [
          'Bilans de maturité en 3e maternelle, restitués aux familles',
          'Animations « passage en secondaire » en 6e primaire',
          'Permanence mensuelle du centre à l’école',
        ],
        cpmsCommitments: 'Une permanence mensuelle, un retour écrit à la direction après chaque animation collective.',
        schoolCommitments: 'Un local disponible, les horaires des classes transmis au centre en septembre.',
        informationFlows: [
          {
            what: 'Demande d’intervention pour un élève',
            how: 'Formulaire remis à l’agent du centre, sans diagnostic',
            consent: 'Les parents (ou l’élève dès 14 ans)',
          },
          {
            what: 'Retour au titulaire après un bilan',
            how: 'Entretien, conclusions utiles à la classe seulement (secret professionnel)',
            consent: 'Les parents',
          },
        ],
        indicators: [
          {
            label: 'Maintiens en 3e maternelle (%)',
            objectiveCode: 'ECHEC_REDOUBLEMENT',
            baseline: 6,
            target: 3,
            reached: null,
          },
          {
            label: 'Familles présentes aux animations (%)',
            objectiveCode: 'ORIENTATION',
            baseline: 40,
            target: 70,
            reached: null,
          },
        ],
        cpmsSignedAt: signedAt,
        cpmsSignedBy: director?.id ?? null,
        cpmsSignerName: director?.display_name ?? 'Direction du centre',
        schoolSignedAt: new Date(signedAt.getTime() + 3 * 86_400_000),
        schoolSignedBy: head?.id ?? null,
        schoolSignerName: head?.display_name ?? 'Direction de l’école',
        createdBy: director?.id ?? null,
      })
      .returning();
    await tx.insert(cpmsObjectivesContract).values({
      cpmsId: centre,
      title: 'Contrat d’objectifs du Centre PMS de Liège 1',
      startsOn: dayFrom(now, -365),
      endsOn: dayFrom(now, 5 * 365),
      status: 'SIGNE',
      objectives: [
        'Conclure un contrat avec chaque école du ressort avant la fin de l’année scolaire',
        'Soutenir la transition primaire–secondaire dans les écoles fondamentales',
      ],
      contractIds: [contract!.id],
      indicators: [{ label: 'Écoles sous contrat (%)', objectiveCode: null, baseline: 20, target: 100, reached: null }],
      createdBy: director?.id ?? null,
    });
    if (director)
      await tx.insert(cpmsContractExchange).values({
        contractId: contract!.id,
        cpmsId: centre,
        schoolId: laveu,
        occurredOn: dayFrom(now, -30),
        way: 'REUNION',
        participants: 'Direction de l’école, deux titulaires de 3e maternelle, agent PMS',
        subject: 'Calendrier des bilans de maturité',
        agreed: 'Bilans en mars, restitution collective aux familles en avril.',
        authorId: director.id,
        authorName: director.display_name,
      });
  });
}
