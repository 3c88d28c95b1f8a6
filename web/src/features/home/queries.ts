import { useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../app/gql';

const HomeReferentWaitingDocument = graphql(`
  query HomeReferentWaiting {
    referentCasesCount(filter: { status: [A_TRAITER] })
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

const HomeAdminAlertsDocument = graphql(`
  query HomeAdminAlerts($from: DateTime) {
    auditEvents(filter: { alerts: true, from: $from }, first: 1) {
      totalCount
    }
  }
`);

/**
 * The counts of the home page: how much of each role's daily work waits. Each is one count read off
 * an index (the referent's platforms' cases by status, an organisation's assigned cases, a département's projects),
 * asked only for the roles the user has; a count that fails is simply not shown.
 * Its documents are the shell's (src/app/gql, see codegen.ts).
 */
const quiet = { staleTime: 60_000, retry: false } as const;

/** The cases « À traiter » of all the referent's platforms: one count on the server, one request. */
export function useReferentWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'referent-waiting'],
    enabled,
    ...quiet,
    queryFn: ({ signal }) => gqlRequest(HomeReferentWaitingDocument, {}, signal).then((r) => r.referentCasesCount),
  });
}

export function useCounsellorWaiting(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'counsellor-waiting'],
    enabled,
    ...quiet,
    queryFn: ({ signal }) =>
      gqlRequest(HomeCounsellorWaitingDocument, {}, signal).then((r) => r.assignedCases.totalCount),
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

/**
 * The security alerts of the last 7 days, for administrators: which actions are alerts is the
 * server's (AuditFilter.alerts), so that the home page does not load the shared package.
 */
export function useAdminAlerts(enabled: boolean) {
  return useQuery({
    queryKey: ['home', 'admin-alerts'],
    enabled,
    ...quiet,
    queryFn: ({ signal }) =>
      gqlRequest(HomeAdminAlertsDocument, { from: new Date(Date.now() - 7 * 86_400_000).toISOString() }, signal).then(
        (r) => r.auditEvents.totalCount,
      ),
  });
}
