import { gqlRequest } from '../../../app/graphql';
import { graphql } from '../../../gql';
import type {
  AddCriterionValueInput,
  CreateEvaluationCriterionInput,
  CreateQvtCampaignInput,
  DeleteEvaluationCriterionInput,
  SaveInterviewCountsInput,
  UpdateEvaluationCriterionInput,
} from '../../../gql/graphql';
import type { OrientationCio } from '../cios';
import { useInvalidating } from '../queries';

/** Whether the caller may enter figures for the CIO: its direction team or one of its PsyEn. */
export const isCioStaff = (cio: OrientationCio, userId: string | undefined) =>
  cio.canDirect || cio.people.some((p) => p.id === userId && p.roles.includes('PSYEN'));

const CreateCriterionDocument = graphql(`
  mutation CreateEvaluationCriterion($input: CreateEvaluationCriterionInput!) {
    createEvaluationCriterion(input: $input) {
      id
    }
  }
`);
const UpdateCriterionDocument = graphql(`
  mutation UpdateEvaluationCriterion($input: UpdateEvaluationCriterionInput!) {
    updateEvaluationCriterion(input: $input) {
      id
      version
    }
  }
`);
const DeleteCriterionDocument = graphql(`
  mutation DeleteEvaluationCriterion($input: DeleteEvaluationCriterionInput!) {
    deleteEvaluationCriterion(input: $input)
  }
`);
const AddValueDocument = graphql(`
  mutation AddCriterionValue($input: AddCriterionValueInput!) {
    addCriterionValue(input: $input) {
      id
      version
    }
  }
`);
const RemoveValueDocument = graphql(`
  mutation RemoveCriterionValue($id: ID!) {
    removeCriterionValue(id: $id) {
      id
      version
    }
  }
`);

const CRITERIA = ['evaluationCriteria'];
export const useCreateCriterion = () =>
  useInvalidating(CRITERIA, (input: CreateEvaluationCriterionInput) => gqlRequest(CreateCriterionDocument, { input }));
export const useUpdateCriterion = () =>
  useInvalidating(CRITERIA, (input: UpdateEvaluationCriterionInput) => gqlRequest(UpdateCriterionDocument, { input }));
export const useDeleteCriterion = () =>
  useInvalidating(CRITERIA, (input: DeleteEvaluationCriterionInput) => gqlRequest(DeleteCriterionDocument, { input }));
export const useAddCriterionValue = () =>
  useInvalidating(CRITERIA, (input: AddCriterionValueInput) => gqlRequest(AddValueDocument, { input }));
export const useRemoveCriterionValue = () =>
  useInvalidating(CRITERIA, (id: string) => gqlRequest(RemoveValueDocument, { id }));

const SaveInterviewCountsDocument = graphql(`
  mutation SaveInterviewCounts($input: SaveInterviewCountsInput!) {
    saveInterviewCounts(input: $input) {
      networkId
      month
      theme
      count
    }
  }
`);
export const useSaveInterviewCounts = () =>
  useInvalidating(['interviewCounts'], (input: SaveInterviewCountsInput) =>
    gqlRequest(SaveInterviewCountsDocument, { input }),
  );

const CreateQvtCampaignDocument = graphql(`
  mutation CreateQvtCampaign($input: CreateQvtCampaignInput!) {
    createQvtCampaign(input: $input) {
      id
    }
  }
`);
export const useCreateQvtCampaign = () =>
  useInvalidating(['qvtCampaigns'], (input: CreateQvtCampaignInput) =>
    gqlRequest(CreateQvtCampaignDocument, { input }),
  );
