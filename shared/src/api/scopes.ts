/**
 * What an API key may do (issue 20): the one list of scopes, with what each lets a partner's system
 * read or change. A key carries some of them; the server maps each GraphQL root field to the scope it
 * needs (server/src/core/api-scopes.ts), and a field a key's scopes do not name is refused to it.
 * The change feed and webhooks give a key the kinds of objects its read scopes cover, never more.
 */
import { z } from 'zod';

export const API_SCOPES = [
  'directory:read',
  'psad:cases:read',
  'psad:cases:write',
  'psad:signals:write',
  'psad:reports:read',
  'clas:projects:read',
  'clas:projects:write',
  'clas:decisions:write',
  'parcours:read',
  'parcours:write',
  'instances:meetings:read',
  'cpms:oncall:read',
  'cpms:oncall:write',
  'webhooks:manage',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const apiScopeLabels: Record<ApiScope, string> = {
  'directory:read': 'Lire l’annuaire : organisations, territoires, plateformes',
  'psad:cases:read': 'Lire les dossiers de suivi PSAD, leurs transferts et leurs doublons',
  'psad:cases:write': 'Faire avancer les dossiers PSAD : attribution, contacts, solutions, transferts, clôture',
  'psad:signals:write': 'Signaler un jeune à une plateforme',
  'psad:reports:read': 'Lire les tableaux de bord et bilans PSAD (des comptes, jamais de personne)',
  'clas:projects:read': 'Lire les projets CLAS et leur campagne',
  'clas:projects:write': 'Déclarer et compléter un projet CLAS (porteur)',
  'clas:decisions:write': 'Instruire et décider un projet CLAS (CAF)',
  'parcours:read': 'Lire les personnes accompagnées et leurs professionnels',
  'parcours:write': 'Créer et mettre à jour les personnes accompagnées',
  'instances:meetings:read': 'Lire les réunions : cotech, COPIL, concertations',
  'cpms:oncall:read': 'Savoir qui est d’astreinte (standard téléphonique)',
  'cpms:oncall:write': 'Consigner un appel de la permanence',
  'webhooks:manage': 'Abonner ses propres adresses aux événements (webhooks)',
};

/**
 * The kinds of objects the change feed and webhooks name, and the read scope a key needs to be told
 * of each: a key is never told that an object it could not read changed.
 */
export const CHANGE_OBJECT_TYPES = ['Case', 'ClasProject', 'AccompaniedPerson', 'Organisation', 'Meeting'] as const;
export type ChangeObjectType = (typeof CHANGE_OBJECT_TYPES)[number];
export const readScopeOf: Record<ChangeObjectType, ApiScope> = {
  Case: 'psad:cases:read',
  ClasProject: 'clas:projects:read',
  AccompaniedPerson: 'parcours:read',
  Organisation: 'directory:read',
  Meeting: 'instances:meetings:read',
};

export const apiScope = z.enum(API_SCOPES, { error: 'portée inconnue' });

/** The longest a key may live: it is then replaced by a new one (two keys may be held at once). */
export const API_KEY_MAX_DAYS = 366;
/** Calls a minute a key gets unless its administrator sets another limit. */
export const API_KEY_DEFAULT_RATE_PER_MINUTE = 600;
