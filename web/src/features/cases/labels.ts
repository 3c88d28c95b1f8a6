export {
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  CLOSE_OUTCOME_LABELS,
  CONTACT_CHANNEL_LABELS,
  CONTACT_RESULT_LABELS,
  SIGNAL_SOURCE_LABELS,
  SITUATION_FINDING_LABELS,
  SOLUTION_TYPE_LABELS,
  caseSourceLabel,
} from '@maillage/shared';

/** Keys of a label map in their declared order, for selects and checkbox groups. */
export const keysOf = <K extends string>(labels: Record<K, string>): K[] => Object.keys(labels) as K[];

/** Sort orders of the worklists (GraphQL CaseOrder). */
export const CASE_ORDER_LABELS: Record<'NAME' | 'LAST_UPDATE' | 'EXIT_DATE', string> = {
  NAME: 'Nom (A → Z)',
  LAST_UPDATE: 'Dernière modification (récente d’abord)',
  EXIT_DATE: 'Date de sortie du système scolaire (récente d’abord)',
};

/** The computed flags of a case (GraphQL CaseFlags), as badges. */
export const CASE_FLAG_LABELS = {
  minorWithoutSolution: 'Mineur sans solution',
  noContactAfterAssignment: 'Sans contact depuis l’affectation',
  injoignableReached: 'Seuil injoignable atteint',
  obligationFormationOverdue: 'Dossier obligation de formation à transmettre',
} as const;

/** Why two young-person records look like one (GraphQL DuplicateReason). */
export const DUPLICATE_REASON_LABELS: Record<'SAME_MATCH_KEY' | 'SIMILAR_NAME', string> = {
  SAME_MATCH_KEY: 'Même nom, même prénom, même date de naissance',
  SIMILAR_NAME: 'Même date de naissance, noms proches',
};
