import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { AccompaniedPersonDetailQuery, OrganisationOptionsForParcoursQuery } from '../../gql/graphql';

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
      allowedActions
      refusedActions {
        action
        reason
        step
      }
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
    queryFn: ({ signal }) =>
      gqlRequest(AccompaniedPersonsDocument, { search: search || null, first: PERSONS_PAGE_SIZE, after }, signal),
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
    queryFn: ({ signal }) =>
      gqlRequest(
        ParcoursProfessionalsDocument,
        { organisationId, search: search || null, first: PROFESSIONALS_PAGE_SIZE },
        signal,
      ),
    enabled: Boolean(organisationId),
    staleTime: 60_000,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === organisationId ? previous : undefined,
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
        const data: OrganisationOptionsForParcoursQuery = await gqlRequest(
          OrganisationOptionsForParcoursDocument,
          { first: 100, after },
          signal,
        );
        all.push(...data.organisations.nodes);
        if (!data.organisations.pageInfo.hasNextPage || !data.organisations.pageInfo.endCursor) break;
        after = data.organisations.pageInfo.endCursor;
      }
      return all.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
    staleTime: 5 * 60_000,
  });
}
