import { sql } from 'drizzle-orm';
import { INTERVIEW_THEMES } from '@maillage/shared';
import type { Db } from '../core/db/driver.js';
import {
  orientationCriterion,
  orientationCriterionValue,
  orientationInterviewCount,
  qvtCampaign,
  qvtQuestion,
} from '../modules/orientation/evaluation/tables.js';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const monthStart = (back: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
};

/**
 * The CIO de Bourges's evaluation of the experiment (issue 18): criteria with measured values, the
 * externalised interviews of the last months, and an open QVT campaign answered by four of its six
 * PsyEn (a fifth answer crosses the threshold of 5). The answers go through app_qvt_answer, as a PsyEn's
 * would: the seed stores no link between a PsyEn and their answer either.
 */
export async function seedOrientationEvaluation(db: Db): Promise<void> {
  const { rows } = await db.execute<{ id: string }>(sql`select id from organisation where name = 'CIO de Bourges'`);
  const cioId = rows[0]?.id;
  if (!cioId) return;
  const criteria = await db
    .insert(orientationCriterion)
    .values([
      {
        cioId,
        label: "Délai d'obtention d'un entretien",
        indicator: "Jours entre la demande et l'entretien au CIO",
        baseline: 21,
        target: 10,
        unit: 'jours',
      },
      {
        cioId,
        label: 'Élèves repérés en risque de décrochage reçus',
        indicator: 'Part des élèves signalés par les établissements reçus en entretien',
        baseline: 45,
        target: 80,
        unit: '%',
      },
      {
        cioId,
        label: 'Établissements couverts par une permanence',
        indicator: 'Établissements des réseaux avec au moins une demi-journée de PsyEn par semaine',
        baseline: 6,
        target: 12,
        unit: 'établissements',
      },
    ])
    .returning({ id: orientationCriterion.id });
  const series = [
    [18, 15, 12],
    [52, 61, 68],
    [7, 9, 10],
  ];
  await db.insert(orientationCriterionValue).values(
    criteria.flatMap((c, i) =>
      series[i]!.map((value, k) => ({
        criterionId: c.id,
        measuredOn: monthStart(2 - k),
        value,
        comment: k === 0 ? 'Premier relevé du groupe de travail' : null,
      })),
    ),
  );
  await db.insert(orientationInterviewCount).values(
    [3, 2, 1].flatMap((back, k) =>
      INTERVIEW_THEMES.map((theme, i) => ({
        cioId,
        networkId: null,
        month: monthStart(back),
        theme,
        count: [12, 8, 2, 5, 3][i]! + k * 2 - (i % 2),
      })),
    ),
  );
  const [campaign] = await db
    .insert(qvtCampaign)
    .values({ cioId, title: "Qualité de vie au travail — bilan d'étape", opensOn: day(-7), closesOn: day(60) })
    .returning({ id: qvtCampaign.id });
  const questions = await db
    .insert(qvtQuestion)
    .values([
      {
        campaignId: campaign!.id,
        position: 0,
        kind: 'SCALE',
        label: 'Ma charge de travail depuis la mise en réseau',
        lowLabel: 'Très difficile à tenir',
        highLabel: 'Tout à fait soutenable',
      },
      {
        campaignId: campaign!.id,
        position: 1,
        kind: 'SCALE',
        label: "Le sens que je trouve à mon travail dans l'établissement",
        lowLabel: 'Aucun',
        highLabel: 'Très fort',
      },
      { campaignId: campaign!.id, position: 2, kind: 'COMMENT', label: 'Ce qui pourrait être amélioré' },
    ])
    .returning({ id: qvtQuestion.id });
  const psyen = await db.execute<{ id: string }>(
    sql`select u.id from app_user u where u.email in ('psyen@demo.test', 'psyen2@demo.test', 'psyen3@demo.test', 'psyen4@demo.test') order by u.email`,
  );
  const comments = [
    'Moins de trajets entre établissements',
    'Un temps de concertation mensuel',
    null,
    'Plus de visibilité sur les demi-journées',
  ];
  for (const [i, { id }] of psyen.rows.entries()) {
    const answers = [
      { questionId: questions[0]!.id, scale: [2, 3, 4, 3][i] },
      { questionId: questions[1]!.id, scale: [4, 5, 4, 3][i] },
      ...(comments[i] ? [{ questionId: questions[2]!.id, comment: comments[i] }] : []),
    ];
    // As the PsyEn would: their id and role for this transaction only, then the definer function.
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('maillage.user_id', ${id}, true),
        set_config('maillage.org_roles', ${JSON.stringify({ [cioId]: ['PSYEN'] })}, true)`);
      await tx.execute(sql`select app_qvt_answer(${campaign!.id}::uuid, ${JSON.stringify(answers)}::jsonb)`);
    });
  }
}
