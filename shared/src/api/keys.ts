import { z } from 'zod';
import { calendarDay } from '../schema-parts.js';
import { API_KEY_DEFAULT_RATE_PER_MINUTE, API_KEY_MAX_DAYS, apiScope } from './scopes.js';

const id = z.uuid({ message: 'identifiant invalide' });

/** Calls a minute a key may be given: enough for a busy switchboard, bounded for the database's sake. */
export const rateLimitPerMinute = z
  .number({ error: 'un nombre entier est attendu' })
  .int('un nombre entier est attendu')
  .min(1, 'au moins 1 appel par minute')
  .max(100_000, '100 000 appels par minute au plus');

/** A non-empty list without repeats, or null ("all that its account reaches"). */
const reach = z
  .array(id)
  .min(1, 'au moins une, ou aucune liste pour toutes')
  .max(100, '100 au plus')
  .refine((ids) => new Set(ids).size === ids.length, 'une même entrée figure deux fois')
  .nullish()
  .transform((v) => v ?? null);

/**
 * A key as an administrator issues it. `expiresOn`: the last day it works (Paris), checked against
 * `today` (the caller's day): tomorrow at the earliest, a year and a day at the latest.
 */
export const createApiKeyInput = (today: string) =>
  z.object({
    userId: id,
    name: z.string().trim().min(2, 'le nom doit avoir au moins 2 caractères').max(100, '100 caractères au plus'),
    scopes: z
      .array(apiScope)
      .min(1, 'choisissez au moins une portée')
      .refine((s) => new Set(s).size === s.length, 'une même portée figure deux fois'),
    organisationIds: reach,
    platformIds: reach,
    expiresOn: calendarDay
      .refine((d) => d > today, 'la date doit être postérieure à aujourd’hui')
      .refine((d) => {
        const last = new Date(`${today}T00:00:00Z`);
        last.setUTCDate(last.getUTCDate() + API_KEY_MAX_DAYS);
        return d <= last.toISOString().slice(0, 10);
      }, `une clé vit ${API_KEY_MAX_DAYS} jours au plus`),
    rateLimitPerMinute: rateLimitPerMinute.default(API_KEY_DEFAULT_RATE_PER_MINUTE),
    trustedDocumentsOnly: z.boolean().default(false),
  });
export type CreateApiKeyInput = z.input<ReturnType<typeof createApiKeyInput>>;
