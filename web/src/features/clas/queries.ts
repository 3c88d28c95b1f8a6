import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import { PAGE_SIZES, type PageRequest } from '../../ui/usePagedList';
import type {
  ClasActivityLogKind,
  ClasDecisionInput,
  ClasProjectContentInput,
  ClasProjectDetailFragment,
  ClasStatus,
  ClasYearConfigInput,
  ClasYearConfigFieldsFragment,
} from '../../gql/graphql';

graphql(`
  fragment ClasYearConfigFields on ClasYearConfig {
    schoolYear
    ratePercent
    ceilingCentsPerGroup
    minChildren
    maxChildren
    maxChildrenPerAdult
    warnChildrenPerAdult
    recommendedSessionsPerWeek
    latestStartDate
    earliestEndDate
    maxBreakWeeks
    classHours {
      day
      start
      end
    }
    configured
    version
  }
`);

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

const ClasYearConfigDocument = graphql(`
  query ClasYearConfig($schoolYear: String!) {
    clasYearConfig(schoolYear: $schoolYear) {
      ...ClasYearConfigFields
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

const CreateClasProjectDocument = graphql(`
  mutation CreateClasProject($organisationId: ID!, $content: ClasProjectContentInput!) {
    createClasProject(organisationId: $organisationId, content: $content) {
      ...ClasProjectDetail
    }
  }
`);

const UpdateClasProjectDocument = graphql(`
  mutation UpdateClasProject($id: ID!, $version: Int!, $content: ClasProjectContentInput!) {
    updateClasProject(id: $id, version: $version, content: $content) {
      ...ClasProjectDetail
    }
  }
`);

const SubmitClasProjectDocument = graphql(`
  mutation SubmitClasProject($id: ID!, $version: Int!) {
    submitClasProject(id: $id, version: $version) {
      ...ClasProjectDetail
    }
  }
`);

const ExamineClasProjectDocument = graphql(`
  mutation ExamineClasProject($id: ID!, $version: Int!) {
    examineClasProject(id: $id, version: $version) {
      ...ClasProjectDetail
    }
  }
`);

const DecideClasProjectDocument = graphql(`
  mutation DecideClasProject($input: ClasDecisionInput!) {
    decideClasProject(input: $input) {
      ...ClasProjectDetail
    }
  }
`);

const CloseClasProjectDocument = graphql(`
  mutation CloseClasProject($id: ID!, $version: Int!) {
    closeClasProject(id: $id, version: $version) {
      ...ClasProjectDetail
    }
  }
`);

const CommentClasProjectDocument = graphql(`
  mutation CommentClasProject($projectId: ID!, $body: String!) {
    commentClasProject(projectId: $projectId, body: $body) {
      id
    }
  }
`);

const LogClasSessionDocument = graphql(`
  mutation LogClasSession($groupId: ID!, $heldOn: Date!, $childrenPresent: Int!, $note: String, $presentRosterIds: [ID!]) {
    logClasSession(groupId: $groupId, heldOn: $heldOn, childrenPresent: $childrenPresent, note: $note, presentRosterIds: $presentRosterIds) {
      id
    }
  }
`);

const LogClasActivityDocument = graphql(`
  mutation LogClasActivity($projectId: ID!, $kind: ClasActivityLogKind!, $heldOn: Date!, $title: String!, $participants: Int) {
    logClasActivity(projectId: $projectId, kind: $kind, heldOn: $heldOn, title: $title, participants: $participants) {
      id
    }
  }
`);

const SetClasRosterDocument = graphql(`
  mutation SetClasRoster($groupId: ID!, $names: [String!]!) {
    setClasRoster(groupId: $groupId, names: $names) {
      id
      name
    }
  }
`);

const SubmitClasBilanDocument = graphql(`
  mutation SubmitClasBilan($projectId: ID!, $version: Int!, $assessment: String!) {
    submitClasBilan(projectId: $projectId, version: $version, assessment: $assessment) {
      ...ClasProjectDetail
    }
  }
`);

const SetClasYearConfigDocument = graphql(`
  mutation SetClasYearConfig($input: ClasYearConfigInput!) {
    setClasYearConfig(input: $input) {
      ...ClasYearConfigFields
    }
  }
`);

export type ClasProjectData = ClasProjectDetailFragment;
export type ClasGroupData = ClasProjectData['groups'][number];
export type ClasYearConfigData = ClasYearConfigFieldsFragment;

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
export function useClasProjects(filter: { status?: ClasStatus[] | null; schoolYear?: string | null }, page: PageRequest = FIRST_PAGE) {
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

/** The configuration the rules use for a school year (its defaults until an admin sets it). */
export function useClasYearConfig(schoolYear: string | null) {
  return useQuery({
    queryKey: ['clas', 'config', schoolYear],
    queryFn: ({ signal }) => gqlRequest(ClasYearConfigDocument, { schoolYear: schoolYear ?? '' }, signal),
    enabled: Boolean(schoolYear),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
    select: (data) => data.clasYearConfig,
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
function useClasWritten() {
  const queryClient = useQueryClient();
  return async (project?: ClasProjectData) => {
    if (project) queryClient.setQueryData(projectKey(project.id), { clasProject: project });
    await queryClient.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'clas' && q.queryKey[1] !== 'config' && !(project && q.queryKey[1] === 'project' && q.queryKey[2] === project.id),
    });
  };
}

export function useSaveClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: { id: string | null; version: number | null; organisationId: string; content: ClasProjectContentInput }) => {
      if (v.id && v.version !== null) return (await gqlRequest(UpdateClasProjectDocument, { id: v.id, version: v.version, content: v.content })).updateClasProject;
      return (await gqlRequest(CreateClasProjectDocument, { organisationId: v.organisationId, content: v.content })).createClasProject;
    },
    onSuccess: (project) => written(project),
  });
}

export function useSubmitClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: { id: string; version: number }) => (await gqlRequest(SubmitClasProjectDocument, v)).submitClasProject,
    onSuccess: (project) => written(project),
  });
}

export function useExamineClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: { id: string; version: number }) => (await gqlRequest(ExamineClasProjectDocument, v)).examineClasProject,
    onSuccess: (project) => written(project),
  });
}

export function useDecideClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (input: ClasDecisionInput) => (await gqlRequest(DecideClasProjectDocument, { input })).decideClasProject,
    onSuccess: (project) => written(project),
  });
}

export function useCloseClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: { id: string; version: number }) => (await gqlRequest(CloseClasProjectDocument, v)).closeClasProject,
    onSuccess: (project) => written(project),
  });
}

export function useCommentClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: (v: { projectId: string; body: string }) => gqlRequest(CommentClasProjectDocument, v),
    onSuccess: () => written(),
  });
}

export function useLogClasSession() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: (v: { groupId: string; heldOn: string; childrenPresent: number; note: string | null; presentRosterIds: string[] | null }) =>
      gqlRequest(LogClasSessionDocument, v),
    onSuccess: () => written(),
  });
}

export function useLogClasActivity() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: (v: { projectId: string; kind: ClasActivityLogKind; heldOn: string; title: string; participants: number | null }) =>
      gqlRequest(LogClasActivityDocument, v),
    onSuccess: () => written(),
  });
}

export function useSetClasRoster() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: (v: { groupId: string; names: string[] }) => gqlRequest(SetClasRosterDocument, v),
    onSuccess: () => written(),
  });
}

export function useSubmitClasBilan() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: { projectId: string; version: number; assessment: string }) => (await gqlRequest(SubmitClasBilanDocument, v)).submitClasBilan,
    onSuccess: (project) => written(project),
  });
}

export function useSetClasYearConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ClasYearConfigInput) => (await gqlRequest(SetClasYearConfigDocument, { input })).setClasYearConfig,
    onSuccess: async (config) => {
      queryClient.setQueryData(['clas', 'config', config.schoolYear], { clasYearConfig: config });
      // Estimates and eligibility of every project of that year change with it.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'clas' && q.queryKey[1] !== 'config' });
    },
  });
}
