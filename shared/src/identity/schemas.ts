import { z } from 'zod';
import { patchText, text } from '../schema-parts.js';
import { ORGANISATION_KINDS, ROLES, TERRITORY_KINDS, TIME_ZONES } from './enums.js';

export const uuid = z.uuid({ message: 'identifiant invalide' });
export const version = z.number().int().min(1, 'version invalide');

/** UAI: 7 digits and a letter (e.g. 0180005H). */
export const uai = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{7}[A-Z]$/, 'un UAI est fait de 7 chiffres et une lettre (ex. 0180005H)');

/** FASE number: a Belgian school's number in the Fédération Wallonie-Bruxelles's register, 1 to 6 digits. */
export const fase = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, 'un numéro FASE est fait de 1 à 6 chiffres (ex. 1234)');

/** SIRET: an establishment's number in INSEE's register, 14 digits (typed with spaces or not). */
export const siret = z
  .string()
  .trim()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{14}$/, 'un SIRET est fait de 14 chiffres (ex. 130 025 265 00013)'));

/** INSEE commune code: 5 characters, digits except Corsica's 2A/2B. */
export const communeInsee = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(\d{5}|2[AB]\d{3})$/, 'un code commune INSEE a 5 caractères (ex. 18033)');

export const postalCode = z
  .string()
  .trim()
  .regex(/^\d{5}$/, 'un code postal a 5 chiffres');

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'adresse e-mail invalide' }).max(254));

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s.()-]{6,20}$/, 'numéro de téléphone invalide');

export const website = z.url({ message: 'adresse web invalide', protocol: /^https?$/ }).max(500);

export const password = z
  .string()
  .min(12, 'le mot de passe doit avoir au moins 12 caractères')
  .max(200, 'le mot de passe doit avoir au plus 200 caractères');

const organisationFields = {
  name: text(200).min(2, 'le nom doit avoir au moins 2 caractères'),
  kind: z.enum(ORGANISATION_KINDS, { message: "type d'organisation inconnu" }),
  uai: uai.nullish(),
  fase: fase.nullish(),
  siret: siret.nullish(),
  timeZone: z.enum(TIME_ZONES, { message: 'fuseau horaire inconnu' }).nullish(),
  lyceeTeteDeReseau: z.boolean().nullish(),
  address: patchText(300),
  postalCode: postalCode.nullish(),
  communeInsee: communeInsee.nullish(),
  communeName: patchText(120),
  territoryId: uuid.nullish(),
  email: email.nullish(),
  phone: phone.nullish(),
  website: website.nullish(),
};

const faseNeedsEcole = (v: { kind?: string | null; fase?: string | null }) =>
  !v.fase || v.kind === undefined || v.kind === null || v.kind === 'ECOLE';
const faseRule = { path: ['fase'], message: 'seule une école a un numéro FASE' };

const teteDeReseauNeedsEple = (v: { kind?: string | null; lyceeTeteDeReseau?: boolean | null }) =>
  !v.lyceeTeteDeReseau || v.kind === undefined || v.kind === null || v.kind === 'EPLE';

export const createOrganisationInput = z
  .object(organisationFields)
  .refine(teteDeReseauNeedsEple, {
    path: ['lyceeTeteDeReseau'],
    message: 'seul un EPLE peut être lycée tête de réseau',
  })
  .refine(faseNeedsEcole, faseRule);
export type CreateOrganisationInput = z.infer<typeof createOrganisationInput>;

export const updateOrganisationInput = z
  .object({
    id: uuid,
    version,
    ...organisationFields,
    name: organisationFields.name.optional(),
    kind: organisationFields.kind.optional(),
  })
  .refine(teteDeReseauNeedsEple, {
    path: ['lyceeTeteDeReseau'],
    message: 'seul un EPLE peut être lycée tête de réseau',
  })
  .refine(faseNeedsEcole, faseRule);
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationInput>;

export const createTerritoryInput = z.object({
  kind: z.enum(TERRITORY_KINDS, { message: 'type de territoire inconnu' }),
  code: patchText(10),
  name: text(200).min(2, 'le nom doit avoir au moins 2 caractères'),
  parentId: uuid.nullish(),
});
export type CreateTerritoryInput = z.infer<typeof createTerritoryInput>;

export const roles = z
  .array(z.enum(ROLES, { message: 'rôle inconnu' }))
  .min(1, 'au moins un rôle')
  .transform((r) => [...new Set(r)]);

export const membershipInput = z.object({
  organisationId: uuid,
  roles,
});
export type MembershipInput = z.infer<typeof membershipInput>;

export const displayName = text(120).min(2, 'le nom affiché doit avoir au moins 2 caractères');

export const createUserInput = z.object({
  email,
  displayName,
  password,
  memberships: z.array(membershipInput).max(20).nullish(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.object({
  id: uuid,
  version,
  email: email.optional(),
  displayName: displayName.optional(),
  password: password.optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const loginInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'adresse e-mail requise').max(254),
  password: z.string().min(1, 'mot de passe requis').max(200),
});
export type LoginInput = z.infer<typeof loginInput>;

/** The LINK step of a ProConnect sign-in: the password of the account the identity will be linked to. */
export const linkInput = z.object({
  password: z.string().min(1, 'mot de passe requis').max(200),
});
export type LinkInput = z.infer<typeof linkInput>;

/**
 * An administrator approves an access request (ProConnect, issue 21): the account is created in the
 * organisation chosen, with the roles chosen (never from a claim). A service account is not a person.
 */
export const approveAccessRequestInput = z.object({
  id: uuid,
  version,
  organisationId: uuid,
  roles: roles.refine((r) => !r.includes('SERVICE_ACCOUNT'), 'un compte de service ne se demande pas par ProConnect'),
});
export type ApproveAccessRequestInput = z.infer<typeof approveAccessRequestInput>;

export const rejectAccessRequestInput = z.object({
  id: uuid,
  version,
  reason: text(500).min(3, 'le motif doit avoir au moins 3 caractères'),
});
export type RejectAccessRequestInput = z.infer<typeof rejectAccessRequestInput>;

/** Page size for cursor connections: bounded so no list is unbounded. */
export const pageSize = (max: number) => z.number().int().min(1, 'au moins 1').max(max, `au plus ${max}`);
