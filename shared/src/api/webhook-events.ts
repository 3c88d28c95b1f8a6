/**
 * The events a service account's system may subscribe to (issue 20, webhooks): each one's name on the
 * wire (`type` in the payload, Standard Webhooks' practice of dotted names), its French label, and the
 * kind of object it names. A payload is thin: `{ type, timestamp, data: { objectType, id } }`; the
 * receiver reads the object through the API with its own key, and is told only of objects it may read
 * (the read scope of the object's kind, readScopeOf, and row-level security as its account).
 */
import { z } from 'zod';
import type { ChangeObjectType } from './scopes.js';

export const WEBHOOK_EVENT_TYPES = [
  'case.assigned',
  'transfer.proposed',
  'transfer.accepted',
  'transfer.refused',
  'signal.received',
  'case.closed',
  'clas.decision',
  'reference.changed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface WebhookEventInfo {
  /** What the subscription form calls it. */
  label: string;
  /** The kind of object its payload names (data.objectType). */
  objectType: ChangeObjectType;
}

export const WEBHOOK_EVENT_INFO: Record<WebhookEventType, WebhookEventInfo> = {
  'case.assigned': { label: 'Dossier PSAD attribué ou réattribué à une organisation', objectType: 'Case' },
  'transfer.proposed': { label: 'Transfert d’un dossier PSAD proposé', objectType: 'Case' },
  'transfer.accepted': { label: 'Transfert d’un dossier PSAD accepté', objectType: 'Case' },
  'transfer.refused': { label: 'Transfert d’un dossier PSAD refusé', objectType: 'Case' },
  'signal.received': { label: 'Signalement d’un jeune reçu par une plateforme', objectType: 'Case' },
  'case.closed': { label: 'Dossier PSAD clos', objectType: 'Case' },
  'clas.decision': { label: 'Décision de la CAF sur un projet CLAS', objectType: 'ClasProject' },
  'reference.changed': {
    label: 'Référence de parcours décidée ou modifiée (acceptée, refusée, changée, terminée)',
    objectType: 'AccompaniedPerson',
  },
};

/** A delivery (one event to one endpoint): still to send (or being retried), received, or given up. */
export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
export const webhookDeliveryStatusLabels: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'En cours d’envoi',
  SUCCEEDED: 'Reçu',
  FAILED: 'Échec',
};

/** Why an endpoint is off: turned off by hand, or after failing for WEBHOOK_DISABLE_AFTER_DAYS days. */
export const WEBHOOK_DISABLED_REASONS = ['MANUAL', 'FAILING'] as const;
export type WebhookDisabledReason = (typeof WEBHOOK_DISABLED_REASONS)[number];
export const webhookDisabledReasonLabels: Record<WebhookDisabledReason, string> = {
  MANUAL: 'Désactivée à la main',
  FAILING: 'Désactivée après trois jours d’échecs',
};

/** The body of one webhook, as signed and sent (JSON). Never personal data: a kind and an id. */
export interface WebhookPayload {
  type: WebhookEventType;
  /** When the event happened (ISO 8601, UTC). */
  timestamp: string;
  data: { objectType: ChangeObjectType; id: string };
}

/** How long the answer of a receiver may take before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_SECONDS = 10;
/** An endpoint failing every attempt for this many days in a row is disabled, and administrators told. */
export const WEBHOOK_DISABLE_AFTER_DAYS = 3;
/** The longest target address accepted. */
export const WEBHOOK_URL_MAX = 2000;

const eventType = z.enum(WEBHOOK_EVENT_TYPES, { error: 'type d’événement inconnu' });
const eventTypes = z
  .array(eventType)
  .min(1, 'au moins un type d’événement')
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((list) => [...new Set(list)]);

/** An http(s) address; whether it must be https and public is the server's decision (production). */
const url = z
  .string()
  .trim()
  .min(1, 'saisissez l’adresse')
  .max(WEBHOOK_URL_MAX, `${WEBHOOK_URL_MAX} caractères au plus`)
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const parsed = new URL(value);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  }, 'une adresse web complète, commençant par https://')
  .refine((value) => {
    if (!URL.canParse(value)) return true;
    const parsed = new URL(value);
    return parsed.username === '' && parsed.password === '';
  }, 'sans identifiant ni mot de passe dans l’adresse');

const description = z
  .string()
  .trim()
  .max(200, '200 caractères au plus')
  .nullish()
  .transform((v) => (v ? v : null));

const uuid = z.uuid({ message: 'identifiant invalide' });

export const webhookSchemas = {
  eventType,
  url,
  create: z.object({
    /** The service account the endpoint is for: an administrator names it; a service account's key acts for itself. */
    serviceAccountId: uuid.nullish(),
    url,
    eventTypes,
    description,
  }),
  update: z.object({
    id: uuid,
    version: z.number().int().min(1),
    url: url.nullish(),
    eventTypes: eventTypes.nullish(),
    /** Left out: unchanged; empty or null: removed. */
    description: z.string().trim().max(200, '200 caractères au plus').nullish(),
  }),
};
