import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type {
  CreateApiKeyInput,
  CreateUserInput,
  MembershipInput,
  OrganisationOptionsQuery,
  Role,
  UpdateUserInput,
  UserFilter,
} from '../../gql/graphql';

export const PAGE_SIZE = 25;

const AdminUsersDocument = graphql(`
  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        email
        displayName
        active
        failedLoginCount
        lastLoginAt
        memberships {
          id
          roles
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

const AdminUserDocument = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      id
      email
      displayName
      active
      failedLoginCount
      lastFailedLoginAt
      lastLoginAt
      createdAt
      version
      memberships {
        id
        roles
        version
        organisation {
          id
          name
          kind
          active
        }
      }
    }
  }
`);

const OrganisationOptionsDocument = graphql(`
  query OrganisationOptions($after: String) {
    organisations(filter: { includeInactive: true }, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        active
      }
    }
  }
`);

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      displayName
    }
  }
`);

const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      version
    }
  }
`);

const SetUserActiveDocument = graphql(`
  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {
    setUserActive(id: $id, version: $version, active: $active) {
      id
      active
      version
    }
  }
`);

const UnlockUserDocument = graphql(`
  mutation UnlockUser($id: ID!, $version: Int!) {
    unlockUser(id: $id, version: $version) {
      id
      failedLoginCount
      version
    }
  }
`);

const AddMembershipDocument = graphql(`
  mutation AddMembership($userId: ID!, $input: MembershipInput!) {
    addMembership(userId: $userId, input: $input) {
      id
    }
  }
`);

const UpdateMembershipRolesDocument = graphql(`
  mutation UpdateMembershipRoles($id: ID!, $version: Int!, $roles: [Role!]!) {
    updateMembershipRoles(id: $id, version: $version, roles: $roles) {
      id
      roles
      version
    }
  }
`);

const RemoveMembershipDocument = graphql(`
  mutation RemoveMembership($id: ID!, $version: Int!) {
    removeMembership(id: $id, version: $version)
  }
`);

const ApiKeysDocument = graphql(`
  query ApiKeys($userId: ID!) {
    apiKeys(userId: $userId) {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
      scopes
      organisations {
        id
        name
      }
      platformIds
      expiresAt
      rateLimitPerMinute
      trustedDocumentsOnly
      usage {
        operation
        calls
        errors
        lastUsedAt
      }
    }
  }
`);

const KeyPlatformsDocument = graphql(`
  query KeyPlatforms {
    platforms(mine: false) {
      id
      name
    }
  }
`);

const SetApiKeyRateLimitDocument = graphql(`
  mutation SetApiKeyRateLimit($id: ID!, $rateLimitPerMinute: Int!) {
    setApiKeyRateLimit(id: $id, rateLimitPerMinute: $rateLimitPerMinute) {
      id
      rateLimitPerMinute
    }
  }
`);

const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      name
      revokedAt
    }
  }
`);

export function useAdminUsers(filter: UserFilter, after: string | null) {
  return useQuery({
    queryKey: ['users', 'list', filter, after],
    queryFn: ({ signal }) => gqlRequest(AdminUsersDocument, { filter, first: PAGE_SIZE, after }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAdminUser(id: string) {
  return useQuery({
    queryKey: ['users', 'detail', id],
    queryFn: ({ signal }) => gqlRequest(AdminUserDocument, { id }, signal),
  });
}

/** Every organisation (active or not), for the selects; read page by page, 1 000 at most. */
export function useOrganisationOptions() {
  return useQuery({
    queryKey: ['organisations', 'options'],
    queryFn: async ({ signal }) => {
      const all: { id: string; name: string; active: boolean }[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const data: OrganisationOptionsQuery = await gqlRequest(OrganisationOptionsDocument, { after }, signal);
        all.push(...data.organisations.nodes);
        if (!data.organisations.pageInfo.hasNextPage || !data.organisations.pageInfo.endCursor) break;
        after = data.organisations.pageInfo.endCursor;
      }
      return all.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
    staleTime: 5 * 60_000,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['users'] });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateUserInput) => gqlRequest(CreateUserDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: UpdateUserInput) => gqlRequest(UpdateUserDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useSetUserActive() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: { id: string; version: number; active: boolean }) =>
      gqlRequest(SetUserActiveDocument, variables),
    onSuccess: () => invalidate(),
  });
}

export function useUnlockUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: { id: string; version: number }) => gqlRequest(UnlockUserDocument, variables),
    onSuccess: () => invalidate(),
  });
}

export function useAddMembership() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: { userId: string; input: MembershipInput }) => gqlRequest(AddMembershipDocument, variables),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateMembershipRoles() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: { id: string; version: number; roles: Role[] }) =>
      gqlRequest(UpdateMembershipRolesDocument, variables),
    onSuccess: () => invalidate(),
  });
}

export function useRemoveMembership() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: { id: string; version: number }) => gqlRequest(RemoveMembershipDocument, variables),
    onSuccess: () => invalidate(),
  });
}

/** The keys of a service account, newest first (admins only). */
export function useApiKeys(userId: string) {
  return useQuery({
    queryKey: ['users', 'apiKeys', userId],
    queryFn: ({ signal }) => gqlRequest(ApiKeysDocument, { userId }, signal),
  });
}

/**
 * Issues a key. The secret comes back in the mutation's result only: the
 * caller keeps it in its own state and calls `reset()` so that the mutation
 * cache does not hold it any longer than needed.
 */
export function useCreateApiKey() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) => gqlRequest(CreateApiKeyDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

/** The platforms a key may be limited to. */
export function useKeyPlatforms() {
  return useQuery({
    queryKey: ['users', 'keyPlatforms'],
    queryFn: ({ signal }) => gqlRequest(KeyPlatformsDocument, {}, signal),
  });
}

export function useSetApiKeyRateLimit() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: { id: string; rateLimitPerMinute: number }) =>
      gqlRequest(SetApiKeyRateLimitDocument, variables),
    onSuccess: () => invalidate(),
  });
}

export function useRevokeApiKey() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (variables: { id: string }) => gqlRequest(RevokeApiKeyDocument, variables),
    onSuccess: () => invalidate(),
  });
}
