import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookDeliveryStatus } from '../../gql/graphql';

export const DELIVERY_PAGE_SIZE = 25;

const WebhookAccountDocument = graphql(`
  query WebhookAccount($id: ID!) {
    user(id: $id) {
      id
      displayName
      active
    }
  }
`);

const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints($serviceAccountId: ID) {
    webhookEndpoints(serviceAccountId: $serviceAccountId) {
      id
      url
      eventTypes
      description
      enabled
      disabledReason
      disabledAt
      failingSince
      secretRotatedAt
      version
      createdAt
    }
  }
`);

const WebhookEndpointDocument = graphql(`
  query WebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      id
      serviceAccountId
      url
      eventTypes
      enabled
      disabledReason
      failingSince
      version
    }
  }
`);

const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        eventId
        eventType
        objectType
        objectId
        occurredAt
        status
        attemptCount
        nextAttemptAt
        lastAttemptAt
        lastStatusCode
        lastLatencyMs
        lastError
        attempts {
          id
          attemptedAt
          statusCode
          latencyMs
          error
          succeeded
          manual
        }
      }
    }
  }
`);

const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`);

const UpdateWebhookEndpointDocument = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      version
      url
      eventTypes
    }
  }
`);

const SetWebhookEndpointEnabledDocument = graphql(`
  mutation SetWebhookEndpointEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {
    setWebhookEndpointEnabled(id: $id, version: $version, enabled: $enabled) {
      id
      version
      enabled
    }
  }
`);

const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($id: ID!, $version: Int!) {
    rotateWebhookSecret(id: $id, version: $version) {
      secret
      endpoint {
        id
        url
        version
      }
    }
  }
`);

const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!, $version: Int!) {
    deleteWebhookEndpoint(id: $id, version: $version)
  }
`);

const ReplayWebhookDeliveryDocument = graphql(`
  mutation ReplayWebhookDelivery($deliveryId: ID!) {
    replayWebhookDelivery(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

export function useWebhookAccount(id: string) {
  return useQuery({
    queryKey: ['webhooks', 'account', id],
    queryFn: ({ signal }) => gqlRequest(WebhookAccountDocument, { id }, signal),
  });
}

export function useWebhookEndpoints(serviceAccountId: string) {
  return useQuery({
    queryKey: ['webhooks', 'endpoints', serviceAccountId],
    queryFn: ({ signal }) => gqlRequest(WebhookEndpointsDocument, { serviceAccountId }, signal),
  });
}

export function useWebhookEndpoint(id: string) {
  return useQuery({
    queryKey: ['webhooks', 'endpoint', id],
    queryFn: ({ signal }) => gqlRequest(WebhookEndpointDocument, { id }, signal),
  });
}

export function useWebhookDeliveries(endpointId: string, status: WebhookDeliveryStatus | null, after: string | null) {
  return useQuery({
    queryKey: ['webhooks', 'deliveries', endpointId, status, after],
    queryFn: ({ signal }) =>
      gqlRequest(WebhookDeliveriesDocument, { endpointId, status, first: DELIVERY_PAGE_SIZE, after }, signal),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateWebhooks() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
}

/**
 * Subscribes an address. The secret comes back in the result only: the caller keeps it in its own
 * state and calls `reset()`, so that the mutation cache does not hold it.
 */
export function useCreateWebhookEndpoint() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (input: CreateWebhookEndpointInput) => gqlRequest(CreateWebhookEndpointDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateWebhookEndpoint() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (input: UpdateWebhookEndpointInput) => gqlRequest(UpdateWebhookEndpointDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useSetWebhookEndpointEnabled() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (variables: { id: string; version: number; enabled: boolean }) =>
      gqlRequest(SetWebhookEndpointEnabledDocument, variables),
    onSuccess: () => invalidate(),
  });
}

/** A new secret, shown once (as for the creation: keep it in state, then `reset()`). */
export function useRotateWebhookSecret() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (variables: { id: string; version: number }) => gqlRequest(RotateWebhookSecretDocument, variables),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteWebhookEndpoint() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (variables: { id: string; version: number }) => gqlRequest(DeleteWebhookEndpointDocument, variables),
    onSuccess: () => invalidate(),
  });
}

export function useReplayWebhookDelivery() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (deliveryId: string) => gqlRequest(ReplayWebhookDeliveryDocument, { deliveryId }),
    onSuccess: () => invalidate(),
  });
}
