import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type {
  CompetenceKind,
  ConsentInput,
  MemberInput,
  PersonInput,
  PlanActionInput,
  PlanTheme,
  ReferenceDecisionInput,
  SyntheseInput,
  UpdatePlanActionInput,
} from '../../gql/graphql';

/** The writes on a PA's record: each one, once done, has the PA and the lists read again. */
const CreateAccompaniedPersonDocument = graphql(`
  mutation CreateAccompaniedPerson($person: PersonInput!, $organisationId: ID!, $mission: String!) {
    createAccompaniedPerson(person: $person, organisationId: $organisationId, mission: $mission) {
      id
    }
  }
`);

const UpdateAccompaniedPersonDocument = graphql(`
  mutation UpdateAccompaniedPerson($id: ID!, $version: Int!, $person: PersonInput!) {
    updateAccompaniedPerson(id: $id, version: $version, person: $person) {
      id
      version
    }
  }
`);

const AddAccompanimentMemberDocument = graphql(`
  mutation AddAccompanimentMember($input: MemberInput!) {
    addAccompanimentMember(input: $input) {
      id
      displayName
    }
  }
`);

const EndAccompanimentMemberDocument = graphql(`
  mutation EndAccompanimentMember($memberId: ID!, $until: Date!) {
    endAccompanimentMember(memberId: $memberId, until: $until) {
      id
      until
    }
  }
`);

const ProposeReferenceDocument = graphql(`
  mutation ProposeReference($personId: ID!, $comment: String) {
    proposeReference(personId: $personId, comment: $comment) {
      id
      status
    }
  }
`);

const DecideReferenceDocument = graphql(`
  mutation DecideReference($input: ReferenceDecisionInput!) {
    decideReference(input: $input) {
      id
      status
      referent {
        id
        displayName
      }
    }
  }
`);

const AddPlanGoalDocument = graphql(`
  mutation AddPlanGoal($personId: ID!, $theme: PlanTheme!, $title: String!) {
    addPlanGoal(personId: $personId, theme: $theme, title: $title) {
      id
    }
  }
`);

const AddPlanActionDocument = graphql(`
  mutation AddPlanAction($input: PlanActionInput!) {
    addPlanAction(input: $input) {
      id
    }
  }
`);

const UpdatePlanActionDocument = graphql(`
  mutation UpdatePlanAction($input: UpdatePlanActionInput!) {
    updatePlanAction(input: $input) {
      id
      status
      version
    }
  }
`);

const AddCompetenceDocument = graphql(`
  mutation AddCompetence($personId: ID!, $kind: CompetenceKind!, $label: String!) {
    addCompetence(personId: $personId, kind: $kind, label: $label) {
      id
    }
  }
`);

const RemoveCompetenceDocument = graphql(`
  mutation RemoveCompetence($id: ID!) {
    removeCompetence(id: $id)
  }
`);

const RecordConsentDocument = graphql(`
  mutation RecordConsent($input: ConsentInput!) {
    recordConsent(input: $input) {
      id
    }
  }
`);

const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) {
      id
      withdrawnAt
    }
  }
`);

const ScheduleSyntheseDocument = graphql(`
  mutation ScheduleSynthese($input: SyntheseInput!) {
    scheduleSynthese(input: $input) {
      id
    }
  }
`);

const RecordSyntheseAgreementDocument = graphql(`
  mutation RecordSyntheseAgreement($meetingId: ID!, $memberId: ID!) {
    recordSyntheseAgreement(meetingId: $meetingId, memberId: $memberId) {
      id
      version
    }
  }
`);

const SetSynthesePaParticipationDocument = graphql(`
  mutation SetSynthesePaParticipation($meetingId: ID!, $version: Int!, $participates: Boolean!) {
    setSynthesePaParticipation(meetingId: $meetingId, version: $version, participates: $participates) {
      id
      paParticipates
      version
    }
  }
`);

const RecordSyntheseOutcomeDocument = graphql(`
  mutation RecordSyntheseOutcome($meetingId: ID!, $version: Int!, $notes: String!, $decisions: String!) {
    recordSyntheseOutcome(meetingId: $meetingId, version: $version, notes: $notes, decisions: $decisions) {
      id
      version
    }
  }
`);

/** After a write: the PA is read again, and every list and the indicators. */
export function useParcoursWritten() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['parcours'] });
}

function useParcoursMutation<V, R>(fn: (v: V) => Promise<R>) {
  const written = useParcoursWritten();
  return useMutation({ mutationFn: fn, onSuccess: () => written() });
}

export function useCreateAccompaniedPerson() {
  return useParcoursMutation(
    async (v: { person: PersonInput; organisationId: string; mission: string }) =>
      (await gqlRequest(CreateAccompaniedPersonDocument, v)).createAccompaniedPerson,
  );
}

export function useUpdateAccompaniedPerson() {
  return useParcoursMutation(
    async (v: { id: string; version: number; person: PersonInput }) =>
      (await gqlRequest(UpdateAccompaniedPersonDocument, v)).updateAccompaniedPerson,
  );
}

export function useAddAccompanimentMember() {
  return useParcoursMutation(
    async (input: MemberInput) => (await gqlRequest(AddAccompanimentMemberDocument, { input })).addAccompanimentMember,
  );
}

export function useEndAccompanimentMember() {
  return useParcoursMutation(
    async (v: { memberId: string; until: string }) =>
      (await gqlRequest(EndAccompanimentMemberDocument, v)).endAccompanimentMember,
  );
}

export function useProposeReference() {
  return useParcoursMutation(
    async (v: { personId: string; comment: string | null }) =>
      (await gqlRequest(ProposeReferenceDocument, v)).proposeReference,
  );
}

export function useDecideReference() {
  return useParcoursMutation(
    async (input: ReferenceDecisionInput) => (await gqlRequest(DecideReferenceDocument, { input })).decideReference,
  );
}

export function useAddPlanGoal() {
  return useParcoursMutation(
    async (v: { personId: string; theme: PlanTheme; title: string }) =>
      (await gqlRequest(AddPlanGoalDocument, v)).addPlanGoal,
  );
}

export function useAddPlanAction() {
  return useParcoursMutation(
    async (input: PlanActionInput) => (await gqlRequest(AddPlanActionDocument, { input })).addPlanAction,
  );
}

export function useUpdatePlanAction() {
  return useParcoursMutation(
    async (input: UpdatePlanActionInput) => (await gqlRequest(UpdatePlanActionDocument, { input })).updatePlanAction,
  );
}

export function useAddCompetence() {
  return useParcoursMutation(
    async (v: { personId: string; kind: CompetenceKind; label: string }) =>
      (await gqlRequest(AddCompetenceDocument, v)).addCompetence,
  );
}

export function useRemoveCompetence() {
  return useParcoursMutation(
    async (id: string) => (await gqlRequest(RemoveCompetenceDocument, { id })).removeCompetence,
  );
}

export function useRecordConsent() {
  return useParcoursMutation(
    async (input: ConsentInput) => (await gqlRequest(RecordConsentDocument, { input })).recordConsent,
  );
}

export function useWithdrawConsent() {
  return useParcoursMutation(async (id: string) => (await gqlRequest(WithdrawConsentDocument, { id })).withdrawConsent);
}

export function useScheduleSynthese() {
  return useParcoursMutation(
    async (input: SyntheseInput) => (await gqlRequest(ScheduleSyntheseDocument, { input })).scheduleSynthese,
  );
}

export function useRecordSyntheseAgreement() {
  return useParcoursMutation(
    async (v: { meetingId: string; memberId: string }) =>
      (await gqlRequest(RecordSyntheseAgreementDocument, v)).recordSyntheseAgreement,
  );
}

export function useSetSynthesePaParticipation() {
  return useParcoursMutation(
    async (v: { meetingId: string; version: number; participates: boolean }) =>
      (await gqlRequest(SetSynthesePaParticipationDocument, v)).setSynthesePaParticipation,
  );
}

export function useRecordSyntheseOutcome() {
  return useParcoursMutation(
    async (v: { meetingId: string; version: number; notes: string; decisions: string }) =>
      (await gqlRequest(RecordSyntheseOutcomeDocument, v)).recordSyntheseOutcome,
  );
}
