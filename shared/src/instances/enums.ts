/**
 * The bodies a platform convenes (docs/domain.md §2, « Meetings »), then the meetings and actions a CIO
 * holds (§5, issue 18): a « concertation sur projet » on the direction's or a PsyEn's initiative, and
 * the territory's thematic actions for families and partners (parcours Avenir, parcours Citoyen).
 */
export const MEETING_KINDS = [
  'COTECH',
  'BILATERALE',
  'MULTILATERALE',
  'INTER_PSAD',
  'COPIL_BASSIN',
  'COPIL_REGIONAL',
  'CONCERTATION_PROJET',
  'ACTION_THEMATIQUE',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What a CIO convenes; every other kind is a platform's. */
export const CIO_MEETING_KINDS: readonly MeetingKind[] = ['CONCERTATION_PROJET', 'ACTION_THEMATIQUE'];
/** What a platform convenes. */
export const PLATFORM_MEETING_KINDS: readonly MeetingKind[] = MEETING_KINDS.filter(
  (k) => !CIO_MEETING_KINDS.includes(k),
);

/** The parcours a CIO's thematic action serves (families and partners of the territory). */
export const THEMATIC_PARCOURS = ['AVENIR', 'CITOYEN'] as const;
export type ThematicParcours = (typeof THEMATIC_PARCOURS)[number];

/** Only a technical committee examines individual situations; every other body sees aggregates only. */
export const KINDS_WITH_SITUATIONS: readonly MeetingKind[] = ['COTECH'];
/** Bodies that gather several platforms. */
export const MULTI_PLATFORM_KINDS: readonly MeetingKind[] = ['INTER_PSAD', 'COPIL_REGIONAL'];

export const MEETING_STATUSES = ['PLANIFIEE', 'TENUE', 'ANNULEE'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ATTENDANCES = ['PRESENT', 'EXCUSE', 'ABSENT'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const MEETING_ACTION_STATUSES = ['A_FAIRE', 'EN_COURS', 'FAITE', 'ABANDONNEE'] as const;
export type MeetingActionStatus = (typeof MEETING_ACTION_STATUSES)[number];
/** An action in one of these no longer carries over to the next meeting of its series. */
export const FINISHED_ACTION_STATUSES: readonly MeetingActionStatus[] = ['FAITE', 'ABANDONNEE'];

/** What a cotech decides about a situation; each but REVOIR goes through the case state machine. */
export const SITUATION_DECISIONS = ['AFFECTER', 'TRANSFERER', 'CLORE', 'REVOIR'] as const;
export type SituationDecision = (typeof SITUATION_DECISIONS)[number];

/** A platform's own actions, counted in its bilan. */
export const PLATFORM_ACTION_KINDS = ['ATELIER', 'FORUM', 'EVENEMENT', 'AUTRE'] as const;
export type PlatformActionKind = (typeof PLATFORM_ACTION_KINDS)[number];

/** Days after a cotech during which its invited partners still see its situations (configurable). */
export const DEFAULT_COTECH_ACCESS_DAYS = 7;
