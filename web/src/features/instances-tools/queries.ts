import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type {
  AddVeilleDocumentInput,
  CreatePlatformActionInput,
  CreateSolutionOfferInput,
  DeletePlatformActionInput,
  DeleteSolutionOfferInput,
  DeleteVeilleDocumentInput,
  SolutionOfferFilter,
  SolutionOffersQuery,
  PlatformActionsQuery,
  UpdatePlatformActionInput,
  UpdateSolutionOfferInput,
  UpdateVeilleDocumentInput,
  VeilleDocumentsQuery,
} from '../../gql/graphql';
import type { PageRequest } from '../../ui/usePagedList';

graphql(`
  fragment SolutionOfferItem on SolutionOffer {
    id
    name
    solutionType
    organisation {
      id
      name
    }
    communes
    ageMin
    ageMax
    conditions
    places
    contact
    activeFrom
    activeUntil
    version
    canEdit
    platform {
      id
      name
    }
  }
`);

const SolutionOffersDocument = graphql(`
  query SolutionOffers($filter: SolutionOfferFilter, $first: Int, $after: String, $offset: Int) {
    solutionOffers(filter: $filter, first: $first, after: $after, offset: $offset) {
      nodes {
        ...SolutionOfferItem
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreateSolutionOfferDocument = graphql(`
  mutation CreateSolutionOffer($input: CreateSolutionOfferInput!) {
    createSolutionOffer(input: $input) {
      ...SolutionOfferItem
    }
  }
`);

const UpdateSolutionOfferDocument = graphql(`
  mutation UpdateSolutionOffer($input: UpdateSolutionOfferInput!) {
    updateSolutionOffer(input: $input) {
      ...SolutionOfferItem
    }
  }
`);

const DeleteSolutionOfferDocument = graphql(`
  mutation DeleteSolutionOffer($input: DeleteSolutionOfferInput!) {
    deleteSolutionOffer(input: $input)
  }
`);

const PlatformActionsDocument = graphql(`
  query PlatformActions($platformId: ID, $first: Int, $after: String, $offset: Int) {
    platformActions(platformId: $platformId, first: $first, after: $after, offset: $offset) {
      nodes {
        id
        kind
        title
        heldOn
        description
        participants
        caseIds
        version
        canEdit
        partnerOrganisations {
          id
          name
        }
        platform {
          id
          name
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreatePlatformActionDocument = graphql(`
  mutation CreatePlatformAction($input: CreatePlatformActionInput!) {
    createPlatformAction(input: $input) {
      id
    }
  }
`);

const UpdatePlatformActionDocument = graphql(`
  mutation UpdatePlatformAction($input: UpdatePlatformActionInput!) {
    updatePlatformAction(input: $input) {
      id
      version
    }
  }
`);

const DeletePlatformActionDocument = graphql(`
  mutation DeletePlatformAction($input: DeletePlatformActionInput!) {
    deletePlatformAction(input: $input)
  }
`);

const VeilleDocumentsDocument = graphql(`
  query VeilleDocuments($platformId: ID, $first: Int, $after: String, $offset: Int) {
    veilleDocuments(platformId: $platformId, first: $first, after: $after, offset: $offset) {
      nodes {
        id
        title
        url
        publishedOn
        summary
        addedByName
        createdAt
        version
        canEdit
        platform {
          id
          name
        }
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const AddVeilleDocumentDocument = graphql(`
  mutation AddVeilleDocument($input: AddVeilleDocumentInput!) {
    addVeilleDocument(input: $input) {
      id
    }
  }
`);

const UpdateVeilleDocumentDocument = graphql(`
  mutation UpdateVeilleDocument($input: UpdateVeilleDocumentInput!) {
    updateVeilleDocument(input: $input) {
      id
    }
  }
`);

const DeleteVeilleDocumentDocument = graphql(`
  mutation DeleteVeilleDocument($input: DeleteVeilleDocumentInput!) {
    deleteVeilleDocument(input: $input)
  }
`);

export type SolutionOfferItem = SolutionOffersQuery['solutionOffers']['nodes'][number];
export type PlatformActionItem = PlatformActionsQuery['platformActions']['nodes'][number];
export type VeilleItem = VeilleDocumentsQuery['veilleDocuments']['nodes'][number];

/** A page of the catalogue, searched; the pages come from usePagedList (by cursor after a page read, by offset for a jump). */
export function useSolutionOffers(filter: SolutionOfferFilter, page: PageRequest, enabled = true) {
  return useQuery({
    queryKey: ['solution-offers', filter, page],
    queryFn: ({ signal }) => gqlRequest(SolutionOffersDocument, { filter, ...page }, signal),
    placeholderData: keepPreviousData,
    select: (d) => d.solutionOffers,
    enabled,
  });
}

function useToolMutation<V, R>(key: string, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: [key] }),
  });
}

export const useCreateSolutionOffer = () =>
  useToolMutation('solution-offers', (input: CreateSolutionOfferInput) =>
    gqlRequest(CreateSolutionOfferDocument, { input }),
  );
export const useUpdateSolutionOffer = () =>
  useToolMutation('solution-offers', (input: UpdateSolutionOfferInput) =>
    gqlRequest(UpdateSolutionOfferDocument, { input }),
  );
export const useDeleteSolutionOffer = () =>
  useToolMutation('solution-offers', (input: DeleteSolutionOfferInput) =>
    gqlRequest(DeleteSolutionOfferDocument, { input }),
  );

export function usePlatformActions(platformId: string | null, page: PageRequest) {
  return useQuery({
    queryKey: ['platform-actions', platformId, page],
    queryFn: ({ signal }) => gqlRequest(PlatformActionsDocument, { platformId, ...page }, signal),
    placeholderData: keepPreviousData,
    select: (d) => d.platformActions,
  });
}
export const useCreatePlatformAction = () =>
  useToolMutation('platform-actions', (input: CreatePlatformActionInput) =>
    gqlRequest(CreatePlatformActionDocument, { input }),
  );
export const useUpdatePlatformAction = () =>
  useToolMutation('platform-actions', (input: UpdatePlatformActionInput) =>
    gqlRequest(UpdatePlatformActionDocument, { input }),
  );
export const useDeletePlatformAction = () =>
  useToolMutation('platform-actions', (input: DeletePlatformActionInput) =>
    gqlRequest(DeletePlatformActionDocument, { input }),
  );

export function useVeilleDocuments(platformId: string | null, page: PageRequest) {
  return useQuery({
    queryKey: ['veille', platformId, page],
    queryFn: ({ signal }) => gqlRequest(VeilleDocumentsDocument, { platformId, ...page }, signal),
    placeholderData: keepPreviousData,
    select: (d) => d.veilleDocuments,
  });
}
export const useAddVeilleDocument = () =>
  useToolMutation('veille', (input: AddVeilleDocumentInput) => gqlRequest(AddVeilleDocumentDocument, { input }));
export const useUpdateVeilleDocument = () =>
  useToolMutation('veille', (input: UpdateVeilleDocumentInput) => gqlRequest(UpdateVeilleDocumentDocument, { input }));
export const useDeleteVeilleDocument = () =>
  useToolMutation('veille', (input: DeleteVeilleDocumentInput) => gqlRequest(DeleteVeilleDocumentDocument, { input }));
