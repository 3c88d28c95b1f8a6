import type { CpmsContractParty, CpmsContractStatus } from './enums.js';

/**
 * The life of a CPMS–school contract (issue 19), the only authority on which step is allowed in which
 * state. SIGN records one party's signature; the contract is SIGNE once both have signed (the centre's
 * director for the centre, the school's head for the school), and stays NEGOCIE until then.
 */
export type CpmsContractAction =
  | { type: 'NEGOTIATE' }
  | { type: 'REOPEN_DRAFT' }
  | { type: 'SIGN'; party: CpmsContractParty }
  | { type: 'START_EVALUATION' }
  | { type: 'RECORD_EVALUATION' }
  | { type: 'RENEW' }
  | { type: 'CLOSE' };
export type CpmsContractActionType = CpmsContractAction['type'];

export const CPMS_CONTRACT_ACTION_TYPES = [
  'NEGOTIATE',
  'REOPEN_DRAFT',
  'SIGN',
  'START_EVALUATION',
  'RECORD_EVALUATION',
  'RENEW',
  'CLOSE',
] as const satisfies readonly CpmsContractActionType[];

export interface CpmsContractFacts {
  status: CpmsContractStatus;
  signedBy: readonly CpmsContractParty[];
}

export type CpmsContractTransition =
  { ok: true; status: CpmsContractStatus; signedBy: CpmsContractParty[] } | { ok: false; reason: string };

const FROM: Record<Exclude<CpmsContractActionType, 'SIGN'>, Partial<Record<CpmsContractStatus, CpmsContractStatus>>> = {
  NEGOTIATE: { BROUILLON: 'NEGOCIE' },
  REOPEN_DRAFT: { NEGOCIE: 'BROUILLON' },
  START_EVALUATION: { SIGNE: 'EN_EVALUATION' },
  RECORD_EVALUATION: { EN_EVALUATION: 'EVALUE' },
  RENEW: { EVALUE: 'RENOUVELE' },
  CLOSE: { EVALUE: 'CLOS' },
};

export const CPMS_CONTRACT_ACTION_LABELS: Record<CpmsContractActionType, string> = {
  NEGOTIATE: 'Marquer comme négocié',
  REOPEN_DRAFT: 'Revenir au brouillon',
  SIGN: 'Signer',
  START_EVALUATION: 'Ouvrir l’évaluation',
  RECORD_EVALUATION: 'Clore l’évaluation',
  RENEW: 'Renouveler',
  CLOSE: 'Clore le contrat',
};

export function contractTransition(facts: CpmsContractFacts, action: CpmsContractAction): CpmsContractTransition {
  if (action.type === 'SIGN') {
    if (facts.status !== 'NEGOCIE') return { ok: false, reason: 'seul un contrat négocié se signe' };
    if (facts.signedBy.includes(action.party)) return { ok: false, reason: 'cette partie a déjà signé' };
    const signedBy = [...facts.signedBy, action.party];
    const both = signedBy.includes('CPMS') && signedBy.includes('ECOLE');
    return { ok: true, status: both ? 'SIGNE' : 'NEGOCIE', signedBy };
  }
  const to = FROM[action.type][facts.status];
  if (!to) return { ok: false, reason: `« ${CPMS_CONTRACT_ACTION_LABELS[action.type]} » impossible depuis cet état` };
  // Back to the draft, the signatures given on the negotiated text no longer hold (none can exist: a
  // signature is only given in NEGOCIE, and the draft is reopened before any).
  if (action.type === 'REOPEN_DRAFT' && facts.signedBy.length > 0)
    return { ok: false, reason: 'une partie a déjà signé : le texte ne peut plus changer' };
  return { ok: true, status: to, signedBy: [...facts.signedBy] };
}

/** The steps (other than SIGN) a status allows. */
export function contractActionsFrom(status: CpmsContractStatus): CpmsContractActionType[] {
  const actions = (Object.keys(FROM) as (keyof typeof FROM)[]).filter((a) => FROM[a][status]);
  return status === 'NEGOCIE' ? [...actions, 'SIGN'] : actions;
}

/** Whether the text of the contract (objectives, actions, commitments, flows, indicators) may still change. */
export const contractTextEditable = (status: CpmsContractStatus, signedBy: readonly CpmsContractParty[]) =>
  (status === 'BROUILLON' || status === 'NEGOCIE') && signedBy.length === 0;

/** Whether the indicators' reached values may be recorded (at evaluation). */
export const contractReachedEditable = (status: CpmsContractStatus) => status === 'EN_EVALUATION';

/** The statuses a contract never leaves. */
export const CPMS_CONTRACT_FINAL_STATUSES: readonly CpmsContractStatus[] = ['RENOUVELE', 'CLOS'];
