import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '../../app/graphql';
import { graphql } from '../../gql';
import type { BackgroundJobState } from '../../gql/graphql';

export const OUTBOX_PAGE_SIZES = [25, 50, 100] as const;

const OutboxEmailsDocument = graphql(`
  query OutboxEmails($first: Int, $after: String) {
    outboxEmails(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        toAddress
        kind
        kindLabel
        subject
        createdAt
        deliveredVia
        sentAt
      }
    }
  }
`);

const OutboxEmailDocument = graphql(`
  query OutboxEmail($id: ID!) {
    outboxEmail(id: $id) {
      id
      toAddress
      kindLabel
      subject
      createdAt
      deliveredVia
      sentAt
      textBody
    }
  }
`);

/** A page of « Courriels envoyés », newest first. */
export function useOutboxEmails(first: number, after: string | null) {
  return useQuery({
    queryKey: ['outbox', first, after],
    queryFn: ({ signal }) => gqlRequest(OutboxEmailsDocument, { first, after }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One e-mail and its text. */
export function useOutboxEmail(id: string) {
  return useQuery({
    queryKey: ['outbox', 'email', id],
    queryFn: ({ signal }) => gqlRequest(OutboxEmailDocument, { id }, signal),
  });
}

const BackgroundQueuesDocument = graphql(`
  query BackgroundQueues {
    backgroundQueues {
      name
      label
      created
      retry
      active
      completed
      failed
      cancelled
      deadLetter
      cron
      scheduleLabel
    }
  }
`);

const BackgroundJobsDocument = graphql(`
  query BackgroundJobs($queue: String, $state: BackgroundJobState, $first: Int, $after: String) {
    backgroundJobs(queue: $queue, state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        queue
        queueLabel
        state
        createdOn
        startedOn
        completedOn
        retryCount
        retryLimit
        error
      }
    }
  }
`);

const RetryBackgroundJobDocument = graphql(`
  mutation RetryBackgroundJob($queue: String!, $id: ID!) {
    retryBackgroundJob(queue: $queue, id: $id) {
      id
      state
    }
  }
`);

export const JOB_PAGE_SIZES = [25, 50, 100] as const;

/** « Tâches de fond »: the app's queues and their counts. */
export function useBackgroundQueues() {
  return useQuery({
    queryKey: ['background', 'queues'],
    queryFn: ({ signal }) => gqlRequest(BackgroundQueuesDocument, {}, signal),
    select: (data) => data.backgroundQueues,
  });
}

/** A page of jobs, newest first, of one queue (or all) in one state (or any). */
export function useBackgroundJobs(
  queue: string | null,
  state: BackgroundJobState | null,
  first: number,
  after: string | null,
) {
  return useQuery({
    queryKey: ['background', 'jobs', queue, state, first, after],
    queryFn: ({ signal }) => gqlRequest(BackgroundJobsDocument, { queue, state, first, after }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRetryBackgroundJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (job: { queue: string; id: string }) => gqlRequest(RetryBackgroundJobDocument, job),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['background'] }),
  });
}
