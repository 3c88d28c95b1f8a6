import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { AuditFilter } from '../../gql/graphql';

export const PAGE_SIZES = [25, 50, 100] as const;

const AuditEventsDocument = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        action
        actionLabel
        outcome
        subjectType
        subjectId
        recordType
        recordCount
        subject {
          type
          id
          kindLabel
          label
          named
        }
        requestId
        actorId
        actor {
          id
          displayName
        }
      }
    }
  }
`);

const AuditUsersDocument = graphql(`
  query AuditUsers($search: String) {
    users(filter: { search: $search, includeInactive: true }, first: 50) {
      totalCount
      nodes {
        id
        displayName
        email
      }
    }
  }
`);

export function useAuditEvents(filter: AuditFilter, first: number, after: string | null) {
  return useQuery({
    queryKey: ['audit', filter, first, after],
    queryFn: ({ signal }) => gqlRequest(AuditEventsDocument, { filter, first, after }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The users the « Utilisateur » filter offers: those matching the search (50 at most). */
export function useAuditUsers(search: string) {
  return useQuery({
    queryKey: ['audit', 'users', search],
    queryFn: ({ signal }) => gqlRequest(AuditUsersDocument, { search: search || null }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
