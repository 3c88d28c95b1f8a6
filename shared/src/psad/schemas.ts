import { z } from 'zod';
import { uuid, version } from '../identity/schemas.js';

const ids = z.array(uuid).max(200).transform((v) => [...new Set(v)]);

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
