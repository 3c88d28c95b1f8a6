import { z } from 'zod';
import { uuid, version } from '../identity/schemas.js';
import { calendarDay, optionalText, requiredText } from '../schema-parts.js';

/*
 * Activity and evaluation of the orientation networks' experiment (issue 18, docs/domain.md §5):
 * externalised interviews counted by theme (counts only, never a pupil), the working group's
 * evaluation criteria with their measured values, and the PsyEn's anonymous QVT questionnaire.
 */

/** The themes of the interviews held at the CIO instead of in the school. */
export const INTERVIEW_THEMES = [
  'PREVENTION_DECROCHAGE',
  'ADOLESCENCE',
  'MINEURS_ISOLES',
  'BESOINS_PARTICULIERS',
  'AUTRE',
] as const;
export type InterviewTheme = (typeof INTERVIEW_THEMES)[number];
export const INTERVIEW_THEME_LABELS: Record<InterviewTheme, string> = {
  PREVENTION_DECROCHAGE: 'Prévention du décrochage',
  ADOLESCENCE: "Difficultés liées à l'adolescence",
  MINEURS_ISOLES: 'Mineurs isolés',
  BESOINS_PARTICULIERS: 'Élèves à besoins éducatifs particuliers',
  AUTRE: 'Autre',
};

export const QVT_QUESTION_KINDS = ['SCALE', 'COMMENT'] as const;
export type QvtQuestionKind = (typeof QVT_QUESTION_KINDS)[number];
export const QVT_QUESTION_KIND_LABELS: Record<QvtQuestionKind, string> = {
  SCALE: 'Échelle de 1 à 5',
  COMMENT: 'Commentaire libre',
};

/** Below this many respondents (per question and per group shown), no result of a QVT campaign is shown. */
export const QVT_MIN_RESPONDENTS = 5;

export const EVALUATION_MAX = { counts: 500, questions: 30, comment: 2000, value: 1e9 } as const;

/** A month of the interviews' grid: yyyy-mm. */
export const month = z
  .string({ message: 'mois invalide (AAAA-MM)' })
  .regex(/^(19|[2-9]\d)\d{2}-(0[1-9]|1[0-2])$/, 'mois invalide (AAAA-MM)');

const count = z
  .number({ message: 'un nombre entier' })
  .int('un nombre entier')
  .min(0, 'un nombre positif ou nul')
  .max(100_000, '100 000 au plus');

/** The grid of a CIO's month: one count per network (null: the CIO as a whole) and theme; it replaces the month's. */
export const saveInterviewCounts = z.object({
  cioId: uuid,
  month,
  counts: z
    .array(
      z.object({
        networkId: uuid.nullish().transform((v) => v ?? null),
        theme: z.enum(INTERVIEW_THEMES, { message: 'thème inconnu' }),
        count,
      }),
    )
    .max(EVALUATION_MAX.counts, `${EVALUATION_MAX.counts} cases au plus`)
    .refine(
      (rows) => new Set(rows.map((r) => `${r.networkId ?? ''}|${r.theme}`)).size === rows.length,
      'un réseau et un thème en double',
    ),
});
export type SaveInterviewCountsInput = z.input<typeof saveInterviewCounts>;

export const interviewRange = z
  .object({ from: month, to: month })
  .refine((r) => r.from <= r.to, { message: 'le début après la fin', path: ['to'] });

const measure = z
  .number({ message: 'un nombre' })
  .finite('un nombre')
  .min(-EVALUATION_MAX.value, 'valeur hors bornes')
  .max(EVALUATION_MAX.value, 'valeur hors bornes');

const criterionFields = {
  label: requiredText(200, 'intitulé manquant'),
  indicator: requiredText(500, 'indicateur manquant'),
  baseline: measure.nullish().transform((v) => v ?? null),
  target: measure.nullish().transform((v) => v ?? null),
  unit: optionalText(40),
};
export const createEvaluationCriterion = z.object({ cioId: uuid, ...criterionFields });
export type CreateEvaluationCriterionInput = z.input<typeof createEvaluationCriterion>;
export const updateEvaluationCriterion = z.object({ id: uuid, version, ...criterionFields });
export type UpdateEvaluationCriterionInput = z.input<typeof updateEvaluationCriterion>;
export const deleteEvaluationCriterion = z.object({ id: uuid, version });

export const addCriterionValue = z.object({
  criterionId: uuid,
  measuredOn: calendarDay,
  value: measure,
  comment: optionalText(EVALUATION_MAX.comment),
});
export type AddCriterionValueInput = z.input<typeof addCriterionValue>;
export const removeCriterionValue = z.object({ id: uuid });

export const createQvtCampaign = z
  .object({
    cioId: uuid,
    title: requiredText(200, 'titre manquant'),
    opensOn: calendarDay,
    closesOn: calendarDay,
    questions: z
      .array(
        z
          .object({
            kind: z.enum(QVT_QUESTION_KINDS, { message: 'type de question inconnu' }),
            label: requiredText(300, 'question manquante'),
            lowLabel: optionalText(60),
            highLabel: optionalText(60),
          })
          .refine((q) => q.kind !== 'SCALE' || (q.lowLabel && q.highLabel), {
            message: "libellés des extrémités de l'échelle manquants",
            path: ['lowLabel'],
          }),
      )
      .min(1, 'au moins une question')
      .max(EVALUATION_MAX.questions, `${EVALUATION_MAX.questions} questions au plus`),
  })
  .refine((c) => c.opensOn <= c.closesOn, { message: "la clôture avant l'ouverture", path: ['closesOn'] });
export type CreateQvtCampaignInput = z.input<typeof createQvtCampaign>;

export const answerQvtCampaign = z.object({
  campaignId: uuid,
  answers: z
    .array(
      z.object({
        questionId: uuid,
        scale: z.number().int('de 1 à 5').min(1, 'de 1 à 5').max(5, 'de 1 à 5').nullish(),
        comment: optionalText(EVALUATION_MAX.comment),
      }),
    )
    .max(EVALUATION_MAX.questions, `${EVALUATION_MAX.questions} réponses au plus`)
    .refine((a) => new Set(a.map((x) => x.questionId)).size === a.length, 'une question en double'),
});
export type AnswerQvtCampaignInput = z.input<typeof answerQvtCampaign>;
