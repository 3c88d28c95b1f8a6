import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type {
  CaseDetailQuery,
  CloseOutcome,
  ContactChannel,
  ContactResult,
  SituationFinding,
  SolutionType,
} from '../../gql/graphql';

/** Everything the case page shows: reading it is audited by the server. */
const CaseDetailDocument = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      version
      episode
      status
      source
      campaign
      platform {
        id
        name
        partners {
          id
          name
        }
      }
      youngPerson {
        id
        ine
        lastName
        firstNames
        birthDate
        sex
        address
        postalCode
        commune
        phone
        email
        lastSchoolUai
        lastFormation
        schoolExitDate
        highestDiploma
      }
      assignedOrganisation {
        id
        name
      }
      assignedCounsellor {
        id
        displayName
      }
      assignedAt
      firstAttemptAt
      lastAttemptAt
      reachedAt
      solutionType
      solutionStartDate
      solutionOrganisation {
        id
        name
      }
      solutionOffer {
        id
        name
      }
      closeOutcome
      closeComment
      closedAt
      convocationDate
      flags {
        minorWithoutSolution
        noContactAfterAssignment
        injoignableReached
        obligationFormationDueDate
        obligationFormationOverdue
      }
      allowedActions
      contactAttempts {
        id
        attemptedAt
        channel
        result
        actor {
          id
          displayName
        }
      }
      timeline {
        id
        occurredAt
        kind
        data
        actor {
          id
          displayName
        }
      }
      pendingTransfer {
        id
        status
        reason
        proposedAt
        fromPlatformId
        fromOrganisationId
        toPlatformId
        toOrganisationId
        toPlatform {
          id
          name
        }
        toOrganisation {
          id
          name
        }
        proposedBy {
          id
          displayName
        }
      }
      createdAt
      updatedAt
    }
  }
`);

/** Active platforms: the destinations of a transfer to another platform, and names for the timeline. */
const CasePlatformsDocument = graphql(`
  query CasePlatforms {
    platforms {
      id
      name
    }
  }
`);

const CaseContactAttemptDocument = graphql(`
  mutation CaseContactAttempt($caseId: ID!, $version: Int!, $attemptedAt: DateTime!, $channel: ContactChannel!, $result: ContactResult!) {
    recordContactAttempt(caseId: $caseId, version: $version, attemptedAt: $attemptedAt, channel: $channel, result: $result) {
      id
      version
      status
    }
  }
`);

const CaseSituationCheckDocument = graphql(`
  mutation CaseSituationCheck($caseId: ID!, $version: Int!, $finding: SituationFinding!, $note: String) {
    recordSituationCheck(caseId: $caseId, version: $version, finding: $finding, note: $note) {
      id
      version
      status
    }
  }
`);

const CaseSolutionDocument = graphql(`
  mutation CaseSolution(
    $caseId: ID!
    $version: Int!
    $type: SolutionType!
    $startDate: Date!
    $organisationId: ID
    $offerId: ID
  ) {
    recordSolution(
      caseId: $caseId
      version: $version
      type: $type
      startDate: $startDate
      organisationId: $organisationId
      offerId: $offerId
    ) {
      id
      version
      status
    }
  }
`);

const CaseCloseDocument = graphql(`
  mutation CaseClose($caseId: ID!, $version: Int!, $outcome: CloseOutcome!, $comment: String) {
    closeCase(caseId: $caseId, version: $version, outcome: $outcome, comment: $comment) {
      id
      version
      status
    }
  }
`);

const CaseReopenDocument = graphql(`
  mutation CaseReopen($caseId: ID!) {
    reopenCase(caseId: $caseId) {
      id
      version
      status
      episode
    }
  }
`);

const CaseProposeTransferDocument = graphql(`
  mutation CaseProposeTransfer($caseId: ID!, $version: Int!, $toOrganisationId: ID, $toPlatformId: ID, $reason: String!) {
    proposeTransfer(caseId: $caseId, version: $version, toOrganisationId: $toOrganisationId, toPlatformId: $toPlatformId, reason: $reason) {
      id
      status
    }
  }
`);

// Both transfer lists show the same facts of a transfer.
graphql(`
  fragment TransferListItem on CaseTransfer {
    id
    status
    reason
    proposedAt
    fromPlatform {
      id
      name
    }
    fromOrganisation {
      id
      name
    }
    toPlatform {
      id
      name
    }
    toOrganisation {
      id
      name
    }
    proposedBy {
      id
      displayName
    }
    case {
      id
      status
      youngPerson {
        id
        lastName
        firstNames
      }
    }
  }
`);

const IncomingTransfersDocument = graphql(`
  query IncomingTransfers {
    incomingTransfers {
      ...TransferListItem
    }
  }
`);

const OutgoingTransfersDocument = graphql(`
  query OutgoingTransfers {
    outgoingTransfers {
      ...TransferListItem
    }
  }
`);

const AcceptTransferDocument = graphql(`
  mutation AcceptTransfer($transferId: ID!) {
    acceptTransfer(transferId: $transferId) {
      id
      status
    }
  }
`);

const RefuseTransferDocument = graphql(`
  mutation RefuseTransfer($transferId: ID!, $reason: String!) {
    refuseTransfer(transferId: $transferId, reason: $reason) {
      id
      status
    }
  }
`);

const CancelTransferDocument = graphql(`
  mutation CancelTransfer($transferId: ID!) {
    cancelTransfer(transferId: $transferId) {
      id
      status
    }
  }
`);

export type CaseDetail = NonNullable<CaseDetailQuery['case']>;

export const caseQueryKey = (id: string) => ['cases', 'detail', id] as const;

export function useCaseDetail(id: string) {
  return useQuery({
    queryKey: caseQueryKey(id),
    queryFn: ({ signal }) => gqlRequest(CaseDetailDocument, { id }, signal),
    select: (data) => data.case,
  });
}

export function useCasePlatforms() {
  return useQuery({
    queryKey: ['platforms', 'case-targets'],
    queryFn: ({ signal }) => gqlRequest(CasePlatformsDocument, {}, signal),
    staleTime: 5 * 60_000,
    select: (data) => data.platforms,
  });
}

/** After any change to a case: worklists and transfer lists are stale too. */
function useInvalidateCases() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['cases'] });
}

const caseRef = (c: CaseDetail) => ({ caseId: c.id, version: c.version });

export function useRecordContactAttempt(c: CaseDetail) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (v: { attemptedAt: string; channel: ContactChannel; result: ContactResult }) =>
      gqlRequest(CaseContactAttemptDocument, { ...caseRef(c), ...v }),
    onSuccess: () => invalidate(),
  });
}

export function useRecordSituationCheck(c: CaseDetail) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (v: { finding: SituationFinding; note: string | null }) =>
      gqlRequest(CaseSituationCheckDocument, { ...caseRef(c), ...v }),
    onSuccess: () => invalidate(),
  });
}

export function useRecordSolution(c: CaseDetail) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (v: { type: SolutionType; startDate: string; organisationId: string | null; offerId: string | null }) =>
      gqlRequest(CaseSolutionDocument, { ...caseRef(c), ...v }),
    onSuccess: () => invalidate(),
  });
}

export function useCloseCase(c: CaseDetail) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (v: { outcome: CloseOutcome; comment: string | null }) =>
      gqlRequest(CaseCloseDocument, { ...caseRef(c), ...v }),
    onSuccess: () => invalidate(),
  });
}

export function useReopenCase(c: CaseDetail) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: () => gqlRequest(CaseReopenDocument, { caseId: c.id }),
    onSuccess: () => invalidate(),
  });
}

export function useProposeTransfer(c: CaseDetail) {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (v: { toOrganisationId: string | null; toPlatformId: string | null; reason: string }) =>
      gqlRequest(CaseProposeTransferDocument, { ...caseRef(c), ...v }),
    onSuccess: () => invalidate(),
  });
}

export function useIncomingTransfers() {
  return useQuery({
    queryKey: ['cases', 'transfers', 'incoming'],
    queryFn: ({ signal }) => gqlRequest(IncomingTransfersDocument, {}, signal),
    select: (data) => data.incomingTransfers,
  });
}

export function useOutgoingTransfers() {
  return useQuery({
    queryKey: ['cases', 'transfers', 'outgoing'],
    queryFn: ({ signal }) => gqlRequest(OutgoingTransfersDocument, {}, signal),
    select: (data) => data.outgoingTransfers,
  });
}

export function useAcceptTransfer() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (transferId: string) => gqlRequest(AcceptTransferDocument, { transferId }),
    onSettled: () => invalidate(),
  });
}

export function useRefuseTransfer() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (v: { transferId: string; reason: string }) => gqlRequest(RefuseTransferDocument, v),
    onSettled: () => invalidate(),
  });
}

export function useCancelTransfer() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (transferId: string) => gqlRequest(CancelTransferDocument, { transferId }),
    onSettled: () => invalidate(),
  });
}

/** The catalogue's offers a solution may be chosen from (here rather than in instances-tools: no chunk more for the case page). */
const CaseSolutionOffersDocument = graphql(`
  query CaseSolutionOffers($filter: SolutionOfferFilter) {
    solutionOffers(filter: $filter, first: 100) {
      nodes {
        id
        name
        solutionType
        organisation {
          id
          name
        }
        activeFrom
        activeUntil
      }
    }
  }
`);

export function useCaseSolutionOffers(
  filter: { platformId: string | null; communeName: string | null; age: number | null; activeOn: string },
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['solution-offers', 'case', filter],
    queryFn: ({ signal }) => gqlRequest(CaseSolutionOffersDocument, { filter }, signal),
    // The closest hundred (a platform's catalogue holds tens): a choice list, not a page of the catalogue.
    select: (d) => d.solutionOffers.nodes,
    enabled,
  });
}
