import type { ClasStatus } from './enums.js';

/**
 * The life of a CLAS project (docs/domain.md §3), the only authority on which step is allowed in which
 * state and by whom. The server applies it; the web app asks it which buttons to show.
 */
export type ClasAction =
  | { type: 'SUBMIT' }
  | { type: 'EXAMINE' }
  | { type: 'ACCEPT'; amountGrantedCents: number }
  | { type: 'REFUSE'; reasons: string }
  | { type: 'REQUEST_COMPLETION'; reasons: string }
  | { type: 'SUBMIT_BILAN' }
  | { type: 'CLOSE' };
export type ClasActionType = ClasAction['type'];

export type ClasParty = 'HOLDER' | 'OFFICER';

export interface ClasFacts {
  status: ClasStatus;
  /** The funding estimate of the project (cents): no grant may exceed it. */
  requestedCents: number;
}

export type ClasTransition = { ok: true; status: ClasStatus } | { ok: false; reason: string };

export const CLAS_ACTION_PARTY: Record<ClasActionType, ClasParty> = {
  SUBMIT: 'HOLDER',
  EXAMINE: 'OFFICER',
  ACCEPT: 'OFFICER',
  REFUSE: 'OFFICER',
  REQUEST_COMPLETION: 'OFFICER',
  SUBMIT_BILAN: 'HOLDER',
  CLOSE: 'OFFICER',
};

const TABLE: Record<ClasActionType, Partial<Record<ClasStatus, ClasStatus>>> = {
  SUBMIT: { BROUILLON: 'DEPOSE', A_COMPLETER: 'DEPOSE' },
  EXAMINE: { DEPOSE: 'EN_INSTRUCTION' },
  ACCEPT: { EN_INSTRUCTION: 'ACCEPTE' },
  REFUSE: { EN_INSTRUCTION: 'REFUSE' },
  REQUEST_COMPLETION: { EN_INSTRUCTION: 'A_COMPLETER' },
  SUBMIT_BILAN: { ACCEPTE: 'BILAN_DEPOSE' },
  CLOSE: { BILAN_DEPOSE: 'CLOTURE' },
};

const STATUS_WORDS: Record<ClasStatus, string> = {
  BROUILLON: 'un brouillon',
  DEPOSE: 'un projet déposé',
  EN_INSTRUCTION: 'un projet en instruction',
  ACCEPTE: 'un projet accepté',
  REFUSE: 'un projet refusé',
  A_COMPLETER: 'un projet à compléter',
  BILAN_DEPOSE: 'un projet dont le bilan est déposé',
  CLOTURE: 'un projet clôturé',
};

const ACTION_WORDS: Record<ClasActionType, string> = {
  SUBMIT: 'le dépôt',
  EXAMINE: 'la mise en instruction',
  ACCEPT: "l'acceptation",
  REFUSE: 'le refus',
  REQUEST_COMPLETION: 'la demande de compléments',
  SUBMIT_BILAN: 'le dépôt du bilan',
  CLOSE: 'la clôture',
};

export const CLAS_ACTIONS = Object.keys(TABLE) as ClasActionType[];

/** The holder edits the declaration only in these states. */
export const isClasEditable = (status: ClasStatus) => status === 'BROUILLON' || status === 'A_COMPLETER';

export function clasTransition(facts: ClasFacts, action: ClasAction): ClasTransition {
  const next = TABLE[action.type][facts.status];
  if (!next)
    return {
      ok: false,
      reason: `Impossible : ${ACTION_WORDS[action.type]} n'est pas possible pour ${STATUS_WORDS[facts.status]}.`,
    };
  if (action.type === 'ACCEPT') {
    if (!Number.isInteger(action.amountGrantedCents) || action.amountGrantedCents <= 0)
      return { ok: false, reason: 'Le montant accordé doit être positif.' };
    if (action.amountGrantedCents > facts.requestedCents)
      return {
        ok: false,
        reason: 'Le montant accordé dépasse la prestation calculée pour le projet (taux et plafond par groupe).',
      };
  }
  if ((action.type === 'REFUSE' || action.type === 'REQUEST_COMPLETION') && action.reasons.trim() === '') {
    return {
      ok: false,
      reason: action.type === 'REFUSE' ? 'Un refus doit être motivé.' : 'Dites au porteur ce qui est à compléter.',
    };
  }
  return { ok: true, status: next };
}

/** The steps a party may take from a state (the web app's buttons). */
export function allowedClasActions(status: ClasStatus, party: ClasParty): ClasActionType[] {
  return CLAS_ACTIONS.filter((a) => CLAS_ACTION_PARTY[a] === party && TABLE[a][status] !== undefined);
}
