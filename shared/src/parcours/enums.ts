export const REFERENCE_STATUSES = ['PROPOSEE', 'ACCEPTEE', 'REFUSEE', 'SANS_SUITE', 'TERMINEE'] as const;
export type ReferenceStatus = (typeof REFERENCE_STATUSES)[number];

export const SANS_SUITE_MOTIVES = ['INTERVENANT_UNIQUE', 'PA_INJOIGNABLE', 'SITUATION_STABILISEE', 'AUTRE'] as const;
export type SansSuiteMotive = (typeof SANS_SUITE_MOTIVES)[number];

/** Why an active reference ends (docs/domain.md §4). */
export const REFERENCE_END_REASONS = ['REFERENT_PARTI', 'CHANGEMENT_SITUATION', 'CHOIX_PA', 'FIN_DES_BESOINS'] as const;
export type ReferenceEndReason = (typeof REFERENCE_END_REASONS)[number];

export const PLAN_THEMES = [
  'LOGEMENT',
  'EMPLOI',
  'FORMATION',
  'DEMARCHES_ADMINISTRATIVES',
  'BUDGET',
  'MOBILITE',
  'SANTE',
  'FAMILLE',
  'LANGUE',
  'NUMERIQUE',
] as const;
export type PlanTheme = (typeof PLAN_THEMES)[number];

export const PLAN_ACTION_STATUSES = [
  'EN_PROJET',
  'EN_COURS',
  'EN_ATTENTE',
  'REALISEE',
  'ABANDONNEE_PAR_LA_PERSONNE',
  'ANNULEE_PAR_LA_STRUCTURE',
] as const;
export type PlanActionStatus = (typeof PLAN_ACTION_STATUSES)[number];

export const COMPETENCE_KINDS = ['POTENTIEL', 'COMPETENCE'] as const;
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];

/** What a PA agrees to (docs/domain.md §4, §6). */
export const CONSENT_KINDS = ['PARTAGE_DOCUMENT', 'PARTICIPATION_SYNTHESE', 'INFORMATION_TRAITEMENT'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** Who asked for a synthèse: the PA or the referent — it is not systematic. */
export const SYNTHESE_REQUESTERS = ['PA', 'REFERENT'] as const;
export type SyntheseRequester = (typeof SYNTHESE_REQUESTERS)[number];

export const DOCUMENT_CATEGORIES = ['IDENTITE', 'ATTESTATION', 'FACTURE', 'JUSTIFICATIF', 'AUTRE'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** What the locker accepts, as found in the file's first bytes (never from its name). */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
