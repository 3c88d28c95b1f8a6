import type {
  CompetenceKind,
  ConsentKind,
  DocumentCategory,
  PlanActionStatus,
  PlanTheme,
  ReferenceEndReason,
  ReferenceStatus,
  SansSuiteMotive,
  SyntheseRequester,
} from './enums.js';

/** French labels of the référence de parcours (docs/domain.md §4): the pages and the exports say the same. */
export const REFERENCE_STATUS_LABELS: Record<ReferenceStatus, string> = {
  PROPOSEE: 'Proposée',
  ACCEPTEE: 'Acceptée (active)',
  REFUSEE: 'Refusée',
  SANS_SUITE: 'Sans suite',
  TERMINEE: 'Terminée',
};

export const SANS_SUITE_MOTIVE_LABELS: Record<SansSuiteMotive, string> = {
  INTERVENANT_UNIQUE: 'Un seul intervenant',
  PA_INJOIGNABLE: 'Personne injoignable',
  SITUATION_STABILISEE: 'Situation stabilisée',
  AUTRE: 'Autre motif',
};

export const REFERENCE_END_REASON_LABELS: Record<ReferenceEndReason, string> = {
  REFERENT_PARTI: 'Le référent a quitté le service',
  CHANGEMENT_SITUATION: "Changement d'accompagnement après un changement de situation",
  CHOIX_PA: 'Choix de la personne',
  FIN_DES_BESOINS: 'Fin des besoins',
};

export const PLAN_THEME_LABELS: Record<PlanTheme, string> = {
  LOGEMENT: 'Logement',
  EMPLOI: 'Emploi',
  FORMATION: 'Formation',
  DEMARCHES_ADMINISTRATIVES: 'Démarches administratives',
  BUDGET: 'Budget',
  MOBILITE: 'Mobilité',
  SANTE: 'Santé',
  FAMILLE: 'Famille',
  LANGUE: 'Langue',
  NUMERIQUE: 'Numérique',
};

export const PLAN_ACTION_STATUS_LABELS: Record<PlanActionStatus, string> = {
  EN_PROJET: 'En projet',
  EN_COURS: 'En cours',
  EN_ATTENTE: 'En attente',
  REALISEE: 'Réalisée',
  ABANDONNEE_PAR_LA_PERSONNE: 'Abandonnée par la personne',
  ANNULEE_PAR_LA_STRUCTURE: 'Annulée par la structure',
};

export const COMPETENCE_KIND_LABELS: Record<CompetenceKind, string> = {
  POTENTIEL: 'Potentiel',
  COMPETENCE: 'Compétence',
};

export const CONSENT_KIND_LABELS: Record<ConsentKind, string> = {
  PARTAGE_DOCUMENT: "Partage d'un document avec un intervenant",
  PARTICIPATION_SYNTHESE: 'Participation à une synthèse',
  INFORMATION_TRAITEMENT: 'Information sur le traitement des données',
};

export const SYNTHESE_REQUESTER_LABELS: Record<SyntheseRequester, string> = {
  PA: 'La personne',
  REFERENT: 'Le référent',
};

export const DOCUMENT_CATEGORY_LABELS: Record<DocumentCategory, string> = {
  IDENTITE: "Pièce d'identité",
  ATTESTATION: 'Attestation',
  FACTURE: 'Facture',
  JUSTIFICATIF: 'Justificatif',
  AUTRE: 'Autre document',
};
