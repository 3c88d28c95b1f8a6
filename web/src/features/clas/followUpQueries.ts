import { useMutation } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { ClasActivityLogKind } from '../../gql/graphql';
import { useClasWritten } from './projectQueries';

/* The year's follow-up of an accepted project: the sessions held, the activities, each group's roster, the bilan. */

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

export function useLogClasSession() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: (v: {
      groupId: string;
      heldOn: string;
      childrenPresent: number;
      note: string | null;
      presentRosterIds: string[] | null;
    }) => gqlRequest(LogClasSessionDocument, v),
    onSuccess: () => written(),
  });
}

export function useLogClasActivity() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: (v: {
      projectId: string;
      kind: ClasActivityLogKind;
      heldOn: string;
      title: string;
      participants: number | null;
    }) => gqlRequest(LogClasActivityDocument, v),
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
    mutationFn: async (v: { projectId: string; version: number; assessment: string }) =>
      (await gqlRequest(SubmitClasBilanDocument, v)).submitClasBilan,
    onSuccess: (project) => written(project),
  });
}
