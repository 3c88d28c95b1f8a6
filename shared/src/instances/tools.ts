import { z } from 'zod';
import { communeInsee, uuid, version } from '../identity/schemas.js';
import { SOLUTION_TYPES } from '../psad/enums.js';
import { optionalText, requiredText, calendarDay } from '../schema-parts.js';
import { PLATFORM_ACTION_KINDS } from './enums.js';

/*
 * The platform's shared tools (issue 17): the catalogue of solutions and dispositifs, its specific
 * actions (counted in its bilan) and its veille documentaire.
 */

/** Bounds of the tools' lists. */
export const TOOLS_MAX = { communes: 200, partners: 50, cases: 200, importRows: 5_000 } as const;

const dateString = calendarDay;
const optionalDate = dateString
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));
const age = z.number().int('un âge entier').min(0, 'un âge positif').max(99, '99 ans au plus').nullish();
const ids = (max: number) =>
  z
    .array(uuid)
    .max(max, `${max} au plus`)
    .transform((v) => [...new Set(v)]);

const offerFields = {
  name: requiredText(200, 'nom de la solution manquant'),
  solutionType: z.enum(SOLUTION_TYPES, { message: 'type de solution inconnu' }),
  organisationId: uuid.nullish().transform((v) => v ?? null),
  /** INSEE codes; empty: the whole territory of the platform. */
  communes: z
    .array(communeInsee)
    .max(TOOLS_MAX.communes, `${TOOLS_MAX.communes} communes au plus`)
    .default([])
    .transform((v) => [...new Set(v)]),
  ageMin: age.transform((v) => v ?? null),
  ageMax: age.transform((v) => v ?? null),
  conditions: optionalText(2000),
  places: z
    .number()
    .int('un nombre entier')
    .min(0, 'un nombre de places positif')
    .max(100_000)
    .nullish()
    .transform((v) => v ?? null),
  contact: optionalText(500),
  activeFrom: optionalDate,
  activeUntil: optionalDate,
};

type OfferShape = {
  ageMin: number | null;
  ageMax: number | null;
  activeFrom: string | null;
  activeUntil: string | null;
};

function offerRules(v: OfferShape, ctx: z.RefinementCtx) {
  if (v.ageMin !== null && v.ageMax !== null && v.ageMin > v.ageMax)
    ctx.addIssue({ code: 'custom', path: ['ageMax'], message: 'l’âge maximal suit l’âge minimal' });
  if (v.activeFrom && v.activeUntil && v.activeUntil < v.activeFrom)
    ctx.addIssue({ code: 'custom', path: ['activeUntil'], message: 'la fin suit le début' });
}

/** One offer of the catalogue, as a form (or a row of an imported file) gives it. */
export const offerValues = z.object(offerFields).superRefine(offerRules);
export type OfferValues = z.infer<typeof offerValues>;

export const createSolutionOffer = z.object({ platformId: uuid, ...offerFields }).superRefine(offerRules);
export const updateSolutionOffer = z.object({ id: uuid, version, ...offerFields }).superRefine(offerRules);
export const deleteSolutionOffer = z.object({ id: uuid, version });

/** The catalogue's search: name (trigram), commune served, age, active at a date. */
export const offerFilter = z.object({
  platformId: uuid.nullish(),
  search: z.string().trim().max(100, '100 caractères au plus').nullish(),
  commune: communeInsee.nullish(),
  /** A commune by name (a young person's address): the offers serving it, found through the territories. */
  communeName: z.string().trim().max(150, '150 caractères au plus').nullish(),
  age: z.number().int().min(0, 'un âge positif').max(99, '99 ans au plus').nullish(),
  activeOn: dateString.nullish(),
});

const actionFields = {
  kind: z.enum(PLATFORM_ACTION_KINDS, { message: 'type d’action inconnu' }),
  title: requiredText(200, 'intitulé manquant'),
  heldOn: dateString,
  description: optionalText(5000),
  partnerOrganisationIds: ids(TOOLS_MAX.partners).default([]),
  participants: z
    .number()
    .int('un nombre entier')
    .min(0, 'un nombre de jeunes positif')
    .max(100_000, '100 000 au plus')
    .default(0),
  /** The cases of the young people who took part (the platform's own, seen by its referents only). */
  caseIds: ids(TOOLS_MAX.cases).default([]),
};

/** The young people counted include at least those whose cases are linked (caseIds, duplicates dropped). */
function participantsCoverCases(v: { participants: number; caseIds: string[] }, ctx: z.RefinementCtx) {
  // Also run when a field failed: only a count and a list are compared.
  if (typeof v.participants === 'number' && Array.isArray(v.caseIds) && v.participants < v.caseIds.length)
    ctx.addIssue({
      code: 'custom',
      path: ['participants'],
      message: `au moins ${v.caseIds.length}, le nombre de jeunes suivis liés à l’action`,
    });
}

/** An action's values, as its form checks them (the platform or the id and version aside). */
export const platformActionValues = z.object(actionFields).superRefine(participantsCoverCases);
export const createPlatformAction = z.object({ platformId: uuid, ...actionFields }).superRefine(participantsCoverCases);
export const updatePlatformAction = z
  .object({ id: uuid, version, ...actionFields })
  .superRefine(participantsCoverCases);
export const deletePlatformAction = z.object({ id: uuid, version });

const httpsUrl = z
  .string()
  .trim()
  .max(1000, '1000 caractères au plus')
  .refine((v) => /^https:\/\/[^\s/]+\.[^\s]*$/.test(v), 'un lien commence par https://');

const veilleFields = {
  title: requiredText(300, 'titre manquant'),
  url: httpsUrl,
  publishedOn: optionalDate,
  summary: optionalText(5000),
};

export const addVeilleDocument = z.object({ platformId: uuid, ...veilleFields });
export const updateVeilleDocument = z.object({ id: uuid, version, ...veilleFields });
export const deleteVeilleDocument = z.object({ id: uuid, version });
