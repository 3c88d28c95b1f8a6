import { z } from 'zod';
import { uuid, version } from '../identity/schemas.js';
import { optionalText } from '../schema-parts.js';
import {
  CASE_SOURCES,
  CASE_STATUSES,
  CLOSE_OUTCOMES,
  CONTACT_CHANNELS,
  CONTACT_RESULTS,
  SIGNAL_SOURCES as SIGNAL_SOURCES_FOR_SIGNAL,
  SITUATION_FINDINGS,
  SOLUTION_TYPES,
} from './enums.js';

const ids = z
  .array(uuid)
  .max(200)
  .transform((v) => [...new Set(v)]);

export const createPlatformInput = z.object({
  name: z.string().trim().min(3, 'le nom doit avoir au moins 3 caractères').max(200, '200 caractères au plus'),
  territoryId: uuid,
  referentIds: ids.refine((v) => v.length > 0, 'au moins un référent'),
  partnerIds: ids,
});
export type CreatePlatformInput = z.infer<typeof createPlatformInput>;

export const updatePlatformInput = z.object({
  id: uuid,
  version,
  name: createPlatformInput.shape.name.optional(),
  territoryId: uuid.optional(),
  referentIds: createPlatformInput.shape.referentIds.optional(),
  partnerIds: ids.optional(),
});
export type UpdatePlatformInput = z.infer<typeof updatePlatformInput>;

/** A campaign label: 2026-S2 (half-year) or 2026-11 (month). */
export const campaign = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{4}-(S[12]|0[1-9]|1[0-2])$/, 'une campagne se note 2026-S2 (semestre) ou 2026-11 (mois)');

/** The calendar day in France (yyyy-mm-dd) of an instant. */
const dayInFrance = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(instant);

/**
 * The longest value of each text field of a young person, in characters: the signal form takes no
 * more, nor does a SIEI list (a longer value rejects its line). No form edits the last formation and
 * the highest diploma yet; one that does takes these.
 */
export const YOUNG_PERSON_MAX = {
  lastName: 100,
  firstNames: 150,
  phone: 30,
  email: 254,
  address: 300,
  commune: 150,
  lastFormation: 200,
  highestDiploma: 100,
} as const;

/** A signal (signalement) of a young person to a platform by a partner (docs/domain.md §2, repérage). */
export const signalInput = z
  .object({
    platformId: uuid,
    sourceKind: z.enum(SIGNAL_SOURCES_FOR_SIGNAL),
    lastName: z
      .string()
      .trim()
      .min(1, 'nom manquant')
      .max(YOUNG_PERSON_MAX.lastName, `${YOUNG_PERSON_MAX.lastName} caractères au plus`)
      .regex(/\p{L}/u, 'le nom doit contenir une lettre'),
    firstNames: z
      .string()
      .trim()
      .min(1, 'prénom manquant')
      .max(YOUNG_PERSON_MAX.firstNames, `${YOUNG_PERSON_MAX.firstNames} caractères au plus`)
      .regex(/\p{L}/u, 'le prénom doit contenir une lettre'),
    birthDate: z.iso.date('date de naissance invalide (aaaa-mm-jj)'),
    ine: z
      .string()
      .trim()
      .nullish()
      .transform((v) => (v ? v.replace(/\s+/g, '').toUpperCase() : null))
      .refine((v) => v === null || /^[0-9A-Z]{11}$/.test(v), 'un INE compte 11 lettres ou chiffres'),
    phone: optionalText(YOUNG_PERSON_MAX.phone),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || v.length <= YOUNG_PERSON_MAX.email, {
        message: `${YOUNG_PERSON_MAX.email} caractères au plus`,
        abort: true,
      })
      .refine((v) => v === null || z.email().safeParse(v).success, 'adresse e-mail invalide'),
    address: optionalText(YOUNG_PERSON_MAX.address),
    postalCode: z
      .string()
      .trim()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^\d{5}$/.test(v), 'un code postal compte 5 chiffres'),
    commune: optionalText(YOUNG_PERSON_MAX.commune),
    comment: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    // Runs even when a field failed: the birth date may not be a date at all.
    if (typeof v.birthDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.birthDate)) return;
    const today = dayInFrance(new Date());
    if (v.birthDate > today) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'date de naissance dans le futur' });
      return;
    }
    const [y, m, d] = v.birthDate.split('-').map(Number) as [number, number, number];
    // 16th birthday; born 29 February: 1 March of a common year.
    const sixteen = new Date(Date.UTC(y + 16, m - 1, d)).toISOString().slice(0, 10);
    if (sixteen > today)
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'moins de 16 ans : hors du public des PSAD' });
  });
export type SignalInput = z.infer<typeof signalInput>;

/** The longest comment or note a case action takes. */
export const CASE_NOTE_MAX = 2000;
/** The longest reason an assignment takes. */
export const CASE_REASON_MAX = 500;
/** A bulk assignment names at most this many cases. */
export const ASSIGN_MAX_CASES = 500;

const toDateString = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
const dateString = z.preprocess(toDateString, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date invalide'));
const dateTime = z.preprocess(
  (v) => (typeof v === 'string' ? new Date(v) : v),
  z.date({ message: 'date et heure invalides' }),
);
const caseRef = { caseId: uuid, version };

/** The inputs of the case actions (docs/domain.md §2), as the server parses them and the forms check them. */
export const caseActions = {
  assign: z.object({
    platformId: uuid,
    cases: z
      .array(z.object({ id: uuid, version }))
      .min(1, 'au moins un suivi')
      .max(ASSIGN_MAX_CASES, `${ASSIGN_MAX_CASES} suivis au plus`),
    organisationId: uuid,
    counsellorId: uuid.nullish(),
    reason: optionalText(CASE_REASON_MAX),
  }),
  reassign: z.object({
    ...caseRef,
    organisationId: uuid,
    counsellorId: uuid.nullish(),
    reason: optionalText(CASE_REASON_MAX),
  }),
  attempt: z.object({
    ...caseRef,
    attemptedAt: dateTime.refine((d) => d.getTime() <= Date.now() + 5 * 60_000, 'date dans le futur'),
    channel: z.enum(CONTACT_CHANNELS),
    result: z.enum(CONTACT_RESULTS),
  }),
  check: z.object({ ...caseRef, finding: z.enum(SITUATION_FINDINGS), note: optionalText(CASE_NOTE_MAX) }),
  solution: z.object({
    ...caseRef,
    type: z.enum(SOLUTION_TYPES),
    startDate: dateString,
    organisationId: uuid.nullish(),
    /** The catalogue offer chosen (solution_offer): its type, and its organisation unless one is named. */
    offerId: uuid.nullish(),
  }),
  close: z.object({ ...caseRef, outcome: z.enum(CLOSE_OUTCOMES), comment: optionalText(CASE_NOTE_MAX) }),
  reopen: z.object({ caseId: uuid }),
};

/** The worklists' filter (GraphQL CaseFilter): the worklists, the home counts and the export parse it. */
export const caseFilter = z
  .object({
    status: z.array(z.enum(CASE_STATUSES)).nullish(),
    organisationId: uuid.nullish(),
    campaign: z.string().trim().max(20).nullish(),
    source: z.enum(CASE_SOURCES).nullish(),
    minorWithoutSolution: z.boolean().nullish(),
    commune: z.string().trim().max(100).nullish(),
    daysWithoutContact: z.number().int().min(0, 'un nombre de jours positif').max(3650).nullish(),
    search: z.string().trim().max(100).nullish(),
    assignedToMe: z.boolean().nullish(),
  })
  .nullish();
