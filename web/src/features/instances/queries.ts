import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type {
  AddMeetingActionInput,
  CancelMeetingInput,
  DecideSituationInput,
  MeetingDetailQuery,
  MeetingKind,
  MeetingListQuery,
  RecordAttendanceInput,
  RecordMinutesInput,
  ScheduleMeetingInput,
  UpdateMeetingActionInput,
  UpdateMeetingInput,
} from '../../gql/graphql';

graphql(`
  fragment MeetingListItem on Meeting {
    id
    kind
    title
    startsAt
    endsAt
    place
    visioUrl
    status
    parcours
    platform {
      id
      name
    }
    cio {
      id
      name
    }
  }
`);

const MeetingListDocument = graphql(`
  query MeetingList($platformId: ID, $kind: MeetingKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    meetings(platformId: $platformId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MeetingListItem
      }
    }
  }
`);

/** A CIO's concertations and thematic actions (issue 18), newest first. */
const CioMeetingsDocument = graphql(`
  query CioMeetings($cioId: ID!, $first: Int, $after: String) {
    cioMeetings(cioId: $cioId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MeetingListItem
      }
    }
  }
`);

/** Everything the meeting page shows; reading it is audited by the server. */
const MeetingDetailDocument = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      kind
      title
      theme
      communes
      startsAt
      endsAt
      place
      visioUrl
      status
      cancelReason
      agenda
      minutes
      decisions
      caseAccessDays
      caseAccessUntil
      canEdit
      version
      parcours
      cio {
        id
        name
      }
      cpmsContract {
        id
        cpms {
          id
          name
        }
        school {
          id
          name
        }
      }
      platform {
        id
        name
        partners {
          id
          name
        }
      }
      platforms {
        id
        name
      }
      invitees {
        id
        label
        userId
        guestName
        guestEmail
        guestOrganisation
        attendance
        organisation {
          id
          name
        }
      }
      situations {
        caseId
        caseVersion
        lastName
        firstNames
        age
        commune
        status
        lastContactAt
        flags {
          minorWithoutSolution
          noContactAfterAssignment
          injoignableReached
          obligationFormationOverdue
        }
        assignedOrganisation {
          id
          name
        }
        proposal
        decision
        decisionComment
        decidedAt
      }
      actions {
        id
        meetingId
        meetingStartsAt
        carriedOver
        title
        ownerName
        ownerOrganisation {
          id
          name
        }
        dueDate
        status
        note
        version
      }
    }
  }
`);

const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      version
    }
  }
`);

const UpdateMeetingDocument = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
      version
    }
  }
`);

const CancelMeetingDocument = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      id
      version
      status
    }
  }
`);

const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      version
      status
    }
  }
`);

const RecordMinutesDocument = graphql(`
  mutation RecordMinutes($input: RecordMinutesInput!) {
    recordMinutes(input: $input) {
      id
      version
      status
    }
  }
`);

const AddMeetingActionDocument = graphql(`
  mutation AddMeetingAction($input: AddMeetingActionInput!) {
    addMeetingAction(input: $input) {
      id
      version
    }
  }
`);

const UpdateMeetingActionDocument = graphql(`
  mutation UpdateMeetingAction($input: UpdateMeetingActionInput!) {
    updateMeetingAction(input: $input) {
      id
      version
      status
    }
  }
`);

const DecideSituationDocument = graphql(`
  mutation DecideSituation($input: DecideSituationInput!) {
    decideSituation(input: $input) {
      caseId
      caseVersion
      decision
    }
  }
`);

export type MeetingListItem = MeetingListQuery['meetings']['nodes'][number];
export type MeetingDetail = NonNullable<MeetingDetailQuery['meeting']>;
export type MeetingSituation = MeetingDetail['situations'][number];
export type MeetingInvitee = MeetingDetail['invitees'][number];
export type MeetingAction = MeetingDetail['actions'][number];

export const meetingQueryKey = (id: string) => ['meetings', 'detail', id] as const;

/** The meetings that start from `from` on (today's and the coming ones), soonest first. */
export function useUpcomingMeetings(from: string, kind: MeetingKind | null) {
  return useQuery({
    queryKey: ['meetings', 'list', 'upcoming', from, kind],
    queryFn: ({ signal }) => gqlRequest(MeetingListDocument, { from, kind, first: 100 }, signal),
    select: (data) => ({
      totalCount: data.meetings.totalCount,
      nodes: [...data.meetings.nodes].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    }),
  });
}

const PAST_PAGE = 20;

/** The meetings that started before `before`, newest first, a page at a time. */
export function usePastMeetings(before: string, kind: MeetingKind | null) {
  return useInfiniteQuery({
    queryKey: ['meetings', 'list', 'past', before, kind],
    queryFn: ({ signal, pageParam }) =>
      gqlRequest(MeetingListDocument, { to: before, kind, first: PAST_PAGE, after: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.meetings.pageInfo.hasNextPage ? last.meetings.pageInfo.endCursor : undefined),
  });
}

/** The earlier meetings of a platform's body of this kind: what a new one may follow on from. */
export function useSeriesCandidates(platformId: string | undefined, kind: MeetingKind) {
  return useQuery({
    queryKey: ['meetings', 'list', 'series', platformId, kind],
    queryFn: ({ signal }) =>
      gqlRequest(MeetingListDocument, { platformId: platformId ?? null, kind, first: 50 }, signal),
    enabled: Boolean(platformId),
    select: (data) => data.meetings.nodes.filter((m) => m.status !== 'ANNULEE'),
  });
}

const CIO_PAGE = 20;

/** A CIO's meetings, newest first, a page at a time. */
export function useCioMeetings(cioId: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['meetings', 'list', 'cio', cioId],
    queryFn: ({ signal, pageParam }) =>
      gqlRequest(CioMeetingsDocument, { cioId: cioId!, first: CIO_PAGE, after: pageParam }, signal),
    enabled: Boolean(cioId),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.cioMeetings.pageInfo.hasNextPage ? last.cioMeetings.pageInfo.endCursor : undefined,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingQueryKey(id),
    queryFn: ({ signal }) => gqlRequest(MeetingDetailDocument, { id }, signal),
    select: (data) => data.meeting,
  });
}

/** After any change to a meeting: its page and every list are stale. */
function useInvalidateMeetings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['meetings'] });
}

export function useScheduleMeeting() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: ScheduleMeetingInput) => gqlRequest(ScheduleMeetingDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateMeeting() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: UpdateMeetingInput) => gqlRequest(UpdateMeetingDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useCancelMeeting() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: CancelMeetingInput) => gqlRequest(CancelMeetingDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useRecordAttendance() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: RecordAttendanceInput) => gqlRequest(RecordAttendanceDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useRecordMinutes() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: RecordMinutesInput) => gqlRequest(RecordMinutesDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useAddMeetingAction() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: AddMeetingActionInput) => gqlRequest(AddMeetingActionDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateMeetingAction() {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (input: UpdateMeetingActionInput) => gqlRequest(UpdateMeetingActionDocument, { input }),
    onSuccess: () => invalidate(),
  });
}

/** A decision on a situation changes its case too: the worklists and the case page are stale. */
export function useDecideSituation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecideSituationInput) => gqlRequest(DecideSituationDocument, { input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['meetings'] }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]),
  });
}
