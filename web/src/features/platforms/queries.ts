import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { CreatePlatformInput, UpdatePlatformInput } from '../../gql/graphql';

const AdminPlatformsDocument = graphql(`
  query AdminPlatforms {
    platforms {
      id
      name
      territory {
        id
        name
        code
      }
      referents {
        id
        displayName
      }
      partners {
        id
      }
    }
  }
`);

const AdminPlatformDocument = graphql(`
  query AdminPlatform($id: ID!) {
    platform(id: $id) {
      id
      name
      active
      version
      territory {
        id
        name
        code
      }
      referents {
        id
        displayName
      }
      partners {
        id
        name
        kind
      }
    }
  }
`);

const PlatformReferentOptionsDocument = graphql(`
  query PlatformReferentOptions {
    users(filter: { role: PSAD_REFERENT }, first: 200) {
      nodes {
        id
        displayName
        email
      }
      totalCount
    }
  }
`);

const PlatformPartnerOptionsDocument = graphql(`
  query PlatformPartnerOptions {
    organisations(first: 200) {
      nodes {
        id
        name
        kind
        communeName
      }
      totalCount
    }
  }
`);

const PsadPlatformDocument = graphql(`
  query PsadPlatform($id: ID!) {
    platform(id: $id) {
      id
      name
      territory {
        id
        name
        code
      }
      partners {
        id
        name
        kind
        communeName
      }
    }
  }
`);

const CreatePlatformDocument = graphql(`
  mutation CreatePlatform($input: CreatePlatformInput!) {
    createPlatform(input: $input) {
      id
      name
      version
    }
  }
`);

const UpdatePlatformDocument = graphql(`
  mutation UpdatePlatform($input: UpdatePlatformInput!) {
    updatePlatform(input: $input) {
      id
      name
      version
    }
  }
`);

export function useAdminPlatforms() {
  return useQuery({
    queryKey: ['platforms', 'admin', 'list'],
    queryFn: ({ signal }) => gqlRequest(AdminPlatformsDocument, {}, signal),
  });
}

export function useAdminPlatform(id: string) {
  return useQuery({
    queryKey: ['platforms', 'admin', id],
    queryFn: ({ signal }) => gqlRequest(AdminPlatformDocument, { id }, signal),
  });
}

/** Active users holding the PSAD_REFERENT role: the possible referents. */
export function usePlatformReferentOptions() {
  return useQuery({
    queryKey: ['users', 'platform-referents'],
    queryFn: ({ signal }) => gqlRequest(PlatformReferentOptionsDocument, {}, signal),
  });
}

/** Active organisations: the possible partners. */
export function usePlatformPartnerOptions() {
  return useQuery({
    queryKey: ['organisations', 'platform-partners'],
    queryFn: ({ signal }) => gqlRequest(PlatformPartnerOptionsDocument, {}, signal),
  });
}

export { useMyPlatforms } from './activePlatform';

export function usePsadPlatform(id: string | undefined) {
  return useQuery({
    queryKey: ['platforms', 'psad', id],
    queryFn: ({ signal }) => gqlRequest(PsadPlatformDocument, { id: id ?? '' }, signal),
    enabled: Boolean(id),
  });
}

function useInvalidatePlatforms() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['platforms'] });
}

export function useCreatePlatform() {
  const invalidate = useInvalidatePlatforms();
  return useMutation({
    mutationFn: (input: CreatePlatformInput) => gqlRequest(CreatePlatformDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdatePlatform() {
  const invalidate = useInvalidatePlatforms();
  return useMutation({
    mutationFn: (input: UpdatePlatformInput) => gqlRequest(UpdatePlatformDocument, { input }),
    onSuccess: () => invalidate(),
  });
}
