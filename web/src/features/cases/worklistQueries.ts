import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import { PAGE_SIZES, type PageRequest } from '../../ui/usePagedList';
import type { CaseOrder, CaseSource, CaseStatus, CaseVersionInput, PlatformCasesQuery } from '../../gql/graphql';

export const WORKLIST_PAGE_SIZES = PAGE_SIZES;
export const WORKLIST_PAGE_SIZE = WORKLIST_PAGE_SIZES[0];

// The two worklists select the same fields, so that one table shows both.
graphql(`
  fragment WorklistCase on Case {
    id
    version
    status
    source
    campaign
    lastAttemptAt
    assignedOrganisation {
      id
      name
    }
    youngPerson {
      id
      ine
      lastName
      firstNames
      birthDate
      commune
    }
    flags {
      minorWithoutSolution
      noContactAfterAssignment
      injoignableReached
      obligationFormationOverdue
    }
  }
`);

const PlatformCasesDocument = graphql(`
  query PlatformCases($platformId: ID!, $filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {
    cases(platformId: $platformId, filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WorklistCase
      }
    }
  }
`);

const AssignedCasesDocument = graphql(`
  query AssignedCases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String, $offset: Int) {
    assignedCases(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WorklistCase
      }
    }
  }
`);

const AssignCasesDocument = graphql(`
  mutation AssignCases($platformId: ID!, $cases: [CaseVersionInput!]!, $organisationId: ID!, $counsellorId: ID, $reason: String) {
    assignCases(platformId: $platformId, cases: $cases, organisationId: $organisationId, counsellorId: $counsellorId, reason: $reason) {
      id
      version
      status
    }
  }
`);

const ReassignCaseToDocument = graphql(`
  mutation ReassignCaseTo($caseId: ID!, $version: Int!, $organisationId: ID!, $counsellorId: ID, $reason: String) {
    reassignCase(caseId: $caseId, version: $version, organisationId: $organisationId, counsellorId: $counsellorId, reason: $reason) {
      id
      version
      status
    }
  }
`);

const PartnerCounsellorsDocument = graphql(`
  query PartnerCounsellors($platformId: ID!, $organisationId: ID!) {
    partnerCounsellors(platformId: $platformId, organisationId: $organisationId) {
      id
      displayName
    }
  }
`);

/** The worklists' filter (GraphQL CaseFilter, ids as strings: the export takes the same value). */
export interface WorklistFilter {
  status?: CaseStatus[] | undefined;
  organisationId?: string | undefined;
  campaign?: string | undefined;
  source?: CaseSource | undefined;
  minorWithoutSolution?: boolean | undefined;
  commune?: string | undefined;
  daysWithoutContact?: number | undefined;
  search?: string | undefined;
  /** The counsellor's « mes suivis »: the cases naming them. */
  assignedToMe?: boolean | undefined;
}

/** One row of a worklist (both lists select the same fields). */
export type CaseListItem = PlatformCasesQuery['cases']['nodes'][number];

interface ListArgs {
  filter: WorklistFilter;
  orderBy: CaseOrder;
  page: PageRequest;
}

/** The referent's worklist of one platform. */
export function usePlatformCases(platformId: string | undefined, { filter, orderBy, page }: ListArgs) {
  return useQuery({
    queryKey: ['cases', 'platform', platformId, filter, orderBy, page],
    queryFn: ({ signal }) =>
      gqlRequest(PlatformCasesDocument, { platformId: platformId ?? '', filter, orderBy, ...page }, signal),
    enabled: Boolean(platformId),
    placeholderData: keepPreviousData,
    select: (data) => data.cases,
  });
}

/** The cases assigned to the counsellor's organisations. */
export function useAssignedCases({ filter, orderBy, page }: ListArgs) {
  return useQuery({
    queryKey: ['cases', 'assigned', filter, orderBy, page],
    queryFn: ({ signal }) => gqlRequest(AssignedCasesDocument, { filter, orderBy, ...page }, signal),
    placeholderData: keepPreviousData,
    select: (data) => data.assignedCases,
  });
}

export interface AssignCasesVariables {
  platformId: string;
  cases: CaseVersionInput[];
  organisationId: string;
  /** Optionally, one of the partner's counsellors (usePartnerCounsellors). */
  counsellorId?: string | null;
  reason?: string | null;
}

/** Bulk assignment: all the cases or none (a stale version fails the whole batch with CONFLICT). */
export function useAssignCases() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AssignCasesVariables) => gqlRequest(AssignCasesDocument, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

export interface ReassignCaseVariables {
  caseId: string;
  version: number;
  organisationId: string;
  counsellorId?: string | null;
  reason?: string | null;
}

/** Reassignment of one case to another partner, optionally naming one of its counsellors. */
export function useReassignCaseTo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ReassignCaseVariables) => gqlRequest(ReassignCaseToDocument, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}

/**
 * The counsellors a referent may name when assigning to a partner of the platform (names only;
 * the server reads them past row-level security). Idle until both ids are known.
 */
export function usePartnerCounsellors(platformId: string | undefined, organisationId: string | undefined) {
  return useQuery({
    queryKey: ['partnerCounsellors', platformId, organisationId],
    queryFn: ({ signal }) =>
      gqlRequest(
        PartnerCounsellorsDocument,
        { platformId: platformId ?? '', organisationId: organisationId ?? '' },
        signal,
      ),
    enabled: Boolean(platformId && organisationId),
    staleTime: 60_000,
    select: (data) => data.partnerCounsellors,
  });
}
