import { z } from 'zod';
import { uuid, version } from '../../identity/schemas.js';
import { optionalText, requiredText } from '../../schema-parts.js';
import { dayInput } from '../../orientation/schemas.js';
import { CPMS_CONTRACT_PARTIES, CPMS_EXCHANGE_WAYS, CPMS_SYSTEM_OBJECTIVES } from './enums.js';
import { CPMS_CONTRACT_ACTION_TYPES } from './machine.js';
import { findPupilIdentity, PUPIL_IDENTITY_MESSAGES } from './pupil-identity.js';

/** Bounds of what a form sends. */
export const CPMS_CONTRACT_MAX = {
  objectives: CPMS_SYSTEM_OBJECTIVES.length,
  wording: 500,
  title: 200,
  result: 2000,
  items: 20,
  item: 1000,
  commitments: 4000,
  indicatorLabel: 200,
  participants: 500,
  subject: 300,
  agreed: 4000,
} as const;

const objective = z.object({
  code: z.enum(CPMS_SYSTEM_OBJECTIVES, { message: 'objectif inconnu' }),
  wording: requiredText(CPMS_CONTRACT_MAX.wording, 'la formulation de l’école'),
});
const objectives = z
  .array(objective)
  .max(CPMS_CONTRACT_MAX.objectives)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((o, i) => {
      if (seen.has(o.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: 'objectif en double' });
      seen.add(o.code);
    });
  });

const planFields = {
  title: requiredText(CPMS_CONTRACT_MAX.title, 'intitulé du plan'),
  startsOn: dayInput,
  endsOn: dayInput,
  objectives: objectives.min(1, 'au moins un objectif'),
  midEvaluationOn: dayInput.nullish().transform((v) => v ?? null),
  midEvaluationResult: optionalText(CPMS_CONTRACT_MAX.result),
  endEvaluationOn: dayInput,
  endEvaluationResult: optionalText(CPMS_CONTRACT_MAX.result),
};
type PlanDates = { startsOn: string; endsOn: string; midEvaluationOn: string | null; endEvaluationOn: string };
const planDates = (p: PlanDates, ctx: z.RefinementCtx) => {
  if (p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'la fin précède le début' });
  if (p.midEvaluationOn && (p.midEvaluationOn < p.startsOn || p.midEvaluationOn > p.endsOn))
    ctx.addIssue({ code: 'custom', path: ['midEvaluationOn'], message: 'pendant le plan' });
  if (p.endEvaluationOn < p.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endEvaluationOn'], message: 'après le début du plan' });
};
export const createPlan = z.object({ schoolId: uuid, ...planFields }).superRefine(planDates);
export const updatePlan = z.object({ id: uuid, version, ...planFields }).superRefine(planDates);

const items = (label: string) =>
  z
    .array(requiredText(CPMS_CONTRACT_MAX.item, label))
    .max(CPMS_CONTRACT_MAX.items, `${CPMS_CONTRACT_MAX.items} au plus`);

/** The agreed way a kind of information circulates between the school and the centre. */
const informationFlow = z.object({
  what: requiredText(CPMS_CONTRACT_MAX.item, 'quelle information'),
  how: requiredText(CPMS_CONTRACT_MAX.item, 'par quel moyen'),
  consent: requiredText(CPMS_CONTRACT_MAX.item, 'avec l’accord de qui'),
});

const number = z.number({ message: 'nombre attendu' }).finite().min(-1e9).max(1e9);
const indicator = z.object({
  label: requiredText(CPMS_CONTRACT_MAX.indicatorLabel, 'nommez l’indicateur'),
  objectiveCode: z
    .enum(CPMS_SYSTEM_OBJECTIVES)
    .nullish()
    .transform((v) => v ?? null),
  baseline: number,
  target: number,
  /** The value reached, recorded at evaluation. */
  reached: number.nullish().transform((v) => v ?? null),
});
export type CpmsIndicator = z.infer<typeof indicator>;

const contractText = {
  objectiveCodes: z
    .array(z.enum(CPMS_SYSTEM_OBJECTIVES, { message: 'objectif inconnu' }))
    .max(CPMS_CONTRACT_MAX.objectives)
    .transform((v) => [...new Set(v)]),
  actions: items('décrivez l’action'),
  cpmsCommitments: optionalText(CPMS_CONTRACT_MAX.commitments),
  schoolCommitments: optionalText(CPMS_CONTRACT_MAX.commitments),
  informationFlows: z.array(informationFlow).max(CPMS_CONTRACT_MAX.items),
  indicators: z.array(indicator).max(CPMS_CONTRACT_MAX.items),
};
export const createContract = z.object({ cpmsId: uuid, planId: uuid, ...contractText });
export const updateContract = z.object({ id: uuid, version, ...contractText });
export const contractStep = z.object({
  id: uuid,
  version,
  action: z.enum(CPMS_CONTRACT_ACTION_TYPES.filter((a) => a !== 'SIGN') as [string, ...string[]]),
});
export const signContract = z.object({ id: uuid, version, party: z.enum(CPMS_CONTRACT_PARTIES) });
/** The values reached, at evaluation, in the order of the contract's indicators. */
export const recordReached = z.object({
  id: uuid,
  version,
  reached: z.array(number.nullable()).max(CPMS_CONTRACT_MAX.items),
});

/** A text field of an exchange: refused when it holds a national number or a birth date. */
const exchangeText = (max: number, missing: string | null) =>
  (missing ? requiredText(max, missing) : optionalText(max).transform((v) => v ?? '')).superRefine((v, ctx) => {
    const refused = findPupilIdentity(v ?? '').find((f) => f.kind !== 'NAME');
    if (refused) ctx.addIssue({ code: 'custom', message: PUPIL_IDENTITY_MESSAGES[refused.kind] });
  });

export const EXCHANGE_TEXT_FIELDS = ['participants', 'subject', 'agreed'] as const;

export const createExchange = z.object({
  contractId: uuid,
  occurredOn: dayInput,
  way: z.enum(CPMS_EXCHANGE_WAYS, { message: 'choisissez un mode' }),
  participants: exchangeText(CPMS_CONTRACT_MAX.participants, 'qui a participé (fonctions, services)'),
  subject: exchangeText(CPMS_CONTRACT_MAX.subject, 'l’objet de l’échange'),
  agreed: exchangeText(CPMS_CONTRACT_MAX.agreed, null),
  /** The writer confirms that the capitalised name pairs found are no pupil's. */
  acknowledgeNames: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

/** The name pairs an exchange's texts hold (the warning the writer confirms). */
export function exchangeNameWarnings(input: Partial<Record<(typeof EXCHANGE_TEXT_FIELDS)[number], string | null>>) {
  return EXCHANGE_TEXT_FIELDS.flatMap((field) =>
    findPupilIdentity(input[field] ?? '')
      .filter((f) => f.kind === 'NAME')
      .map((f) => ({ field, match: f.match })),
  );
}

const objectivesContractFields = {
  title: requiredText(CPMS_CONTRACT_MAX.title, 'intitulé du contrat d’objectifs'),
  startsOn: dayInput,
  endsOn: dayInput,
  objectives: items('décrivez l’objectif'),
  contractIds: z
    .array(uuid)
    .max(100)
    .transform((v) => [...new Set(v)]),
  indicators: z.array(indicator).max(CPMS_CONTRACT_MAX.items),
};
const spanCheck = (p: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) => {
  if (p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'la fin précède le début' });
};
export const createObjectivesContract = z.object({ cpmsId: uuid, ...objectivesContractFields }).superRefine(spanCheck);
export const updateObjectivesContract = z
  .object({ id: uuid, version, ...objectivesContractFields })
  .superRefine(spanCheck);

/** A concertation of a contract: a meeting of the instances module, convened by the centre. */
export const scheduleConcertation = z
  .object({
    contractId: uuid,
    title: requiredText(CPMS_CONTRACT_MAX.title, 'intitulé de la concertation'),
    startsAt: z.coerce.date({ message: 'date et heure invalides' }),
    endsAt: z.coerce.date({ message: 'date et heure invalides' }),
    place: requiredText(300, 'lieu de la concertation'),
  })
  .superRefine((m, ctx) => {
    if (m.endsAt <= m.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'la fin suit le début' });
  });
