import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';

export const OUTBOX_PAGE_SIZES = [25, 50, 100] as const;

const OutboxEmailsDocument = graphql(`
  query OutboxEmails($first: Int, $after: String) {
    outboxEmails(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        toAddress
        kind
        kindLabel
        subject
        createdAt
        deliveredVia
        sentAt
      }
    }
  }
`);

const OutboxEmailDocument = graphql(`
  query OutboxEmail($id: ID!) {
    outboxEmail(id: $id) {
      id
      toAddress
      kindLabel
      subject
      createdAt
      deliveredVia
      sentAt
      textBody
    }
  }
`);

/** A page of « Courriels envoyés », newest first. */
export function useOutboxEmails(first: number, after: string | null) {
  return useQuery({
    queryKey: ['outbox', first, after],
    queryFn: ({ signal }) => gqlRequest(OutboxEmailsDocument, { first, after }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One e-mail and its text. */
export function useOutboxEmail(id: string) {
  return useQuery({
    queryKey: ['outbox', 'email', id],
    queryFn: ({ signal }) => gqlRequest(OutboxEmailDocument, { id }, signal),
  });
}
