import { z } from 'zod';
import { uuid, version } from '../identity/schemas.js';
import { calendarDay, optionalText, requiredText } from '../schema-parts.js';
import {
  DUTY_INVOLVEMENTS,
  DUTY_ROLES,
  HALF_DAYS,
  SLOT_ACTIVITIES,
  SLOT_MODES,
  TRANSVERSAL_FILE_KINDS,
  TRANSVERSAL_FILE_STATUSES,
} from './enums.js';

/** Bounds of the lists a form sends: a network holds tens of schools, not hundreds. */
export const ORIENTATION_MAX = {
  schools: 60,
  psyen: 10,
  links: 10,
  dutyLabel: 300,
  title: 200,
  summary: 4000,
} as const;

const ids = (max: number) =>
  z
    .array(uuid)
    .max(max, `${max} au plus`)
    .transform((v) => [...new Set(v)]);

/** A day: the GraphQL Date scalar hands a Date (UTC midnight), a form a string. */
export const dayInput = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  calendarDay,
);

/** « 2026-2027 »: two consecutive years. */
export const schoolYear = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{4}$/, 'année scolaire invalide (ex. 2026-2027)')
  .refine((v) => Number(v.slice(5)) === Number(v.slice(0, 4)) + 1, 'les deux années se suivent (ex. 2026-2027)');

const periodFields = {
  schoolYear,
  name: requiredText(80, 'nommez la période (ex. Vœux)'),
  startsOn: dayInput,
  endsOn: dayInput,
};
const periodDates = <T extends { startsOn: string; endsOn: string }>(p: T, ctx: z.RefinementCtx) => {
  if (p.endsOn < p.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'la fin précède le début de la période' });
};
export const createPeriod = z.object({ cioId: uuid, ...periodFields }).superRefine(periodDates);
export const updatePeriod = z.object({ id: uuid, version, ...periodFields }).superRefine(periodDates);
export const deleteById = z.object({ id: uuid, version });

const networkFields = {
  name: requiredText(120, 'nommez le réseau'),
  headSchoolId: uuid,
  schoolIds: ids(ORIENTATION_MAX.schools),
  psyenIds: ids(ORIENTATION_MAX.psyen),
};
export const createNetwork = z.object({ cioId: uuid, ...networkFields });
export const updateNetwork = z.object({ id: uuid, version, ...networkFields });

export const setQuotity = z.object({
  cioId: uuid,
  userId: uuid,
  version,
  quotityPercent: z.number().int('un pourcentage entier').min(10, '10 % au moins').max(100, '100 % au plus'),
});

export const slotInput = z
  .object({
    weekday: z.number().int().min(1, 'du lundi (1)').max(5, 'au vendredi (5)'),
    halfDay: z.enum(HALF_DAYS),
    activity: z.enum(SLOT_ACTIVITIES),
    schoolId: uuid.nullish().transform((v) => v ?? null),
    mode: z.enum(SLOT_MODES).default('SUR_SITE'),
  })
  .superRefine((s, ctx) => {
    if (s.activity === 'ETABLISSEMENT' && !s.schoolId)
      ctx.addIssue({ code: 'custom', path: ['schoolId'], message: 'choisissez l’établissement' });
    if (s.activity !== 'ETABLISSEMENT' && s.schoolId)
      ctx.addIssue({
        code: 'custom',
        path: ['schoolId'],
        message: 'une demi-journée au CIO ne nomme pas d’établissement',
      });
  });
export type SlotInput = z.infer<typeof slotInput>;

/** A PsyEn's whole week in one period: replaces the one stored. */
export const setWeek = z
  .object({
    cioId: uuid,
    periodId: uuid,
    userId: uuid,
    version,
    slots: z.array(slotInput).max(10, 'dix demi-journées au plus'),
  })
  .superRefine((w, ctx) => {
    const seen = new Set<string>();
    w.slots.forEach((s, i) => {
      const key = `${s.weekday}-${s.halfDay}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['slots', i, 'halfDay'], message: 'cette demi-journée est déjà occupée' });
      seen.add(key);
    });
  });

const cells = z
  .array(z.object({ role: z.enum(DUTY_ROLES), involvement: z.enum(DUTY_INVOLVEMENTS) }))
  .max(DUTY_ROLES.length)
  .superRefine((list, ctx) => {
    const roles = list.map((c) => c.role);
    roles.forEach((r, i) => {
      if (roles.indexOf(r) !== i)
        ctx.addIssue({ code: 'custom', path: [i, 'role'], message: 'ce rôle est déjà dans la ligne' });
    });
  });
export const createDuty = z.object({
  cioId: uuid,
  label: requiredText(ORIENTATION_MAX.dutyLabel, 'décrivez la responsabilité'),
  cells,
});
export const updateDuty = z.object({
  id: uuid,
  version,
  label: requiredText(ORIENTATION_MAX.dutyLabel, 'décrivez la responsabilité'),
  cells,
});

const httpsLink = z
  .string()
  .trim()
  .max(500, '500 caractères au plus')
  .regex(/^https:\/\/[^\s]+$/, 'un lien commence par https://');
const fileFields = {
  kind: z.enum(TRANSVERSAL_FILE_KINDS),
  title: requiredText(ORIENTATION_MAX.title, 'donnez un titre au dossier'),
  pilotUserId: uuid.nullish().transform((v) => v ?? null),
  since: dayInput,
  status: z.enum(TRANSVERSAL_FILE_STATUSES),
  summary: optionalText(ORIENTATION_MAX.summary),
  documentLinks: z.array(httpsLink).max(ORIENTATION_MAX.links, `${ORIENTATION_MAX.links} liens au plus`),
};
export const createTransversalFile = z.object({ cioId: uuid, ...fileFields });
export const updateTransversalFile = z.object({ id: uuid, version, ...fileFields });
