import {
  CPMS_CONTRACT_STATUS_LABELS,
  CPMS_SYSTEM_OBJECTIVE_LABELS,
  type CpmsContractStatus,
} from '@maillage/shared/cpms-contracts';
import type { Block, Document } from '../../../core/documents/index.js';
import type { RequestContext } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { loaders as identityLoaders } from '../../identity/loaders.js';
import { contractById, getObjectivesContract, indicatorAchieved, planById } from './service.js';

const achievedLabel = (a: boolean | null) => (a === null ? 'non mesuré' : a ? 'atteint' : 'non atteint');

type Indicator = Parameters<typeof indicatorAchieved>[0] & { label: string; baseline: number; target: number };

/** Indicators as a table: baseline, target, the value reached and whether it was. */
const indicatorTable = (caption: string, indicators: readonly Indicator[]): Block => ({
  kind: 'table',
  caption,
  columns: ['Indicateur', 'Situation de départ', 'Cible', 'Atteint', 'Résultat'],
  rows: indicators.map((i) => [i.label, i.baseline, i.target, i.reached ?? '—', achievedLabel(indicatorAchieved(i))]),
});

/**
 * The evaluation report of a centre's objectives contract with its DCO: its objectives and indicators, and
 * for each school contract it covers, the indicators with baseline, target and the value reached. It
 * replaces the three-yearly activity report (issue 19).
 */
export async function objectivesContractReport(ctx: RequestContext, id: string): Promise<Document> {
  const oc = await getObjectivesContract(ctx, id);
  if (!oc) throw notFound('Contrat d’objectifs');
  const centre = await identityLoaders.organisation(ctx).load(oc.cpmsId);
  const covered = (await Promise.all(oc.contractIds.map((c) => contractById(ctx, c)))).filter((c) => c !== null);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        'Ce rapport d’évaluation du contrat d’objectifs remplace le rapport d’activités triennal du centre. ' +
        'Il rassemble les indicateurs des contrats conclus avec les écoles.',
    },
    { kind: 'heading', level: 2, text: 'Objectifs du contrat' },
    { kind: 'list', items: oc.objectives.length ? oc.objectives : ['(aucun objectif saisi)'] },
  ];
  if (oc.indicators.length) blocks.push(indicatorTable('Indicateurs du contrat d’objectifs', oc.indicators));
  blocks.push({ kind: 'heading', level: 2, text: 'Contrats avec les écoles' });
  let measured = 0;
  let reached = 0;
  for (const c of covered) {
    const school = await identityLoaders.organisation(ctx).load(c.schoolId);
    const plan = await planById(ctx, c.planId);
    blocks.push({ kind: 'heading', level: 3, text: school?.name ?? 'École' });
    blocks.push({
      kind: 'paragraph',
      text: `État : ${CPMS_CONTRACT_STATUS_LABELS[c.status as CpmsContractStatus]}. Plan de pilotage « ${plan?.title ?? '—'} », évaluation le ${plan?.endEvaluationOn ?? '—'}.`,
    });
    if (c.objectiveCodes.length)
      blocks.push({
        kind: 'list',
        items: c.objectiveCodes.map(
          (code) => CPMS_SYSTEM_OBJECTIVE_LABELS[code as keyof typeof CPMS_SYSTEM_OBJECTIVE_LABELS] ?? code,
        ),
      });
    if (c.indicators.length) {
      blocks.push(indicatorTable(`Indicateurs — ${school?.name ?? 'école'}`, c.indicators));
      for (const i of c.indicators) {
        const a = indicatorAchieved(i);
        if (a !== null) measured += 1;
        if (a) reached += 1;
      }
    }
  }
  if (covered.length === 0) blocks.push({ kind: 'paragraph', text: 'Aucun contrat d’école n’est encore rattaché.' });
  blocks.push({ kind: 'heading', level: 2, text: 'Synthèse' });
  blocks.push({
    kind: 'paragraph',
    text: measured
      ? `${reached} indicateur(s) atteint(s) sur ${measured} mesuré(s) dans les contrats des écoles (${Math.round((100 * reached) / measured)} %).`
      : 'Aucun indicateur des contrats des écoles n’est encore mesuré.',
  });
  return {
    title: `Rapport d’évaluation — ${oc.title}`,
    subtitle: `${centre?.name ?? 'Centre PMS'} · du ${oc.startsOn} au ${oc.endsOn}`,
    issuer: centre?.name ?? 'Centre PMS',
    generatedAt: new Date(),
    timeZone: 'Europe/Brussels',
    footerNote: 'Remplace le rapport d’activités triennal (contrat d’objectifs avec le DCO).',
    blocks,
  };
}
