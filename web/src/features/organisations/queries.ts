import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { CreateOrganisationInput, UpdateOrganisationInput } from '../../gql/graphql';

const AdminOrganisationDocument = graphql(`
  query AdminOrganisation($id: ID!) {
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
      version
      createdAt
      updatedAt
      territory {
        id
        name
      }
    }
  }
`);

const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      version
    }
  }
`);

const UpdateOrganisationDocument = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      version
    }
  }
`);

const SetOrganisationActiveDocument = graphql(`
  mutation SetOrganisationActive($id: ID!, $version: Int!, $active: Boolean!) {
    setOrganisationActive(id: $id, version: $version, active: $active) {
      id
      active
      version
    }
  }
`);

export function useAdminOrganisation(id: string) {
  return useQuery({
    queryKey: ['organisations', 'admin', id],
    queryFn: ({ signal }) => gqlRequest(AdminOrganisationDocument, { id }, signal),
  });
}

function useInvalidateOrganisations() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['organisations'] });
}

export function useCreateOrganisation() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (input: CreateOrganisationInput) => gqlRequest(CreateOrganisationDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateOrganisation() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (input: UpdateOrganisationInput) => gqlRequest(UpdateOrganisationDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useSetOrganisationActive() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (variables: { id: string; version: number; active: boolean }) =>
      gqlRequest(SetOrganisationActiveDocument, variables),
    onSuccess: () => invalidate(),
  });
}
