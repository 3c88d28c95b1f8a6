import { z } from 'zod';
import { WEEKDAYS, type Weekday } from './enums.js';

export interface ClassHours {
  day: Weekday;
  /** HH:MM, Europe/Paris wall time. */
  start: string;
  end: string;
}

/**
 * The yearly configuration of the CLAS rules (docs/domain.md §3): CAFs publish other figures, so every
 * threshold is here, kept per school year, and a decision keeps the one it was taken with.
 */
export interface ClasYearConfig {
  /** 2026-2027 */
  schoolYear: string;
  /** Prestation de service: percentage of the eligible cost. */
  ratePercent: number;
  /** Cap of the prestation per group and school year, in euro cents. */
  ceilingCentsPerGroup: number;
  minChildren: number;
  maxChildren: number;
  /** More children per accompagnateur than this fails. */
  maxChildrenPerAdult: number;
  /** More children per accompagnateur than this warns (the reference is 1 per 5 to 7). */
  warnChildrenPerAdult: number;
  /** Fewer weekly sessions than this warns (none at all fails). */
  recommendedSessionsPerWeek: number;
  /** A group starting after this date does not cover the school year. */
  latestStartDate: string;
  /** A group ending before this date does not cover the school year. */
  earliestEndDate: string;
  /** A break longer than this (school holidays: 2 weeks) warns. */
  maxBreakWeeks: number;
  /** Class hours: a session overlapping them is not out of school time. */
  classHours: ClassHours[];
}

export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

export const schoolYear = z
  .string()
  .trim()
  .regex(SCHOOL_YEAR_PATTERN, 'une année scolaire se note 2026-2027')
  .refine((v) => Number(v.slice(5)) === Number(v.slice(0, 4)) + 1, 'les deux années doivent se suivre (ex. 2026-2027)');

/** The school year a date falls in: from September 1st. */
export function schoolYearOf(date: Date): string {
  const y = date.getUTCFullYear();
  const first = date.getUTCMonth() >= 8 ? y : y - 1;
  return `${first}-${first + 1}`;
}

const FULL_DAYS: Weekday[] = ['LUNDI', 'MARDI', 'JEUDI', 'VENDREDI'];

/** The defaults of docs/domain.md §3, for a school year nobody configured yet. */
export function defaultClasConfig(year: string): ClasYearConfig {
  const first = Number(year.slice(0, 4));
  return {
    schoolYear: year,
    ratePercent: 32.5,
    ceilingCentsPerGroup: 256_300,
    minChildren: 5,
    maxChildren: 15,
    maxChildrenPerAdult: 7,
    warnChildrenPerAdult: 5,
    recommendedSessionsPerWeek: 2,
    latestStartDate: `${first}-10-15`,
    earliestEndDate: `${first + 1}-05-31`,
    maxBreakWeeks: 2,
    classHours: [
      ...FULL_DAYS.map((day) => ({ day, start: '08:30', end: '16:30' })),
      { day: 'MERCREDI' as const, start: '08:30', end: '12:00' },
    ],
  };
}

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure au format HH:MM');
const isoDate = z.iso.date('date invalide (aaaa-mm-jj)');

/** What an admin may set for a year (the whole configuration, checked for consistency). */
export const clasYearConfigInput = z
  .object({
    schoolYear,
    ratePercent: z.number().gt(0, 'le taux doit être positif').max(100, 'le taux ne peut dépasser 100 %'),
    ceilingCentsPerGroup: z.number().int('montant en centimes entiers').min(0, 'le plafond ne peut être négatif'),
    minChildren: z.number().int().min(1, 'au moins 1 enfant'),
    maxChildren: z.number().int().min(1, 'au moins 1 enfant'),
    maxChildrenPerAdult: z.number().int().min(1, 'au moins 1 enfant par adulte'),
    warnChildrenPerAdult: z.number().int().min(1, 'au moins 1 enfant par adulte'),
    recommendedSessionsPerWeek: z.number().int().min(1, 'au moins 1 séance').max(7, '7 séances au plus'),
    latestStartDate: isoDate,
    earliestEndDate: isoDate,
    maxBreakWeeks: z.number().int().min(0, 'ne peut être négatif').max(52, '52 semaines au plus'),
    classHours: z
      .array(
        z
          .object({ day: z.enum(WEEKDAYS), start: time, end: time })
          .refine((h) => h.start < h.end, { message: 'la fin doit suivre le début', path: ['end'] }),
      )
      .max(14, '14 plages au plus'),
  })
  .superRefine((c, ctx) => {
    if (c.minChildren > c.maxChildren)
      ctx.addIssue({ code: 'custom', path: ['maxChildren'], message: 'doit être au moins égal au minimum' });
    if (c.warnChildrenPerAdult > c.maxChildrenPerAdult)
      ctx.addIssue({ code: 'custom', path: ['warnChildrenPerAdult'], message: "ne peut dépasser le seuil d'échec" });
    const first = Number(c.schoolYear.slice(0, 4));
    for (const key of ['latestStartDate', 'earliestEndDate'] as const) {
      const y = Number(c[key].slice(0, 4));
      if (y !== first && y !== first + 1)
        ctx.addIssue({ code: 'custom', path: [key], message: "doit tomber dans l'année scolaire" });
    }
    if (c.latestStartDate >= c.earliestEndDate)
      ctx.addIssue({ code: 'custom', path: ['earliestEndDate'], message: 'doit suivre la date limite de début' });
  });
export type ClasYearConfigInput = z.infer<typeof clasYearConfigInput>;
