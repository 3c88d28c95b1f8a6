import { z } from 'zod';
import { optionalText, requiredText, text } from '../schema-parts.js';
import { uuid, version } from '../identity/schemas.js';
import { schoolYear } from './config.js';
import {
  ACCOMPAGNATEUR_KINDS,
  CLAS_ACTIVITY_KINDS,
  CLAS_ACTIVITY_LOG_KINDS,
  SCHOOL_LEVELS,
  TRAINING_STATUSES,
  WEEKDAYS,
} from './enums.js';

const label = requiredText;
const isoDate = z.iso.date('date invalide (aaaa-mm-jj)');
const count = (max: number) =>
  z.number().int('nombre entier attendu').min(0, 'ne peut être négatif').max(max, `${max} au plus`);
const cents = z
  .number()
  .int('montant en centimes entiers')
  .min(0, 'ne peut être négatif')
  .max(100_000_000, 'montant trop élevé');

export const accompagnateur = z.object({
  /** How the holder names the person in the project (first name, function): never shown outside the project. */
  label: label(100, "nom ou fonction de l'accompagnateur manquant"),
  kind: z.enum(ACCOMPAGNATEUR_KINDS),
  training: z.enum(TRAINING_STATUSES),
});
export type Accompagnateur = z.infer<typeof accompagnateur>;

export const weeklySession = z.object({
  day: z.enum(WEEKDAYS),
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure au format HH:MM'),
  durationMinutes: z
    .number()
    .int('durée en minutes entières')
    .min(15, '15 minutes au moins')
    .max(480, '8 heures au plus'),
});
export type WeeklySession = z.infer<typeof weeklySession>;

/** A group (collectif). Incomplete groups may be saved in a draft: eligibility says what is missing. */
export const clasGroup = z
  .object({
    /** Absent for a group added in this edit. */
    id: uuid.nullish().transform((v) => v ?? null),
    label: label(100, 'nom du groupe manquant'),
    level: z.enum(SCHOOL_LEVELS),
    childrenCount: count(200),
    accompagnateurs: z.array(accompagnateur).max(30, '30 accompagnateurs au plus'),
    sessions: z.array(weeklySession).max(14, '14 séances par semaine au plus'),
    startDate: isoDate.nullish().transform((v) => v ?? null),
    endDate: isoDate.nullish().transform((v) => v ?? null),
    /** The longest interruption of the sessions during the year, in weeks. */
    longestBreakWeeks: count(52).default(0),
    place: optionalText(200),
    eligibleCostCents: cents,
    otherFundingCents: cents.default(0),
  })
  .refine((g) => !g.startDate || !g.endDate || g.startDate <= g.endDate, {
    message: 'la fin doit suivre le début',
    path: ['endDate'],
  });
export type ClasGroupInput = z.infer<typeof clasGroup>;

export const partnerSchool = z.object({
  name: label(200, "nom de l'établissement manquant"),
  uai: optionalText(8),
  /** The named contact in the school (a function or a name), for the concertation. */
  contactName: optionalText(100),
});

export const plannedAction = z.object({
  title: label(200, "intitulé de l'action manquant"),
  period: optionalText(100),
});

/** The whole declaration of a project, as the holder's form saves it. */
export const clasProjectContent = z.object({
  title: label(200, 'intitulé du projet manquant').pipe(
    z.string().min(3, 'intitulé trop court (3 caractères au moins)'),
  ),
  schoolYear,
  diagnostic: text(10_000).default(''),
  charterSigned: z.boolean(),
  inDepartmentalFramework: z.boolean(),
  concertationDescription: text(5_000).default(''),
  activityKinds: z
    .array(z.enum(CLAS_ACTIVITY_KINDS))
    .max(CLAS_ACTIVITY_KINDS.length)
    .transform((v) => [...new Set(v)]),
  localPartners: z.array(label(200, 'nom du partenaire manquant')).max(30, '30 partenaires au plus'),
  schools: z.array(partnerSchool).max(30, '30 établissements au plus'),
  parentActions: z.array(plannedAction).max(50, '50 actions au plus'),
  concertationActions: z.array(plannedAction).max(50, '50 actions au plus'),
  groups: z.array(clasGroup).max(20, '20 groupes au plus'),
});
export type ClasProjectContent = z.infer<typeof clasProjectContent>;
/** What the form holds before parsing (defaults not yet applied). */
export type ClasProjectContentInput = z.input<typeof clasProjectContent>;

export const createClasProjectInput = z.object({ organisationId: uuid, content: clasProjectContent });
export const updateClasProjectInput = z.object({ id: uuid, version, content: clasProjectContent });

const reasons = text(5_000);

export const clasDecisionInput = z
  .object({
    projectId: uuid,
    version,
    decision: z.enum(['ACCEPTE', 'REFUSE', 'A_COMPLETER']),
    reasons,
    amountGrantedCents: cents.nullish().transform((v) => v ?? null),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'ACCEPTE' && d.amountGrantedCents === null)
      ctx.addIssue({
        code: 'custom',
        path: ['amountGrantedCents'],
        message: 'le montant accordé est requis pour une acceptation',
      });
    if (d.decision !== 'ACCEPTE' && d.amountGrantedCents !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['amountGrantedCents'],
        message: "un montant n'est accordé qu'avec une acceptation",
      });
    if (d.decision !== 'ACCEPTE' && d.reasons.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['reasons'],
        message: d.decision === 'REFUSE' ? 'un refus doit être motivé' : 'dites au porteur ce qui manque',
      });
  });
export type ClasDecisionInput = z.infer<typeof clasDecisionInput>;

export const clasCommentInput = z.object({ projectId: uuid, body: label(5_000, 'commentaire vide') });

export const clasSessionLogInput = z.object({
  groupId: uuid,
  heldOn: isoDate,
  childrenPresent: count(200),
  note: optionalText(1_000),
  /** Present children of the holder's own attendance list, when the holder keeps one. */
  presentRosterIds: z
    .array(uuid)
    .max(200)
    .nullish()
    .transform((v) => v ?? null),
});

export const clasActivityLogInput = z.object({
  projectId: uuid,
  kind: z.enum(CLAS_ACTIVITY_LOG_KINDS),
  heldOn: isoDate,
  title: label(200, 'intitulé manquant'),
  participants: count(1_000)
    .nullish()
    .transform((v) => v ?? null),
});

export const clasRosterInput = z.object({
  groupId: uuid,
  /** How the holder names each child on its own attendance list. */
  names: z.array(label(100, 'nom manquant')).max(200, '200 enfants au plus'),
});

export const clasBilanInput = z.object({
  projectId: uuid,
  version,
  assessment: label(10_000, "l'appréciation du porteur est requise"),
});
