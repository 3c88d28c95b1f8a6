import { useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';

/**
 * The counts of the home page: how much of each role's daily work waits. Each is one count read off
 * an index (a platform's cases by status, an organisation's assigned cases, a département's projects),
 * asked only for the roles the user has; a count that fails is simply not shown.
 */
const ReferentWaitingDocument = graphql(`
  query HomeReferentWaiting {
    platforms(mine: true) {
      id
      name
    }
  }
`);

const PlatformWaitingDocument = graphql(`
  query HomePlatformWaiting($platformId: ID!) {
    cases(platformId: $platformId, filter: { status: [A_TRAITER] }, first: 1) {
      totalCount
    }
  }
`);

const CounsellorWaitingDocument = graphql(`
  query HomeCounsellorWaiting {
    assignedCases(filter: { status: [AFFECTE] }, first: 1) {
      totalCount
    }
  }
`);

const OfficerWaitingDocument = graphql(`
  query HomeOfficerWaiting {
    clasProjects(filter: { status: [DEPOSE] }, first: 1) {
      totalCount
    }
  }
`);

const HolderWaitingDocument = graphql(`
  query HomeHolderWaiting {
    clasProjects(filter: { status: [A_COMPLETER] }, first: 1) {
      totalCount
    }
  }
`);

const quiet = { staleTime: 60_000, retry: false } as const;

/** The cases « À traiter » of the referent's platforms, summed. */
export function useReferentWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'referent-waiting'],
    enabled,
    ...quiet,
    queryFn: async ({ signal }) => {
      const { platforms } = await gqlRequest(ReferentWaitingDocument, {}, signal);
      const counts = await Promise.all(
        platforms.map((p) => gqlRequest(PlatformWaitingDocument, { platformId: p.id }, signal).then((r) => r.cases.totalCount)),
      );
      return counts.reduce((a, b) => a + b, 0);
    },
  });
}

export function useCounsellorWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'counsellor-waiting'],
    enabled,
    ...quiet,
    queryFn: ({ signal }) => gqlRequest(CounsellorWaitingDocument, {}, signal).then((r) => r.assignedCases.totalCount),
  });
}

export function useOfficerWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'officer-waiting'],
    enabled,
    ...quiet,
    queryFn: ({ signal }) => gqlRequest(OfficerWaitingDocument, {}, signal).then((r) => r.clasProjects.totalCount),
  });
}

export function useHolderWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'holder-waiting'],
    enabled,
    ...quiet,
    queryFn: ({ signal }) => gqlRequest(HolderWaitingDocument, {}, signal).then((r) => r.clasProjects.totalCount),
  });
}
