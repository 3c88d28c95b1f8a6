import { graphql } from '../../../gql';
import type { WorkPlansQuery } from '../../../gql/graphql';

export const WorkPlansDocument = graphql(`
  query WorkPlans($cioId: ID!) {
    workPlans(cioId: $cioId) {
      id
      title
      startMonth
      endMonth
      state
      canEdit
      version
      completion {
        total
        late
        fait
        enCours
        aFaire
        reporte
        abandonne
      }
      actions {
        id
        title
        roles
        startMonth
        endMonth
        status
        late
        evidenceUrl
        minutesMeetingId
        version
        canChangeStatus
        canComment
        people {
          id
          displayName
        }
        comments {
          id
          authorName
          body
          createdAt
        }
      }
    }
  }
`);

export const CreateWorkPlanDocument = graphql(`
  mutation CreateWorkPlan($input: CreateWorkPlanInput!) {
    createWorkPlan(input: $input) {
      id
    }
  }
`);

export const CreateWorkPlanActionDocument = graphql(`
  mutation CreateWorkPlanAction($input: CreateWorkPlanActionInput!) {
    createWorkPlanAction(input: $input) {
      id
    }
  }
`);

export const UpdateWorkPlanActionDocument = graphql(`
  mutation UpdateWorkPlanAction($input: UpdateWorkPlanActionInput!) {
    updateWorkPlanAction(input: $input) {
      id
      version
    }
  }
`);

export const DeleteWorkPlanDocument = graphql(`
  mutation DeleteWorkPlan($input: DeleteWorkPlanInput!) {
    deleteWorkPlan(input: $input)
  }
`);

export const DeleteWorkPlanActionDocument = graphql(`
  mutation DeleteWorkPlanAction($input: DeleteWorkPlanActionInput!) {
    deleteWorkPlanAction(input: $input)
  }
`);

export const SetWorkPlanActionStatusDocument = graphql(`
  mutation SetWorkPlanActionStatus($input: SetWorkPlanActionStatusInput!) {
    setWorkPlanActionStatus(input: $input) {
      id
      status
      version
    }
  }
`);

export const AddWorkPlanCommentDocument = graphql(`
  mutation AddWorkPlanComment($input: AddWorkPlanCommentInput!) {
    addWorkPlanComment(input: $input) {
      id
    }
  }
`);

export type WorkPlan = WorkPlansQuery['workPlans'][number];
export type WorkPlanAction = WorkPlan['actions'][number];
