import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { MergeCandidateCaseQuery, MergeSearchQuery } from '../../gql/graphql';

const MergeSearchDocument = graphql(`
  query MergeSearch($platformId: ID!, $search: String!) {
    cases(platformId: $platformId, filter: { search: $search }, orderBy: NAME, first: 10) {
      totalCount
      nodes {
        id
        status
        episode
        youngPerson {
          id
          ine
          lastName
          firstNames
          birthDate
          commune
        }
      }
    }
  }
`);

// Reading one case is a read of the person's record: the server audits it.
const MergeCandidateCaseDocument = graphql(`
  query MergeCandidateCase($id: ID!) {
    case(id: $id) {
      id
      platform {
        id
      }
      youngPerson {
        id
        version
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
        cases {
          id
          episode
          status
          source
          campaign
          createdAt
          closeOutcome
          assignedOrganisation {
            id
            name
          }
        }
      }
    }
  }
`);

const DuplicatesDocument = graphql(`
  query YoungPersonDuplicates($platformId: ID!, $first: Int) {
    youngPersonDuplicates(platformId: $platformId, first: $first) {
      reason
      similarity
      first {
        id
        lastName
        firstNames
        birthDate
        ine
        cases {
          id
          status
        }
      }
      second {
        id
        lastName
        firstNames
        birthDate
        ine
        cases {
          id
          status
        }
      }
    }
  }
`);

const MergeYoungPeopleDocument = graphql(`
  mutation MergeYoungPeople($platformId: ID!, $keepId: ID!, $keepVersion: Int!, $mergeId: ID!, $mergeVersion: Int!) {
    mergeYoungPeople(platformId: $platformId, keepId: $keepId, keepVersion: $keepVersion, mergeId: $mergeId, mergeVersion: $mergeVersion) {
      id
      version
      lastName
      firstNames
      cases {
        id
        episode
        status
        closeOutcome
      }
    }
  }
`);

export type SearchHit = MergeSearchQuery['cases']['nodes'][number];
export type CandidatePerson = NonNullable<NonNullable<MergeCandidateCaseQuery['case']>['youngPerson']>;
export type CandidateCase = CandidatePerson['cases'][number];

/** The platform's cases whose person matches a name or an INE (at least 2 characters typed). */
export function useMergeSearch(platformId: string, search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: ['cases', 'merge-search', platformId, term],
    queryFn: ({ signal }) => gqlRequest(MergeSearchDocument, { platformId, search: term }, signal),
    enabled: term.length >= 2,
    placeholderData: keepPreviousData,
    select: (data) => data.cases,
  });
}

/** The young person of a case, with every episode: one side of the comparison. */
export function useCandidate(caseId: string | null) {
  return useQuery({
    queryKey: ['cases', 'merge-candidate', caseId],
    queryFn: ({ signal }) => gqlRequest(MergeCandidateCaseDocument, { id: caseId ?? '' }, signal),
    enabled: Boolean(caseId),
    select: (data) => data.case,
  });
}

/** Pairs of the platform's records that look like one person. */
export function useDuplicates(platformId: string) {
  return useQuery({
    queryKey: ['cases', 'duplicates', platformId],
    queryFn: ({ signal }) => gqlRequest(DuplicatesDocument, { platformId, first: 20 }, signal),
    select: (data) => data.youngPersonDuplicates,
  });
}

export interface MergeVariables {
  platformId: string;
  keepId: string;
  keepVersion: number;
  mergeId: string;
  mergeVersion: number;
}

/** Merges two records; every cached list of cases is stale afterwards. */
export function useMergeYoungPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: MergeVariables) => gqlRequest(MergeYoungPeopleDocument, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
