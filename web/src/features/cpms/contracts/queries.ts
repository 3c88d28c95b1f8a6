import { useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { gqlRequest } from '../../../app/graphql';

const CONTRACT_FIELDS = graphql(`
  fragment CpmsContractFields on CpmsContract {
    id
    status
    version
    canEdit
    textEditable
    steps
    canSignAs
    canLogExchange
    canScheduleConcertation
    cpms {
      id
      name
    }
    school {
      id
      name
    }
    plan {
      id
      title
      endEvaluationOn
      midEvaluationOn
      objectives {
        code
        wording
      }
    }
    objectives {
      code
      wording
    }
    actions
    cpmsCommitments
    schoolCommitments
    informationFlows {
      what
      how
      consent
    }
    indicators {
      label
      objectiveCode
      baseline
      target
      reached
      achieved
    }
    signatures {
      party
      signedAt
      signerName
    }
    evaluationDue {
      dueOn
      daysLeft
      announced
    }
    exchanges {
      id
      occurredOn
      way
      participants
      subject
      agreed
      authorName
    }
    concertations {
      id
      title
      startsAt
      endsAt
      place
      status
    }
  }
`);

export const ContractsDocument = graphql(`
  query CpmsContracts($schoolId: ID, $status: CpmsContractStatus, $evaluationDue: Boolean) {
    cpmsContracts(schoolId: $schoolId, status: $status, evaluationDue: $evaluationDue) {
      id
      status
      cpms {
        id
        name
      }
      school {
        id
        name
      }
      plan {
        id
        title
      }
      evaluationDue {
        dueOn
        daysLeft
        announced
      }
    }
  }
`);

export const ContractDocument = graphql(`
  query CpmsContract($id: ID!) {
    cpmsContract(id: $id) {
      ...CpmsContractFields
    }
  }
`);

export const PlansDocument = graphql(`
  query CpmsSchoolPlans {
    cpmsSchoolPlans {
      id
      title
      startsOn
      endsOn
      version
      school {
        id
        name
      }
      objectives {
        code
        wording
      }
      midEvaluationOn
      midEvaluationResult
      endEvaluationOn
      endEvaluationResult
      document {
        name
        size
        url
      }
      canEdit
      canDraftContract
      contracts {
        id
        status
        cpms {
          id
          name
        }
      }
    }
    cpmsDirectedCentres {
      id
      name
    }
  }
`);

export const ObjectivesContractsDocument = graphql(`
  query CpmsObjectivesContracts {
    cpmsObjectivesContracts {
      id
      title
      startsOn
      endsOn
      status
      version
      objectives
      canEdit
      cpms {
        id
        name
      }
      contracts {
        id
        status
        school {
          id
          name
        }
        indicators {
          label
          baseline
          target
          reached
          achieved
        }
      }
      indicators {
        label
        objectiveCode
        baseline
        target
        reached
        achieved
      }
    }
    cpmsDirectedCentres {
      id
      name
    }
  }
`);

export const CreateContractDocument = graphql(`
  mutation CreateCpmsContract($input: CreateCpmsContractInput!) {
    createCpmsContract(input: $input) {
      id
    }
  }
`);

export const StepContractDocument = graphql(`
  mutation StepCpmsContract($input: CpmsContractStepInput!) {
    stepCpmsContract(input: $input) {
      ...CpmsContractFields
    }
  }
`);

export const SignContractDocument = graphql(`
  mutation SignCpmsContract($input: SignCpmsContractInput!) {
    signCpmsContract(input: $input) {
      ...CpmsContractFields
    }
  }
`);

export const LogExchangeDocument = graphql(`
  mutation LogCpmsExchange($input: LogCpmsExchangeInput!) {
    logCpmsExchange(input: $input) {
      id
    }
  }
`);

export const ScheduleConcertationDocument = graphql(`
  mutation ScheduleCpmsConcertation($input: ScheduleCpmsConcertationInput!) {
    scheduleCpmsConcertation(input: $input) {
      id
    }
  }
`);

void CONTRACT_FIELDS;

export const useContracts = (filter: { status?: string; evaluationDue?: boolean }) =>
  useQuery({
    queryKey: ['cpmsContracts', filter],
    queryFn: () =>
      gqlRequest(ContractsDocument, {
        status: (filter.status || null) as never,
        evaluationDue: filter.evaluationDue || null,
      }),
  });

export const useContract = (id: string) =>
  useQuery({ queryKey: ['cpmsContract', id], queryFn: () => gqlRequest(ContractDocument, { id }) });

export const usePlans = () => useQuery({ queryKey: ['cpmsSchoolPlans'], queryFn: () => gqlRequest(PlansDocument, {}) });

export const useObjectivesContracts = () =>
  useQuery({ queryKey: ['cpmsObjectivesContracts'], queryFn: () => gqlRequest(ObjectivesContractsDocument, {}) });

/** A mutation that, once it succeeds, reads the contracts' queries again. */
export function useContractMutation<V, R = unknown>(run: (input: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all(
        ['cpmsContract', 'cpmsContracts', 'cpmsSchoolPlans', 'cpmsObjectivesContracts'].map((key) =>
          client.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}

export const RecordReachedDocument = graphql(`
  mutation RecordCpmsIndicatorsReached($input: RecordCpmsIndicatorsReachedInput!) {
    recordCpmsIndicatorsReached(input: $input) {
      ...CpmsContractFields
    }
  }
`);

export const UpdatePlanDocument = graphql(`
  mutation UpdateCpmsSchoolPlan($input: UpdateCpmsSchoolPlanInput!) {
    updateCpmsSchoolPlan(input: $input) {
      id
      version
    }
  }
`);

export const CreatePlanDocument = graphql(`
  mutation CreateCpmsSchoolPlan($input: CreateCpmsSchoolPlanInput!) {
    createCpmsSchoolPlan(input: $input) {
      id
      version
    }
  }
`);

export const CreateObjectivesContractDocument = graphql(`
  mutation CreateCpmsObjectivesContract($input: CreateCpmsObjectivesContractInput!) {
    createCpmsObjectivesContract(input: $input) {
      id
      version
    }
  }
`);

export const UpdateObjectivesContractDocument = graphql(`
  mutation UpdateCpmsObjectivesContract($input: UpdateCpmsObjectivesContractInput!) {
    updateCpmsObjectivesContract(input: $input) {
      id
      version
    }
  }
`);

export const UpdateContractDocument = graphql(`
  mutation UpdateCpmsContract($input: UpdateCpmsContractInput!) {
    updateCpmsContract(input: $input) {
      ...CpmsContractFields
    }
  }
`);
