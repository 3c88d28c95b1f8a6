import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { gqlRequest } from '../../app/graphql';
import { reportUnreadCount, subscribeUnreadCount } from '../../app/notificationStream';
import { graphql } from '../../gql';
import type { NotificationPreferenceInput } from '../../gql/graphql';

export const NOTIFICATIONS_PAGE_SIZE = 20;

const MyNotificationsDocument = graphql(`
  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {
    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        text
        link
        count
        organisation {
          id
          name
        }
        createdAt
        readAt
      }
    }
  }
`);

const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead($upTo: ID) {
    markAllNotificationsRead(upTo: $upTo)
  }
`);

const MyNotificationPreferencesDocument = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      kind
      label
      audience
      mode
      locked
    }
  }
`);

const SetNotificationPreferencesDocument = graphql(`
  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(preferences: $preferences) {
      kind
      label
      audience
      mode
      locked
    }
  }
`);

const LIST_KEY = ['notifications', 'list'] as const;
const PREFERENCES_KEY = ['notifications', 'preferences'] as const;

/** The signed-in user's notifications, newest first, page after page (« Afficher plus »). */
export function useMyNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...LIST_KEY, { unreadOnly }],
    queryFn: ({ pageParam, signal }) =>
      gqlRequest(
        MyNotificationsDocument,
        { unreadOnly, first: NOTIFICATIONS_PAGE_SIZE, after: pageParam },
        signal,
      ).then((data) => data.myNotifications),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });
}

/** Refreshes the list whenever the live count changes (a new notice, or one read in another tab). */
export function useRefreshOnUnreadChange() {
  const queryClient = useQueryClient();
  useEffect(
    () => subscribeUnreadCount(() => void queryClient.invalidateQueries({ queryKey: LIST_KEY })),
    [queryClient],
  );
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => gqlRequest(MarkNotificationsReadDocument, { ids }),
    onSuccess: (data) => {
      reportUnreadCount(data.markNotificationsRead);
      return queryClient.invalidateQueries({ queryKey: LIST_KEY });
    },
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    // Up to the newest notice the page shows: one that arrived since stays unread, to be seen.
    mutationFn: (upTo: string | null) => gqlRequest(MarkAllNotificationsReadDocument, { upTo }),
    onSuccess: (data) => {
      reportUnreadCount(data.markAllNotificationsRead);
      return queryClient.invalidateQueries({ queryKey: LIST_KEY });
    },
  });
}

export function useMyNotificationPreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: ({ signal }) => gqlRequest(MyNotificationPreferencesDocument, {}, signal),
    select: (data) => data.myNotificationPreferences,
  });
}

export function useSetNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationPreferenceInput[]) =>
      gqlRequest(SetNotificationPreferencesDocument, { preferences }),
    onSuccess: (data) =>
      queryClient.setQueryData(PREFERENCES_KEY, { myNotificationPreferences: data.setNotificationPreferences }),
  });
}
