import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { gqlRequest } from '../../app/graphql';
import { hasRole, useMe } from '../../app/me';
import { getSessionState, subscribe as subscribeSession } from '../../app/session';
import { graphql } from '../../app/gql';

export const MyPlatformsDocument = graphql(`
  query MyPlatforms {
    platforms(mine: true) {
      id
      name
    }
  }
`);

/** The platforms the signed-in user is referent of. */
export function useMyPlatforms(enabled = true) {
  return useQuery({
    queryKey: ['platforms', 'mine'],
    queryFn: ({ signal }) => gqlRequest(MyPlatformsDocument, {}, signal),
    enabled,
    staleTime: 5 * 60_000,
    select: (data) => data.platforms,
  });
}

/** sessionStorage key of the platform a referent chose (its id). */
export const ACTIVE_PLATFORM_KEY = 'maillage.platform';

const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return sessionStorage.getItem(ACTIVE_PLATFORM_KEY);
  } catch {
    return null;
  }
}

function write(id: string | null): void {
  try {
    if (id) sessionStorage.setItem(ACTIVE_PLATFORM_KEY, id);
    else sessionStorage.removeItem(ACTIVE_PLATFORM_KEY);
  } catch {
    // Storage unavailable (private mode…): the choice lasts until the next reload.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The next user of this tab must not inherit the choice.
subscribeSession(() => {
  if (getSessionState().status === 'anonymous' && read() !== null) write(null);
});

export interface ActivePlatform {
  id: string;
  name: string;
}

/**
 * The platform a PSAD referent works on: theirs when they have one, the one
 * chosen in the header's "Plateforme active" select (kept in sessionStorage)
 * when they have several, else the first. `platform` is null while loading,
 * for a user who is not a referent, or one referent of no platform.
 */
export function useActivePlatform() {
  const me = useMe();
  const isReferent = hasRole(me.data?.roles, 'PSAD_REFERENT');
  const platforms = useMyPlatforms(isReferent);
  const storedId = useSyncExternalStore(subscribe, read, () => null);
  const list = platforms.data ?? [];
  const platform: ActivePlatform | null = list.find((p) => p.id === storedId) ?? list[0] ?? null;
  return {
    isReferent,
    /** Every platform the user is referent of. */
    platforms: list,
    platform,
    isPending: me.isPending || (isReferent && platforms.isPending),
    error: me.error ?? platforms.error,
    refetch: () => void (me.isError ? me.refetch() : platforms.refetch()),
    setActivePlatform: (id: string) => write(id),
  };
}
