import { z } from 'zod';
import { uuid, version } from '../../identity/schemas.js';
import { calendarDay, optionalText, requiredText } from '../../schema-parts.js';
import { isTime } from './coverage.js';

/*
 * The inputs of the 24/7 line (issue 19): pools, templates, shifts, swaps and the call log. No caller
 * identity is ever asked: the call log's free texts say what was done, not who called.
 */

export const CALLER_KINDS = ['ECOLE', 'PARENT', 'ELEVE', 'AUTRE'] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];
export const CALLER_KIND_LABELS: Record<CallerKind, string> = {
  ECOLE: 'École',
  PARENT: 'Parent',
  ELEVE: 'Élève',
  AUTRE: 'Autre',
};

export const CALL_CATEGORIES = [
  'HARCELEMENT',
  'DETRESSE',
  'VIOLENCE',
  'ABSENTEISME',
  'ORIENTATION',
  'SANTE',
  'FAMILLE',
  'AUTRE',
] as const;
export type CallCategory = (typeof CALL_CATEGORIES)[number];
export const CALL_CATEGORY_LABELS: Record<CallCategory, string> = {
  HARCELEMENT: 'Harcèlement',
  DETRESSE: 'Détresse psychologique',
  VIOLENCE: 'Violence, maltraitance',
  ABSENTEISME: 'Absentéisme, décrochage',
  ORIENTATION: 'Orientation, scolarité',
  SANTE: 'Santé',
  FAMILLE: 'Situation familiale',
  AUTRE: 'Autre',
};

export const CALL_URGENCIES = ['FAIBLE', 'MOYENNE', 'HAUTE', 'VITALE'] as const;
export type CallUrgency = (typeof CALL_URGENCIES)[number];
export const CALL_URGENCY_LABELS: Record<CallUrgency, string> = {
  FAIBLE: 'Faible',
  MOYENNE: 'Moyenne',
  HAUTE: 'Haute',
  VITALE: 'Vitale (secours appelés)',
};

export const SWAP_ROLES = ['AGENT', 'BACKUP'] as const;
export type SwapRole = (typeof SWAP_ROLES)[number];
export const SWAP_STATUSES = ['PROPOSE', 'APPROUVE', 'REFUSE', 'ANNULE'] as const;
export type SwapStatus = (typeof SWAP_STATUSES)[number];
export const SWAP_STATUS_LABELS: Record<SwapStatus, string> = {
  PROPOSE: 'Proposé',
  APPROUVE: 'Approuvé',
  REFUSE: 'Refusé',
  ANNULE: 'Annulé',
};

export const SHIFT_STATUSES = ['BROUILLON', 'PUBLIE'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

/** The reminder's lead time before a shift starts. */
export const ONCALL_REMINDER_LEAD_HOURS = 12;
/** The longest draft period checked at once, in weeks. */
export const ONCALL_MAX_WEEKS = 12;

const time = z.string({ message: 'heure invalide (HH:MM)' }).refine(isTime, 'heure invalide (HH:MM)');
const instant = z.iso.datetime({ offset: true, message: 'instant invalide (ISO 8601)' });
const phone = z
  .string()
  .trim()
  // Empty clears the number.
  .regex(/^(\+?[0-9 ./-]{6,20})?$/, 'numéro de téléphone invalide')
  .nullish()
  .transform((v) => v || null);

export const poolRules = z.object({
  poolId: uuid,
  maxShiftHours: z.number().min(1, 'au moins 1 h').max(24, 'au plus 24 h'),
  minRestHours: z.number().min(0, 'au moins 0 h').max(48, 'au plus 48 h'),
  version,
});

export const memberPhone = z.object({ poolId: uuid, userId: uuid, onCallPhone: phone });

export const template = z
  .object({
    weekday: z.number().int().min(1, 'jour invalide').max(7, 'jour invalide'),
    startTime: time,
    endTime: time,
    agentId: uuid,
    backupId: uuid,
  })
  .refine((v) => v.agentId !== v.backupId, { path: ['backupId'], message: 'l’agent ne peut être son propre backup' });

/** The pool's whole week of templates, replaced at once under the pool's version. */
export const replaceTemplates = z.object({
  poolId: uuid,
  version,
  templates: z.array(template).max(70, 'au plus 70 modèles par semaine'),
});

export const generateWeeks = z.object({
  poolId: uuid,
  firstWeek: calendarDay,
  weeks: z.number().int().min(1, 'au moins 1 semaine').max(ONCALL_MAX_WEEKS, `au plus ${ONCALL_MAX_WEEKS} semaines`),
});

export const createShift = z
  .object({
    poolId: uuid,
    startsAt: instant,
    endsAt: instant,
    agentId: uuid,
    backupId: uuid,
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), { path: ['endsAt'], message: 'la fin suit le début' })
  .refine((v) => v.agentId !== v.backupId, { path: ['backupId'], message: 'l’agent ne peut être son propre backup' });

export const publishPeriod = z
  .object({ poolId: uuid, from: calendarDay, to: calendarDay })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'la fin suit le début' });

export const proposeSwap = z.object({
  shiftId: uuid,
  role: z.enum(SWAP_ROLES, { message: 'rôle invalide' }),
  toUserId: uuid,
  note: optionalText(500),
});

export const decideSwap = z.object({ swapId: uuid, approve: z.boolean(), version });

export const withdrawSwap = z.object({ swapId: uuid, version });

export const logCall = z.object({
  poolId: uuid,
  receivedAt: instant,
  callerKind: z.enum(CALLER_KINDS, { message: 'appelant invalide' }),
  category: z.enum(CALL_CATEGORIES, { message: 'catégorie invalide' }),
  urgency: z.enum(CALL_URGENCIES, { message: 'urgence invalide' }),
  /** What was done: never who called (the form says so). */
  action: requiredText(2000, 'dites ce qui a été fait'),
  referredCpmsId: uuid.nullish(),
  followUpDue: calendarDay.nullish(),
});

export const closeFollowUp = z.object({ callId: uuid, version });

export const deleteShift = z.object({ id: uuid, version });
