import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { TotpSetup } from '../auth/factorParts';
import { createPasskey, type PublicKeyCredentialCreationOptionsJSON } from '../auth/passkeys';
import { accountRequest, type Factors } from './api';

const ChangeOwnPasswordDocument = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      device
      browser
      addressPrefix
      method
      secondFactor
      current
    }
  }
`);

const RevokeSessionDocument = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

const RevokeOtherSessionsDocument = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);

const SESSIONS_KEY = ['account', 'sessions'] as const;
const FACTORS_KEY = ['account', 'factors'] as const;

/** Changes the user's own password; the server then ends every other session of theirs. */
export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { currentPassword: string; newPassword: string }) =>
      gqlRequest(ChangeOwnPasswordDocument, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

/** The user's sessions still open, this one among them. */
export function useMySessions() {
  return useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: ({ signal }) => gqlRequest(MySessionsDocument, {}, signal),
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { id: string }) => gqlRequest(RevokeSessionDocument, variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => gqlRequest(RevokeOtherSessionsDocument, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

/** The user's second factors: passkeys, authenticator app, recovery codes left. */
export function useFactors() {
  return useQuery({
    queryKey: FACTORS_KEY,
    queryFn: () => accountRequest<Factors>('GET', '/api/account/factors'),
  });
}

function useFactorMutation<TVariables, TResult>(run: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: FACTORS_KEY }),
  });
}

/** Creates a passkey on this device and registers it; recovery codes come back when it is the first factor. */
export function useAddPasskey() {
  return useFactorMutation(async ({ name }: { name: string }) => {
    const options = await accountRequest<PublicKeyCredentialCreationOptionsJSON>(
      'POST',
      '/api/account/factors/passkeys/options',
    );
    const response = await createPasskey(options);
    return (
      (await accountRequest<{ recoveryCodes?: string[] } | undefined>('POST', '/api/account/factors/passkeys', {
        response,
        name,
      })) ?? {}
    );
  });
}

export function useRemovePasskey() {
  return useFactorMutation(({ id }: { id: string }) =>
    accountRequest<void>('DELETE', `/api/account/factors/passkeys/${encodeURIComponent(id)}`),
  );
}

/** A new authenticator app's secret and QR code (not yet active: its first code activates it). */
export function useTotpOptions() {
  return useMutation({
    mutationFn: () => accountRequest<TotpSetup>('POST', '/api/account/factors/totp/options'),
  });
}

export function useConfirmTotp() {
  return useFactorMutation(
    async ({ code }: { code: string }) =>
      (await accountRequest<{ recoveryCodes?: string[] } | undefined>('POST', '/api/account/factors/totp', {
        code,
      })) ?? {},
  );
}

export function useRemoveTotp() {
  return useFactorMutation(() => accountRequest<void>('DELETE', '/api/account/factors/totp'));
}

/** A new set of recovery codes; the old ones stop working. */
export function useRegenerateRecoveryCodes() {
  return useFactorMutation(() =>
    accountRequest<{ recoveryCodes: string[] }>('POST', '/api/account/factors/recovery-codes'),
  );
}
