import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { AuditFilter } from '../../gql/graphql';

export const PAGE_SIZE = 50;

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
        outcome
        subjectType
        subjectId
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

export function useAuditEvents(filter: AuditFilter, after: string | null) {
  return useQuery({
    queryKey: ['audit', filter, after],
    queryFn: ({ signal }) => gqlRequest(AuditEventsDocument, { filter, first: PAGE_SIZE, after }, signal),
    placeholderData: keepPreviousData,
  });
}
