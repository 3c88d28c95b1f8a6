/**
 * A PA takes part in a synthèse only with the PA's agreement and that of every intervenant taking
 * part (docs/domain.md §4), on the request of the PA or the referent.
 */
export interface SyntheseParticipationFacts {
  /** The PA's agreement to take part is recorded (an active PARTICIPATION_SYNTHESE consent for the meeting). */
  paAgreed: boolean;
  /** The intervenants taking part (entries of the list), and those who agreed to the PA's presence. */
  participantMemberIds: readonly string[];
  agreedMemberIds: readonly string[];
}

export function paParticipationAllowed(
  f: SyntheseParticipationFacts,
): { ok: true } | { ok: false; reason: string; missingMemberIds: string[] } {
  const missingMemberIds = f.participantMemberIds.filter((id) => !f.agreedMemberIds.includes(id));
  if (!f.paAgreed || missingMemberIds.length > 0) {
    const parts = [
      ...(!f.paAgreed ? ["l'accord de la personne"] : []),
      ...(missingMemberIds.length > 0
        ? [`l'accord de ${missingMemberIds.length} intervenant${missingMemberIds.length > 1 ? 's' : ''}`]
        : []),
    ];
    return {
      ok: false,
      reason: `La personne ne peut participer à la synthèse sans ${parts.join(' et ')}.`,
      missingMemberIds,
    };
  }
  return { ok: true };
}
