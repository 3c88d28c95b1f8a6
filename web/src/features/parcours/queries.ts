import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type {
  AccompaniedPersonDetailQuery,
  CompetenceKind,
  ConsentInput,
  MemberInput,
  OrganisationOptionsForParcoursQuery,
  PersonInput,
  PlanActionInput,
  PlanTheme,
  ReferenceDecisionInput,
  SyntheseInput,
  UpdatePlanActionInput,
} from '../../gql/graphql';

export const PERSONS_PAGE_SIZE = 25;

const AccompaniedPersonsDocument = graphql(`
  query AccompaniedPersons($search: String, $first: Int, $after: String) {
    accompaniedPersons(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        lastName
        firstNames
        birthDate
        domiciled
        reference {
          id
          status
          referent {
            id
            displayName
            organisation {
              id
              name
            }
          }
        }
        members {
          id
          active
        }
      }
    }
  }
`);

/**
 * Everything the page of a PA shows, in one (audited) read. No fragments: the server's cost limit
 * counts a fragment spread as one more level.
 */
const AccompaniedPersonDetailDocument = graphql(`
  query AccompaniedPersonDetail($id: ID!) {
    accompaniedPerson(id: $id) {
      id
      lastName
      firstNames
      birthDate
      phone
      email
      address
      domiciled
      domiciliationOrganisation {
        id
        name
      }
      myMemberId
      version
      createdAt
      updatedAt
      members {
        id
        user {
          id
          displayName
        }
        professionalName
        displayName
        organisation {
          id
          name
        }
        service
        mission
        since
        until
        active
        isReferent
      }
      reference {
        id
        status
        referent {
          id
          displayName
        }
        proposedBy {
          id
          displayName
        }
        proposedAt
        chosenAt
        sansSuiteMotive
        endReason
        endedAt
        comment
        allowedActions
        version
        history {
          action
          fromStatus
          toStatus
          referent {
            id
            displayName
          }
          motive
          endReason
          comment
          at
          by {
            id
            displayName
          }
        }
      }
      references {
        id
        status
        referent {
          id
          displayName
        }
        proposedAt
        chosenAt
        sansSuiteMotive
        endReason
        endedAt
        comment
      }
      goals {
        id
        theme
        title
        createdAt
        actions {
          id
          title
          member {
            id
            displayName
          }
          byPerson
          dueDate
          status
          version
        }
      }
      competences {
        id
        kind
        label
      }
      consents {
        id
        kind
        document {
          id
          title
        }
        member {
          id
          displayName
        }
        meeting {
          id
          subject
          scheduledAt
        }
        givenAt
        withdrawnAt
        active
        recordedBy {
          id
          displayName
        }
      }
      syntheses {
        id
        scheduledAt
        subject
        requestedBy
        participants {
          member {
            id
            displayName
          }
          agreedToPaPresence
        }
        paAgreed
        paParticipates
        notes
        decisions
        version
      }
      documents {
        id
        title
        category
        contentType
        sizeBytes
        uploadedBy {
          id
          displayName
        }
        uploadedAt
        sharedWith {
          id
          displayName
        }
        readable
      }
    }
  }
`);

/**
 * The social workers and counsellors of an organisation, by name: who can be put on a list with their
 * account (names only; the server reads them past row-level security, for social workers alone).
 */
const ParcoursProfessionalsDocument = graphql(`
  query ParcoursProfessionals($organisationId: ID!, $search: String, $first: Int) {
    parcoursProfessionals(organisationId: $organisationId, search: $search, first: $first) {
      id
      displayName
      roles
    }
  }
`);

const ParcoursIndicatorsDocument = graphql(`
  query ParcoursIndicators {
    parcoursIndicators {
      persons
      referencesProposed
      byStatus {
        status
        count
      }
      sansSuiteByMotive {
        motive
        count
      }
      endedByReason {
        reason
        count
      }
      professionalsActingAsReferent
      lockersInUse
      documents
    }
  }
`);

const OrganisationOptionsForParcoursDocument = graphql(`
  query OrganisationOptionsForParcours($first: Int, $after: String) {
    organisations(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
      }
    }
  }
`);

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

export type PersonDetail = NonNullable<AccompaniedPersonDetailQuery['accompaniedPerson']>;
export type MemberData = PersonDetail['members'][number];
export type ReferenceData = NonNullable<PersonDetail['reference']>;
export type GoalData = PersonDetail['goals'][number];
export type PlanActionData = GoalData['actions'][number];
export type ConsentData = PersonDetail['consents'][number];
export type SyntheseData = PersonDetail['syntheses'][number];
export type DocumentData = PersonDetail['documents'][number];

const personKey = (id: string) => ['parcours', 'person', id] as const;

/**
 * A PA's record is shared by every intervenant of the list: whatever shows it is read again each
 * time a page opens.
 */
const SHARED = { staleTime: 0 } as const;

export function useAccompaniedPersons(search: string, after: string | null) {
  return useQuery({
    ...SHARED,
    queryKey: ['parcours', 'persons', search, after],
    queryFn: ({ signal }) => gqlRequest(AccompaniedPersonsDocument, { search: search || null, first: PERSONS_PAGE_SIZE, after }, signal),
    placeholderData: keepPreviousData,
    select: (data) => data.accompaniedPersons,
  });
}

export type PersonListItem = NonNullable<ReturnType<typeof useAccompaniedPersons>['data']>['nodes'][number];

export function useAccompaniedPerson(id: string) {
  return useQuery({
    ...SHARED,
    queryKey: personKey(id),
    queryFn: ({ signal }) => gqlRequest(AccompaniedPersonDetailDocument, { id }, signal),
    enabled: Boolean(id),
    select: (data) => data.accompaniedPerson,
  });
}

/** How many professionals the picker offers at once (the server's maximum): a search narrows them. */
export const PROFESSIONALS_PAGE_SIZE = 50;

/** The professionals of `organisationId` whose name matches `search` (accents and case ignored); idle until an organisation is chosen. */
export function useParcoursProfessionals(organisationId: string, search: string) {
  return useQuery({
    queryKey: ['parcours-professionals', organisationId, search],
    queryFn: ({ signal }) => gqlRequest(ParcoursProfessionalsDocument, { organisationId, search: search || null, first: PROFESSIONALS_PAGE_SIZE }, signal),
    enabled: Boolean(organisationId),
    staleTime: 60_000,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === organisationId ? previous : undefined),
    select: (data) => data.parcoursProfessionals,
  });
}

export type ProfessionalOption = NonNullable<ReturnType<typeof useParcoursProfessionals>['data']>[number];

export function useParcoursIndicators() {
  return useQuery({
    ...SHARED,
    queryKey: ['parcours', 'indicators'],
    queryFn: ({ signal }) => gqlRequest(ParcoursIndicatorsDocument, {}, signal),
    select: (data) => data.parcoursIndicators,
  });
}

export type ParcoursIndicatorsData = NonNullable<ReturnType<typeof useParcoursIndicators>['data']>;

/** The active organisations of the directory (every signed-in user may read it), 1 000 at most. */
export function useDirectoryOrganisations() {
  return useQuery({
    queryKey: ['organisations', 'parcours-options'],
    queryFn: async ({ signal }) => {
      const all: { id: string; name: string }[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const data: OrganisationOptionsForParcoursQuery = await gqlRequest(OrganisationOptionsForParcoursDocument, { first: 100, after }, signal);
        all.push(...data.organisations.nodes);
        if (!data.organisations.pageInfo.hasNextPage || !data.organisations.pageInfo.endCursor) break;
        after = data.organisations.pageInfo.endCursor;
      }
      return all.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
    staleTime: 5 * 60_000,
  });
}

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
  return useParcoursMutation(async (v: { person: PersonInput; organisationId: string; mission: string }) =>
    (await gqlRequest(CreateAccompaniedPersonDocument, v)).createAccompaniedPerson,
  );
}

export function useUpdateAccompaniedPerson() {
  return useParcoursMutation(async (v: { id: string; version: number; person: PersonInput }) => (await gqlRequest(UpdateAccompaniedPersonDocument, v)).updateAccompaniedPerson);
}

export function useAddAccompanimentMember() {
  return useParcoursMutation(async (input: MemberInput) => (await gqlRequest(AddAccompanimentMemberDocument, { input })).addAccompanimentMember);
}

export function useEndAccompanimentMember() {
  return useParcoursMutation(async (v: { memberId: string; until: string }) => (await gqlRequest(EndAccompanimentMemberDocument, v)).endAccompanimentMember);
}

export function useProposeReference() {
  return useParcoursMutation(async (v: { personId: string; comment: string | null }) => (await gqlRequest(ProposeReferenceDocument, v)).proposeReference);
}

export function useDecideReference() {
  return useParcoursMutation(async (input: ReferenceDecisionInput) => (await gqlRequest(DecideReferenceDocument, { input })).decideReference);
}

export function useAddPlanGoal() {
  return useParcoursMutation(async (v: { personId: string; theme: PlanTheme; title: string }) => (await gqlRequest(AddPlanGoalDocument, v)).addPlanGoal);
}

export function useAddPlanAction() {
  return useParcoursMutation(async (input: PlanActionInput) => (await gqlRequest(AddPlanActionDocument, { input })).addPlanAction);
}

export function useUpdatePlanAction() {
  return useParcoursMutation(async (input: UpdatePlanActionInput) => (await gqlRequest(UpdatePlanActionDocument, { input })).updatePlanAction);
}

export function useAddCompetence() {
  return useParcoursMutation(async (v: { personId: string; kind: CompetenceKind; label: string }) => (await gqlRequest(AddCompetenceDocument, v)).addCompetence);
}

export function useRemoveCompetence() {
  return useParcoursMutation(async (id: string) => (await gqlRequest(RemoveCompetenceDocument, { id })).removeCompetence);
}

export function useRecordConsent() {
  return useParcoursMutation(async (input: ConsentInput) => (await gqlRequest(RecordConsentDocument, { input })).recordConsent);
}

export function useWithdrawConsent() {
  return useParcoursMutation(async (id: string) => (await gqlRequest(WithdrawConsentDocument, { id })).withdrawConsent);
}

export function useScheduleSynthese() {
  return useParcoursMutation(async (input: SyntheseInput) => (await gqlRequest(ScheduleSyntheseDocument, { input })).scheduleSynthese);
}

export function useRecordSyntheseAgreement() {
  return useParcoursMutation(async (v: { meetingId: string; memberId: string }) => (await gqlRequest(RecordSyntheseAgreementDocument, v)).recordSyntheseAgreement);
}

export function useSetSynthesePaParticipation() {
  return useParcoursMutation(
    async (v: { meetingId: string; version: number; participates: boolean }) => (await gqlRequest(SetSynthesePaParticipationDocument, v)).setSynthesePaParticipation,
  );
}

export function useRecordSyntheseOutcome() {
  return useParcoursMutation(
    async (v: { meetingId: string; version: number; notes: string; decisions: string }) => (await gqlRequest(RecordSyntheseOutcomeDocument, v)).recordSyntheseOutcome,
  );
}
