import { useMutation } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { ClasDecisionInput, ClasProjectContentInput } from '../../gql/graphql';
import { useClasWritten } from './projectQueries';

/* The project's life: the holder saves and submits it, the CAF examines, decides and closes it; both comment on it. */

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

export function useSaveClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: {
      id: string | null;
      version: number | null;
      organisationId: string;
      content: ClasProjectContentInput;
    }) => {
      if (v.id && v.version !== null)
        return (await gqlRequest(UpdateClasProjectDocument, { id: v.id, version: v.version, content: v.content }))
          .updateClasProject;
      return (await gqlRequest(CreateClasProjectDocument, { organisationId: v.organisationId, content: v.content }))
        .createClasProject;
    },
    onSuccess: (project) => written(project),
  });
}

export function useSubmitClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: { id: string; version: number }) =>
      (await gqlRequest(SubmitClasProjectDocument, v)).submitClasProject,
    onSuccess: (project) => written(project),
  });
}

export function useExamineClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: { id: string; version: number }) =>
      (await gqlRequest(ExamineClasProjectDocument, v)).examineClasProject,
    onSuccess: (project) => written(project),
  });
}

export function useDecideClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (input: ClasDecisionInput) =>
      (await gqlRequest(DecideClasProjectDocument, { input })).decideClasProject,
    onSuccess: (project) => written(project),
  });
}

export function useCloseClasProject() {
  const written = useClasWritten();
  return useMutation({
    mutationFn: async (v: { id: string; version: number }) =>
      (await gqlRequest(CloseClasProjectDocument, v)).closeClasProject,
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
