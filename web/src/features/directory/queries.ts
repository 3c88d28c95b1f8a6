import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { OrganisationFilter } from '../../gql/graphql';

export const PAGE_SIZE = 25;

const OrganisationListDocument = graphql(`
  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        uai
        communeInsee
        communeName
        active
        territory {
          id
          name
        }
      }
    }
  }
`);

const OrganisationDetailDocument = graphql(`
  query OrganisationDetail($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      uai
      fase
      timeZone
      lyceeTeteDeReseau
      address
      postalCode
      communeInsee
      communeName
      email
      phone
      website
      active
      territory {
        id
        name
        kind
        code
        parent {
          id
          name
          kind
          parent {
            id
            name
            kind
          }
        }
      }
    }
  }
`);

export function useOrganisationList(filter: OrganisationFilter, after: string | null, first = PAGE_SIZE) {
  return useQuery({
    queryKey: ['organisations', 'list', filter, after, first],
    queryFn: ({ signal }) => gqlRequest(OrganisationListDocument, { filter, first, after }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisationDetail(id: string) {
  return useQuery({
    queryKey: ['organisations', 'detail', id],
    queryFn: ({ signal }) => gqlRequest(OrganisationDetailDocument, { id }, signal),
  });
}
