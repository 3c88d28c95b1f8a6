import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

const AccessRequestsDocument = graphql(`
  query AccessRequests($status: AccessRequestStatus) {
    accessRequests(status: $status) {
      id
      status
      email
      givenName
      usualName
      siret
      createdAt
      version
      organisation {
        id
        name
      }
    }
  }
`);

const ApproveAccessRequestDocument = graphql(`
  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {
    approveAccessRequest(input: $input) {
      id
      status
    }
  }
`);

const RejectAccessRequestDocument = graphql(`
  mutation RejectAccessRequest($input: RejectAccessRequestInput!) {
    rejectAccessRequest(input: $input) {
      id
      status
    }
  }
`);

const KEY = ['accessRequests'] as const;

/** The access requests awaiting a decision (ProConnect sign-ins of unknown e-mails). */
export function usePendingAccessRequests() {
  return useQuery({
    queryKey: [...KEY, 'PENDING'],
    queryFn: ({ signal }) => gqlRequest(AccessRequestsDocument, { status: 'PENDING' }, signal),
  });
}

export function useApproveAccessRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; version: number; organisationId: string; roles: Role[] }) =>
      gqlRequest(ApproveAccessRequestDocument, { input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: KEY });
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export function useRejectAccessRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; version: number; reason: string }) =>
      gqlRequest(RejectAccessRequestDocument, { input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
