import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { ClasProjectDetailFragment, ClasStatus } from '../../gql/graphql';
import { PAGE_SIZES, type PageRequest } from '../../ui/usePagedList';

/*
 * Reading CLAS projects: the project as its pages show it, the lists and the officer's counts, the
 * dashboard; and what every write does after it (useClasWritten). The writes themselves are in
 * workflowQueries (the project's life), followUpQueries (the year's follow-up) and configQueries.
 */

graphql(`
  fragment ClasEligibilityFields on Eligibility {
    eligible
    failures
    warnings
    results {
      rule
      groupIndex
      groupLabel
      outcome
      value
      threshold
      message
    }
  }
`);

/** Everything the project pages show (holder and officer alike; the roster is the holder's only). */
graphql(`
  fragment ClasProjectDetail on ClasProject {
    id
    version
    schoolYear
    title
    status
    organisation {
      id
      name
    }
    departement {
      id
      name
      code
    }
    diagnostic
    charterSigned
    inDepartmentalFramework
    concertationDescription
    activityKinds
    localPartners
    schools {
      name
      uai
      contactName
    }
    parentActions {
      title
      period
    }
    concertationActions {
      title
      period
    }
    groups {
      id
      label
      level
      childrenCount
      accompagnateurs {
        label
        kind
        training
      }
      sessions {
        day
        start
        durationMinutes
      }
      startDate
      endDate
      longestBreakWeeks
      place
      eligibleCostCents
      otherFundingCents
      fundingEstimateCents
      sessionLogs {
        id
        heldOn
        childrenPresent
        note
        presentRosterIds
      }
      roster {
        id
        name
      }
    }
    eligibility {
      ...ClasEligibilityFields
    }
    fundingEstimateCents
    config {
      ...ClasYearConfigFields
    }
    allowedActions
    editable
    decisions {
      id
      decision
      reasons
      amountGrantedCents
      eligibility {
        ...ClasEligibilityFields
      }
      config {
        ...ClasYearConfigFields
      }
      decidedBy {
        id
        displayName
      }
      decidedAt
    }
    decision {
      id
      decision
      reasons
      amountGrantedCents
      decidedAt
    }
    comments {
      id
      body
      author {
        id
        displayName
      }
      authorParty
      createdAt
    }
    activityLogs {
      id
      kind
      heldOn
      title
      participants
    }
    bilan {
      sessionsPlanned
      sessionsHeld
      attendanceRate
      parentActionsPlanned
      parentActionsHeld
      concertationPlanned
      concertationHeld
      assessment
      submittedAt
    }
    submittedAt
    createdAt
    updatedAt
  }
`);

export const CLAS_PAGE_SIZE = PAGE_SIZES[0];
const FIRST_PAGE: PageRequest = { first: CLAS_PAGE_SIZE, after: null, offset: null };

const ClasProjectsDocument = graphql(`
  query ClasProjects($filter: ClasProjectFilter, $first: Int, $after: String, $offset: Int) {
    clasProjects(filter: $filter, first: $first, after: $after, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        schoolYear
        status
        fundingEstimateCents
        submittedAt
        updatedAt
        organisation {
          id
          name
        }
        groups {
          id
        }
        eligibility {
          eligible
          failures
          warnings
        }
        decision {
          id
          decision
          amountGrantedCents
        }
      }
    }
  }
`);

/** How many projects in each status an officer sees (drafts are the holders' own): one query, aliased counts. */
const ClasStatusCountsDocument = graphql(`
  query ClasStatusCounts($schoolYear: String) {
    depose: clasProjects(filter: { status: [DEPOSE], schoolYear: $schoolYear }, first: 1) {
      totalCount
    }
    enInstruction: clasProjects(filter: { status: [EN_INSTRUCTION], schoolYear: $schoolYear }, first: 1) {
      totalCount
    }
    aCompleter: clasProjects(filter: { status: [A_COMPLETER], schoolYear: $schoolYear }, first: 1) {
      totalCount
    }
    accepte: clasProjects(filter: { status: [ACCEPTE], schoolYear: $schoolYear }, first: 1) {
      totalCount
    }
    refuse: clasProjects(filter: { status: [REFUSE], schoolYear: $schoolYear }, first: 1) {
      totalCount
    }
    bilanDepose: clasProjects(filter: { status: [BILAN_DEPOSE], schoolYear: $schoolYear }, first: 1) {
      totalCount
    }
    cloture: clasProjects(filter: { status: [CLOTURE], schoolYear: $schoolYear }, first: 1) {
      totalCount
    }
  }
`);

/** The school years with projects waiting for the CAF (deposited, in instruction), the latest first. */
const ClasWaitingSchoolYearsDocument = graphql(`
  query ClasWaitingSchoolYears {
    clasWaitingSchoolYears
  }
`);

const ClasProjectDocument = graphql(`
  query ClasProject($id: ID!) {
    clasProject(id: $id) {
      ...ClasProjectDetail
    }
  }
`);

const ClasDashboardDocument = graphql(`
  query ClasDashboard($schoolYear: String!, $departementId: ID) {
    clasDashboard(schoolYear: $schoolYear, departementId: $departementId) {
      schoolYear
      departement {
        id
        name
        code
      }
      projects
      byStatus {
        status
        count
      }
      groups
      children
      accompagnateurs
      eligibleProjects
      fundingRequestedCents
      fundingGrantedCents
    }
  }
`);

export type ClasProjectData = ClasProjectDetailFragment;
export type ClasGroupData = ClasProjectData['groups'][number];

const projectKey = (id: string) => ['clas', 'project', id] as const;

/**
 * A project moves between two parties (the holder and the CAF): whatever shows it is read again each
 * time a page opens, not kept for the app's default 30 seconds.
 */
const SHARED = { staleTime: 0 } as const;

/**
 * A page of the projects the caller sees: the first page by default; a list's pages come from
 * usePagedList (by cursor after a page read, by offset for a page jump).
 */
export function useClasProjects(
  filter: { status?: ClasStatus[] | null; schoolYear?: string | null },
  page: PageRequest = FIRST_PAGE,
) {
  return useQuery({
    ...SHARED,
    queryKey: ['clas', 'projects', filter, page],
    queryFn: ({ signal }) => gqlRequest(ClasProjectsDocument, { filter, ...page }, signal),
    placeholderData: keepPreviousData,
    select: (data) => data.clasProjects,
  });
}

export type ClasProjectListItem = NonNullable<ReturnType<typeof useClasProjects>['data']>['nodes'][number];

export function useClasStatusCounts(schoolYear: string | null) {
  return useQuery({
    ...SHARED,
    queryKey: ['clas', 'status-counts', schoolYear],
    queryFn: ({ signal }) => gqlRequest(ClasStatusCountsDocument, { schoolYear }, signal),
    placeholderData: keepPreviousData,
    select: (data): Partial<Record<ClasStatus, number>> => ({
      DEPOSE: data.depose.totalCount,
      EN_INSTRUCTION: data.enInstruction.totalCount,
      A_COMPLETER: data.aCompleter.totalCount,
      ACCEPTE: data.accepte.totalCount,
      REFUSE: data.refuse.totalCount,
      BILAN_DEPOSE: data.bilanDepose.totalCount,
      CLOTURE: data.cloture.totalCount,
    }),
  });
}

export function useClasWaitingSchoolYears() {
  return useQuery({
    ...SHARED,
    queryKey: ['clas', 'waiting-years'],
    queryFn: ({ signal }) => gqlRequest(ClasWaitingSchoolYearsDocument, {}, signal),
    select: (data) => data.clasWaitingSchoolYears,
  });
}

export function useClasProject(id: string | undefined) {
  return useQuery({
    ...SHARED,
    queryKey: projectKey(id ?? ''),
    queryFn: ({ signal }) => gqlRequest(ClasProjectDocument, { id: id ?? '' }, signal),
    enabled: Boolean(id),
    select: (data) => data.clasProject,
  });
}

export function useClasDashboard(schoolYear: string) {
  return useQuery({
    ...SHARED,
    queryKey: ['clas', 'dashboard', schoolYear],
    queryFn: ({ signal }) => gqlRequest(ClasDashboardDocument, { schoolYear }, signal),
    placeholderData: keepPreviousData,
    select: (data) => data.clasDashboard,
  });
}

export type ClasDashboardData = NonNullable<ReturnType<typeof useClasDashboard>['data']>;

/**
 * After a write: the project's fresh state (when the mutation returns it) goes straight into the cache,
 * every list, count and dashboard is refetched.
 */
export function useClasWritten() {
  const queryClient = useQueryClient();
  return async (project?: ClasProjectData) => {
    if (project) queryClient.setQueryData(projectKey(project.id), { clasProject: project });
    await queryClient.invalidateQueries({
      predicate: (q) =>
        q.queryKey[0] === 'clas' &&
        q.queryKey[1] !== 'config' &&
        !(project && q.queryKey[1] === 'project' && q.queryKey[2] === project.id),
    });
  };
}
