import { useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../app/gql';
import { MyPlatformsDocument } from '../platforms/activePlatform';

const HomePlatformWaitingDocument = graphql(`
  query HomePlatformWaiting($platformId: ID!) {
    cases(platformId: $platformId, filter: { status: [A_TRAITER] }, first: 1) {
      totalCount
    }
  }
`);

const HomeCounsellorWaitingDocument = graphql(`
  query HomeCounsellorWaiting {
    assignedCases(filter: { status: [AFFECTE] }, first: 1) {
      totalCount
    }
  }
`);

const HomeOfficerWaitingDocument = graphql(`
  query HomeOfficerWaiting {
    clasProjects(filter: { status: [DEPOSE] }, first: 1) {
      totalCount
    }
  }
`);

const HomeHolderWaitingDocument = graphql(`
  query HomeHolderWaiting {
    clasProjects(filter: { status: [A_COMPLETER] }, first: 1) {
      totalCount
    }
  }
`);

/**
 * The counts of the home page: how much of each role's daily work waits. Each is one count read off
 * an index (a platform's cases by status, an organisation's assigned cases, a département's projects),
 * asked only for the roles the user has; a count that fails is simply not shown.
 * Its documents are the shell's (src/app/gql, see codegen.ts).
 */
const quiet = { staleTime: 60_000, retry: false } as const;

/** The cases « À traiter » of the referent's platforms, summed. */
export function useReferentWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'referent-waiting'],
    enabled,
    ...quiet,
    queryFn: async ({ signal }) => {
      const { platforms } = await gqlRequest(MyPlatformsDocument, {}, signal);
      const counts = await Promise.all(
        platforms.map((p) => gqlRequest(HomePlatformWaitingDocument, { platformId: p.id }, signal).then((r) => r.cases.totalCount)),
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
    queryFn: ({ signal }) => gqlRequest(HomeCounsellorWaitingDocument, {}, signal).then((r) => r.assignedCases.totalCount),
  });
}

export function useOfficerWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'officer-waiting'],
    enabled,
    ...quiet,
    queryFn: ({ signal }) => gqlRequest(HomeOfficerWaitingDocument, {}, signal).then((r) => r.clasProjects.totalCount),
  });
}

export function useHolderWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'holder-waiting'],
    enabled,
    ...quiet,
    queryFn: ({ signal }) => gqlRequest(HomeHolderWaitingDocument, {}, signal).then((r) => r.clasProjects.totalCount),
  });
}
