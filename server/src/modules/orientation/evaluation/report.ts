import { INTERVIEW_THEMES, INTERVIEW_THEME_LABELS, QVT_MIN_RESPONDENTS } from '@maillage/shared';
import type { RequestContext } from '../../../core/context.js';
import type { Block, Document } from '../../../core/documents/index.js';
import { frenchDay } from '../../../core/documents/index.js';
import { orientationCios } from '../cios.service.js';
import { criteriaOf, valuesOf } from './criteria.service.js';
import { interviewCounts } from './interviews.service.js';
import { campaignsOf, questionsOf, resultsOf } from './qvt.service.js';

const monthOf = (back: number, now = new Date()) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (m: string) => MONTH.format(new Date(`${m}-01T00:00:00Z`));
const one = (n: number | null) => (n === null ? '—' : Math.round(n * 10) / 10);

/**
 * The evaluation's final report for the « réunion bilan » of a CIO: its criteria with their values, the
 * QVT results (only those shown from 5 respondents), the externalised interviews by theme over the last
 * twelve months, and the work plan's actions by status (`planCompletion`, from the work plan module;
 * null: « non disponible »). Refused (FORBIDDEN) to anyone but the CIO's direction team and PsyEn.
 */
export async function evaluationReport(
  ctx: RequestContext,
  cioId: string,
  planCompletion: Record<string, number> | null,
): Promise<Document> {
  const criteria = await criteriaOf(ctx, cioId);
  const [values, counts, campaigns, cios] = await Promise.all([
    valuesOf(
      ctx,
      criteria.map((c) => c.id),
    ),
    interviewCounts(ctx, cioId, monthOf(11), monthOf(0)),
    campaignsOf(ctx, cioId),
    orientationCios(ctx),
  ]);
  const cioName = cios.find((c) => c.id === cioId)?.name ?? 'CIO';
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: "Critères d'évaluation" }];
  if (criteria.length === 0) blocks.push({ kind: 'paragraph', text: "Aucun critère d'évaluation n'est défini." });
  for (const c of criteria) {
    const own = values.filter((v) => v.criterionId === c.id);
    const unit = c.unit ? ` (${c.unit})` : '';
    blocks.push(
      { kind: 'heading', level: 2, text: c.label },
      { kind: 'paragraph', text: `Indicateur : ${c.indicator}.` },
      {
        kind: 'table',
        caption: `Valeurs mesurées${unit}`,
        columns: ['Date', 'Valeur', 'Commentaire'],
        rows: [
          ['Situation de départ', c.baseline ?? '—', ''],
          ...own.map((v) => [frenchDay(v.measuredOn), v.value, v.comment ?? '']),
          ['Cible', c.target ?? '—', ''],
        ],
        align: ['left', 'right', 'left'],
      },
    );
    const categories = [
      ...(c.baseline !== null ? ['Départ'] : []),
      ...own.map((v) => frenchDay(v.measuredOn)),
      ...(c.target !== null ? ['Cible'] : []),
    ];
    if (own.length)
      blocks.push({
        kind: 'barChart',
        caption: `${c.label} : situation de départ, valeurs mesurées et cible`,
        categories,
        series: [
          {
            name: c.label,
            values: [
              ...(c.baseline !== null ? [c.baseline] : []),
              ...own.map((v) => v.value),
              ...(c.target !== null ? [c.target] : []),
            ],
          },
        ],
        ...(c.unit ? { unit: c.unit } : {}),
      });
  }

  blocks.push({ kind: 'heading', level: 1, text: 'Qualité de vie au travail des PsyEn' });
  if (campaigns.length === 0) blocks.push({ kind: 'paragraph', text: 'Aucun questionnaire.' });
  const questions = await questionsOf(
    ctx,
    campaigns.map((c) => c.id),
  );
  for (const campaign of campaigns) {
    const results = await resultsOf(ctx, campaign.id);
    blocks.push({ kind: 'heading', level: 2, text: campaign.title });
    if (results.questions.length === 0) {
      blocks.push({
        kind: 'paragraph',
        text: `Résultats visibles à partir de ${QVT_MIN_RESPONDENTS} réponses (${Math.min(results.respondents, QVT_MIN_RESPONDENTS)}/${QVT_MIN_RESPONDENTS}).`,
      });
      continue;
    }
    const byId = new Map(results.questions.map((r) => [r.questionId, r]));
    const own = questions.filter((q) => q.campaignId === campaign.id);
    blocks.push(
      { kind: 'paragraph', text: `${results.respondents} réponses.` },
      {
        kind: 'table',
        caption: 'Questions notées de 1 à 5',
        columns: ['Question', 'Réponses', 'Moyenne', '1', '2', '3', '4', '5'],
        rows: own
          .filter((q) => q.kind === 'SCALE' && byId.has(q.id))
          .map((q) => {
            const r = byId.get(q.id)!;
            return [`${q.label} (1 : ${q.lowLabel} ; 5 : ${q.highLabel})`, r.answers, one(r.mean), ...r.distribution];
          }),
      },
    );
    for (const q of own.filter((q) => q.kind === 'COMMENT' && byId.has(q.id)))
      blocks.push({ kind: 'heading', level: 3, text: q.label }, { kind: 'list', items: byId.get(q.id)!.comments });
  }

  blocks.push({ kind: 'heading', level: 1, text: 'Entretiens externalisés' });
  const months = [...new Set(counts.map((r) => r.month))].sort();
  const total = (theme: string, month?: string) =>
    counts.filter((r) => r.theme === theme && (!month || r.month === month)).reduce((s, r) => s + r.count, 0);
  if (months.length === 0) blocks.push({ kind: 'paragraph', text: 'Aucun entretien saisi ces douze derniers mois.' });
  else
    blocks.push(
      {
        kind: 'barChart',
        caption: 'Entretiens des douze derniers mois, par thème',
        categories: INTERVIEW_THEMES.map((t) => INTERVIEW_THEME_LABELS[t]),
        series: [{ name: 'Entretiens', values: INTERVIEW_THEMES.map((t) => total(t)) }],
        unit: 'Entretiens',
      },
      {
        kind: 'table',
        caption: 'Entretiens externalisés par mois et par thème',
        columns: ['Mois', ...INTERVIEW_THEMES.map((t) => INTERVIEW_THEME_LABELS[t]), 'Total'],
        rows: months.map((m) => [
          monthLabel(m),
          ...INTERVIEW_THEMES.map((t) => total(t, m)),
          INTERVIEW_THEMES.reduce((s, t) => s + total(t, m), 0),
        ]),
      },
    );

  blocks.push({ kind: 'heading', level: 1, text: 'Plan de travail' });
  if (planCompletion === null)
    blocks.push({ kind: 'paragraph', text: 'Avancement du plan de travail : non disponible.' });
  else
    blocks.push({
      kind: 'table',
      caption: 'Actions du plan de travail par statut',
      columns: ['Statut', 'Actions'],
      rows: Object.entries(planCompletion).map(([status, n]) => [status, n]),
    });

  return {
    title: "Rapport d'évaluation de l'expérimentation",
    subtitle: `Réunion bilan — ${cioName}`,
    issuer: cioName,
    generatedAt: new Date(),
    footerNote: `Résultats du questionnaire QVT montrés à partir de ${QVT_MIN_RESPONDENTS} réponses. Entretiens : des nombres, jamais un élève.`,
    blocks,
  };
}
