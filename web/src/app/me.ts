import { useQuery } from '@tanstack/react-query';
import { graphql } from './gql';
import type { Role } from './gql/graphql';
import { gqlRequest } from './graphql';

export const MeDocument = graphql(`
  query Me {
    me {
      user {
        id
        email
        displayName
      }
      roles
      memberships {
        id
        roles
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

export const meQueryKey = ['me'] as const;

/** The signed-in user's roles and memberships. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => gqlRequest(MeDocument, {}, signal),
    staleTime: 5 * 60_000,
    select: (data) => data.me,
  });
}

export function hasRole(roles: readonly Role[] | undefined, role: Role): boolean {
  return roles?.includes(role) ?? false;
}
