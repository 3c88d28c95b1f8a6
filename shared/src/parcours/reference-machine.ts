import type { ReferenceEndReason, ReferenceStatus, SansSuiteMotive } from './enums.js';

/**
 * The life of a référence de parcours (docs/domain.md §4). A reference is proposed to a PA accompanied by
 * several intervenants; the PA alone chooses the referent among them.
 */
export type ReferenceAction =
  | { type: 'ACCEPT'; referentMemberId: string }
  | { type: 'REFUSE' }
  | { type: 'SANS_SUITE'; motive: SansSuiteMotive; comment?: string | null }
  | { type: 'CHANGE_REFERENT'; referentMemberId: string }
  | { type: 'END'; reason: ReferenceEndReason };
export type ReferenceActionType = ReferenceAction['type'];

export interface ReferenceFacts {
  status: ReferenceStatus;
  /** The current referent (an entry of the liste d'accompagnement), when the reference is active. */
  referentMemberId: string | null;
  /** The entries of the PA's list that are active today: the referent is chosen among them. */
  activeMemberIds: readonly string[];
}

export type ReferenceTransition =
  { ok: true; status: ReferenceStatus; referentMemberId: string | null } | { ok: false; reason: string };

/** A reference is proposed only to a PA with at least this many intervenants on the list. */
export const MIN_INTERVENANTS_FOR_REFERENCE = 2;

const TABLE: Record<ReferenceActionType, Partial<Record<ReferenceStatus, ReferenceStatus>>> = {
  ACCEPT: { PROPOSEE: 'ACCEPTEE' },
  REFUSE: { PROPOSEE: 'REFUSEE' },
  SANS_SUITE: { PROPOSEE: 'SANS_SUITE' },
  CHANGE_REFERENT: { ACCEPTEE: 'ACCEPTEE' },
  END: { ACCEPTEE: 'TERMINEE' },
};

const STATUS_WORDS: Record<ReferenceStatus, string> = {
  PROPOSEE: 'une référence proposée',
  ACCEPTEE: 'une référence active',
  REFUSEE: 'une référence refusée',
  SANS_SUITE: 'une référence classée sans suite',
  TERMINEE: 'une référence terminée',
};

const ACTION_WORDS: Record<ReferenceActionType, string> = {
  ACCEPT: 'le choix du référent',
  REFUSE: 'le refus',
  SANS_SUITE: 'le classement sans suite',
  CHANGE_REFERENT: 'le changement de référent',
  END: 'la fin de la référence',
};

export const REFERENCE_ACTIONS = Object.keys(TABLE) as ReferenceActionType[];

/** A reference still open: at most one per PA. */
export const isReferenceOpen = (status: ReferenceStatus) => status === 'PROPOSEE' || status === 'ACCEPTEE';

export function referenceTransition(facts: ReferenceFacts, action: ReferenceAction): ReferenceTransition {
  const next = TABLE[action.type][facts.status];
  if (!next)
    return {
      ok: false,
      reason: `Impossible : ${ACTION_WORDS[action.type]} n'est pas possible pour ${STATUS_WORDS[facts.status]}.`,
    };
  if (action.type === 'ACCEPT' || action.type === 'CHANGE_REFERENT') {
    if (!facts.activeMemberIds.includes(action.referentMemberId)) {
      return {
        ok: false,
        reason: "Le référent est choisi parmi les intervenants actuels de la liste d'accompagnement.",
      };
    }
    if (action.type === 'CHANGE_REFERENT' && action.referentMemberId === facts.referentMemberId) {
      return { ok: false, reason: 'Cet intervenant est déjà le référent.' };
    }
    return { ok: true, status: next, referentMemberId: action.referentMemberId };
  }
  if (action.type === 'SANS_SUITE' && action.motive === 'AUTRE' && !action.comment?.trim()) {
    return { ok: false, reason: 'Un classement sans suite pour un autre motif doit être expliqué.' };
  }
  return {
    ok: true,
    status: next,
    referentMemberId:
      next === 'TERMINEE' || next === 'REFUSEE' || next === 'SANS_SUITE' ? null : facts.referentMemberId,
  };
}

/** Whether a reference may be proposed now: none open, and at least two intervenants on the list. */
export function canProposeReference(
  openReference: boolean,
  activeIntervenants: number,
): { ok: true } | { ok: false; reason: string } {
  if (openReference) return { ok: false, reason: 'Une référence est déjà proposée ou active pour cette personne.' };
  if (activeIntervenants < MIN_INTERVENANTS_FOR_REFERENCE) {
    return {
      ok: false,
      reason: `Une référence se propose à une personne accompagnée par au moins ${MIN_INTERVENANTS_FOR_REFERENCE} intervenants.`,
    };
  }
  return { ok: true };
}

/** The steps possible from a state (the web app's buttons). */
export const allowedReferenceActions = (status: ReferenceStatus): ReferenceActionType[] =>
  REFERENCE_ACTIONS.filter((a) => TABLE[a][status] !== undefined);
