import { notificationSentence, type NotificationKind } from '@maillage/shared';
import { guard, policies } from '../../core/authz.js';
import type { Resolvers } from '../../core/graphql/resolvers-types.js';
import { loaders } from '../identity/loaders.js';
import { markAllRead, markRead, myNotifications, myPreferences, setPreferences, unreadCount } from './service.js';

export const notificationResolvers = {
  Query: {
    myNotifications: guard(policies.signedIn, (args, ctx) =>
      myNotifications(ctx, args.unreadOnly ?? false, args.first ?? null, args.after ?? null),
    ),
    myUnreadNotificationCount: guard(policies.signedIn, (_args, ctx) => unreadCount(ctx)),
    myNotificationPreferences: guard(policies.signedIn, (_args, ctx) => myPreferences(ctx)),
  },
  Mutation: {
    markNotificationsRead: guard(policies.signedIn, (args, ctx) => markRead(ctx, args.ids)),
    markAllNotificationsRead: guard(policies.signedIn, (args, ctx) => markAllRead(ctx, args.upTo)),
    setNotificationPreferences: guard(policies.signedIn, (args, ctx) => setPreferences(ctx, args.preferences)),
  },
  Notification: {
    kind: (n) => n.kind as NotificationKind,
    organisation: (n, _a, ctx) => (n.organisationId ? loaders.organisation(ctx).load(n.organisationId) : null),
    text: async (n, _a, ctx) => {
      const org = n.organisationId ? await loaders.organisation(ctx).load(n.organisationId) : null;
      return notificationSentence(n.kind as NotificationKind, n.count, org?.name ?? null);
    },
  },
} satisfies Resolvers;
