import type { CaseStatus, CloseOutcome, ContactChannel, ContactResult } from './enums.js';
import { CASE_STATUS_LABELS } from './labels.js';

/**
 * The life of a case (docs/domain.md §2), the only authority on which action is allowed in which state.
 * The server applies it; the web app asks it which actions to offer.
 */
export type CaseAction =
  | { type: 'ASSIGN' }
  | { type: 'REASSIGN' }
  | { type: 'CONTACT_ATTEMPT' }
  | { type: 'SITUATION_CHECK' }
  | { type: 'RECORD_SOLUTION' }
  | { type: 'CLOSE'; outcome: CloseOutcome; comment?: string | null }
  | { type: 'REOPEN' }
  | { type: 'TRANSFER_ACCEPTED'; toOtherPlatform: boolean };

export type CaseActionType = CaseAction['type'];

export interface ContactAttemptFact {
  date: Date;
  channel: ContactChannel;
  result: ContactResult;
}

/** What the guards need to know of a case beyond its status. */
export interface CaseFacts {
  status: CaseStatus;
  attempts: ContactAttemptFact[];
  hasSolution: boolean;
}

export interface InjoignableRule {
  minAttempts: number;
  minChannels: number;
  minDays: number;
}

/** docs/domain.md: at least 3 attempts on at least 2 channels over at least 30 days (configurable). */
export const DEFAULT_INJOIGNABLE_RULE: InjoignableRule = { minAttempts: 3, minChannels: 2, minDays: 30 };

export type TransitionResult = { ok: true; status: CaseStatus } | { ok: false; reason: string };

const ACTION_LABELS: Record<CaseActionType, string> = {
  ASSIGN: "l'affectation",
  REASSIGN: 'la réaffectation',
  CONTACT_ATTEMPT: 'une tentative de contact',
  SITUATION_CHECK: 'une vérification de situation',
  RECORD_SOLUTION: "l'enregistrement d'une solution",
  CLOSE: 'la clôture',
  REOPEN: 'la réouverture',
  TRANSFER_ACCEPTED: "l'acceptation d'un transfert",
};

/** Which states each action leaves from, and where it leads. */
const TABLE: Record<CaseActionType, Partial<Record<CaseStatus, CaseStatus>>> = {
  ASSIGN: { A_TRAITER: 'AFFECTE' },
  REASSIGN: { AFFECTE: 'AFFECTE', EN_COURS: 'AFFECTE' },
  CONTACT_ATTEMPT: { AFFECTE: 'EN_COURS', EN_COURS: 'EN_COURS' },
  SITUATION_CHECK: { AFFECTE: 'EN_COURS', EN_COURS: 'EN_COURS' },
  RECORD_SOLUTION: { EN_COURS: 'SOLUTION' },
  CLOSE: { A_TRAITER: 'CLOS', AFFECTE: 'CLOS', EN_COURS: 'CLOS', SOLUTION: 'CLOS' },
  REOPEN: { CLOS: 'A_TRAITER' },
  TRANSFER_ACCEPTED: { AFFECTE: 'AFFECTE', EN_COURS: 'AFFECTE' },
};

export function injoignableReached(
  attempts: ContactAttemptFact[],
  rule: InjoignableRule = DEFAULT_INJOIGNABLE_RULE,
): boolean {
  const failed = attempts.filter((a) => a.result !== 'JOINT');
  if (failed.length < rule.minAttempts) return false;
  if (new Set(failed.map((a) => a.channel)).size < rule.minChannels) return false;
  const times = failed.map((a) => a.date.getTime());
  const spanDays = (Math.max(...times) - Math.min(...times)) / 86_400_000;
  return spanDays >= rule.minDays;
}

export function transition(
  facts: CaseFacts,
  action: CaseAction,
  rule: InjoignableRule = DEFAULT_INJOIGNABLE_RULE,
): TransitionResult {
  const target = TABLE[action.type][facts.status];
  if (!target) {
    return {
      ok: false,
      reason: `Impossible : ${ACTION_LABELS[action.type]} n'est pas possible pour un suivi ${CASE_STATUS_LABELS[facts.status].toLowerCase()}.`,
    };
  }
  if (action.type === 'TRANSFER_ACCEPTED' && action.toOtherPlatform) return { ok: true, status: 'A_TRAITER' };
  if (action.type === 'CLOSE') {
    const refusal = closeRefusal(facts, action, rule);
    if (refusal) return { ok: false, reason: refusal };
  }
  return { ok: true, status: target };
}

function closeRefusal(
  facts: CaseFacts,
  action: Extract<CaseAction, { type: 'CLOSE' }>,
  rule: InjoignableRule,
): string | null {
  switch (action.outcome) {
    case 'SOLUTION_CONFIRMEE':
      return facts.status === 'SOLUTION' && facts.hasSolution
        ? null
        : 'Clôture « solution confirmée » : enregistrez d’abord la solution.';
    case 'INJOIGNABLE':
      return injoignableReached(facts.attempts, rule)
        ? null
        : `Clôture « injoignable » : il faut au moins ${rule.minAttempts} tentatives sans succès, sur ${rule.minChannels} canaux, étalées sur ${rule.minDays} jours.`;
    case 'AUTRE':
      return action.comment?.trim() ? null : 'Clôture « autre » : un commentaire est obligatoire.';
    default:
      return null;
  }
}

/** The actions to offer on a case in its state (the guards of CLOSE are checked on submit). */
export function allowedActions(status: CaseStatus): CaseActionType[] {
  return (Object.keys(TABLE) as CaseActionType[]).filter((type) => TABLE[type][status] !== undefined);
}
