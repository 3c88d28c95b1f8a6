import type {
  AccompagnateurKind,
  ClasActivityKind,
  ClasRule,
  ClasStatus,
  RuleOutcome,
  SchoolLevel,
  TrainingStatus,
  Weekday,
} from './enums.js';

/** French labels of the CLAS enums (docs/domain.md §3): the SPA's pages and the server's exports say the same. */
export const CLAS_STATUS_LABELS: Record<ClasStatus, string> = {
  BROUILLON: 'Brouillon',
  DEPOSE: 'Déposé',
  EN_INSTRUCTION: 'En instruction',
  ACCEPTE: 'Accepté',
  REFUSE: 'Refusé',
  A_COMPLETER: 'À compléter',
  BILAN_DEPOSE: 'Bilan déposé',
  CLOTURE: 'Clôturé',
};

export const SCHOOL_LEVEL_LABELS: Record<SchoolLevel, string> = {
  ELEMENTAIRE: 'Élémentaire',
  COLLEGE: 'Collège',
  LYCEE: 'Lycée',
};

export const ACCOMPAGNATEUR_KIND_LABELS: Record<AccompagnateurKind, string> = {
  SALARIE: 'Salarié',
  BENEVOLE: 'Bénévole',
};

export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  FAITE: 'Formation faite',
  PREVUE: 'Formation prévue',
  AUCUNE: 'Aucune formation prévue',
};

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  LUNDI: 'Lundi',
  MARDI: 'Mardi',
  MERCREDI: 'Mercredi',
  JEUDI: 'Jeudi',
  VENDREDI: 'Vendredi',
  SAMEDI: 'Samedi',
  DIMANCHE: 'Dimanche',
};

export const CLAS_ACTIVITY_KIND_LABELS: Record<ClasActivityKind, string> = {
  AIDE_AUX_DEVOIRS: 'Aide aux devoirs',
  METHODOLOGIE: 'Méthodologie, apprendre à apprendre',
  LECTURE_ECRITURE: 'Lecture et écriture',
  CULTUREL: 'Activités culturelles',
  SCIENTIFIQUE: 'Activités scientifiques',
  NUMERIQUE: 'Numérique',
  EXPRESSION_ORALE: 'Expression orale',
};

export const CLAS_RULE_LABELS: Record<ClasRule, string> = {
  DIAGNOSTIC: 'Diagnostic des besoins',
  CHARTER: 'Charte nationale',
  PARTNERSHIP: 'Cadre partenarial départemental',
  CONTENT: 'Contenu des activités',
  PARENT_AXIS: 'Axe parents',
  SCHOOL_CONCERTATION: "Concertation avec l'école",
  LOCAL_ACTORS: 'Acteurs locaux',
  GROUPS: 'Groupes',
  GROUP_SIZE: 'Taille du groupe',
  ADULTS: 'Encadrement',
  FREQUENCY: 'Fréquence des séances',
  CONTINUITY: "Continuité sur l'année",
  CHILDREN_ACTIVITY: 'Hors temps scolaire',
  TRAINING: 'Formation des accompagnateurs',
};

export const RULE_OUTCOME_LABELS: Record<RuleOutcome, string> = {
  PASS: 'Conforme',
  WARNING: 'Avertissement',
  FAIL: 'Non conforme',
};
