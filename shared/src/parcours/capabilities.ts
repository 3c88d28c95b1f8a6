import { canProposeReference, MIN_INTERVENANTS_FOR_REFERENCE } from './reference-machine.js';
import type { ReferenceStatus } from './enums.js';

/**
 * What may be done on a PA's record now, and for what is refused, why and which step comes first
 * (docs/domain.md §4): the plan d'action partagé and the synthèses live around an active reference; a
 * reference is proposed to a PA with at least two intervenants, once none is open. The server answers
 * with these on the PA (the page offers only what is allowed and links to the step) and refuses the
 * same actions with the same reasons.
 */
export const PERSON_ACTIONS = [
  'ADD_MEMBER',
  'PROPOSE_REFERENCE',
  'EDIT_PLAN',
  'SCHEDULE_SYNTHESE',
  'UPLOAD_DOCUMENT',
  'RECORD_CONSENT',
] as const;
export type PersonAction = (typeof PERSON_ACTIONS)[number];

/** A step that unlocks a refused action. */
export const PERSON_STEPS = ['ADD_MEMBER', 'PROPOSE_REFERENCE', 'DECIDE_REFERENCE'] as const;
export type PersonStep = (typeof PERSON_STEPS)[number];

export interface PersonActionRefusal {
  action: PersonAction;
  reason: string;
  /** The step to take first, when one unlocks the action. */
  step: PersonStep | null;
}

export interface PersonFacts {
  /** The status of the PA's open reference (PROPOSEE or ACCEPTEE), or null. */
  openReferenceStatus: ReferenceStatus | null;
  /** Entries of the PA's list active today. */
  activeIntervenants: number;
}

export const NO_ACTIVE_REFERENCE_REASON = "Le plan d'action se construit autour d'une référence active.";
export const NO_ACTIVE_REFERENCE_SYNTHESE_REASON = "Une synthèse se tient autour d'une référence active.";

/** Why an action that needs an active reference is refused now, and the step that comes first; null when there is one. */
function referenceFirst(f: PersonFacts, base: string): { reason: string; step: PersonStep | null } | null {
  if (f.openReferenceStatus === 'ACCEPTEE') return null;
  if (f.openReferenceStatus === 'PROPOSEE') {
    return {
      reason: `${base} La référence est proposée : enregistrez d'abord le choix de la personne.`,
      step: 'DECIDE_REFERENCE',
    };
  }
  if (f.activeIntervenants < MIN_INTERVENANTS_FOR_REFERENCE) {
    return {
      reason: `${base} Une référence se propose à une personne accompagnée par au moins ${MIN_INTERVENANTS_FOR_REFERENCE} intervenants : ajoutez d'abord un intervenant à la liste, puis proposez une référence.`,
      step: 'ADD_MEMBER',
    };
  }
  return { reason: `${base} Proposez d'abord une référence à la personne.`, step: 'PROPOSE_REFERENCE' };
}

/** The actions allowed now, and the refused ones with their reason and first step. */
export function personActions(f: PersonFacts): { allowed: PersonAction[]; refused: PersonActionRefusal[] } {
  const refused: PersonActionRefusal[] = [];
  const propose = canProposeReference(f.openReferenceStatus !== null, f.activeIntervenants);
  if (!propose.ok) {
    const tooFew = f.openReferenceStatus === null;
    refused.push({
      action: 'PROPOSE_REFERENCE',
      reason: tooFew ? `${propose.reason} Ajoutez d'abord un intervenant à la liste.` : propose.reason,
      step: tooFew ? 'ADD_MEMBER' : f.openReferenceStatus === 'PROPOSEE' ? 'DECIDE_REFERENCE' : null,
    });
  }
  const plan = referenceFirst(f, NO_ACTIVE_REFERENCE_REASON);
  if (plan) refused.push({ action: 'EDIT_PLAN', ...plan });
  const synthese = referenceFirst(f, NO_ACTIVE_REFERENCE_SYNTHESE_REASON);
  if (synthese) refused.push({ action: 'SCHEDULE_SYNTHESE', ...synthese });
  const refusedSet = new Set(refused.map((r) => r.action));
  return { allowed: PERSON_ACTIONS.filter((a) => !refusedSet.has(a)), refused };
}

/** The refusal of one action now, or null when it is allowed. */
export const personActionRefusal = (f: PersonFacts, action: PersonAction): PersonActionRefusal | null =>
  personActions(f).refused.find((r) => r.action === action) ?? null;
