import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useUnreadCount } from '../../app/notificationStream';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { StatusMessage } from '../../ui/StatusMessage';
import { pluralize } from '../identity/labels';
import { relativeTime } from './time';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationsRead,
  useMyNotifications,
  useRefreshOnUnreadChange,
} from './queries';
import '../../ui/styles/notifications.css';

/** « Notifications »: what Maillage told the user, newest first; unread ones marked, each a link to its object. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [status, setStatus] = useState('');
  const list = useMyNotifications(unreadOnly);
  const unread = useUnreadCount();
  const markRead = useMarkNotificationsRead();
  const markAll = useMarkAllNotificationsRead();
  useRefreshOnUnreadChange();

  const pages = list.data?.pages ?? [];
  const notices = pages.flatMap((page) => page.nodes);
  const total = pages[0]?.totalCount;
  const error = markRead.error ?? markAll.error;

  return (
    <div className="page">
      <h1>Notifications</h1>
      <p className={fr.cx('fr-text--lead')}>
        Ce que Maillage vous signale, des plus récentes aux plus anciennes. Ouvrir une notification la marque comme lue.
      </p>
      <p>
        <Link to="/notifications/preferences">Choisir comment être prévenu (préférences de notification)</Link>
      </p>
      <StatusMessage message={status} />
      {error ? <ErrorState error={error} title="L’action n’a pas abouti" /> : null}
      <div className="notifications__toolbar">
        <ToggleSwitch
          label="Non lues seulement"
          inputTitle="Non lues seulement"
          checked={unreadOnly}
          onChange={(checked) => setUnreadOnly(checked)}
          showCheckedHint={false}
          labelPosition="left"
        />
        <Button
          variant="secondary"
          busy={markAll.isPending}
          disabled={unread === 0}
          onClick={() =>
            markAll.mutate(notices[0]?.id ?? null, {
              onSuccess: () => setStatus('Toutes les notifications sont marquées comme lues.'),
            })
          }
        >
          Tout marquer comme lu
        </Button>
      </div>
      <section aria-labelledby="titre-liste-notifications" aria-busy={list.isFetching || undefined}>
        <h2 id="titre-liste-notifications" className={fr.cx('fr-h4')}>
          {unreadOnly ? 'Notifications non lues' : 'Toutes les notifications'}
        </h2>
        {total !== undefined ? (
          <p className="notifications__count">
            {pluralize(
              total,
              unreadOnly ? 'notification non lue' : 'notification',
              unreadOnly ? 'notifications non lues' : 'notifications',
              unreadOnly ? 'Aucune notification non lue' : 'Aucune notification',
            )}
          </p>
        ) : null}
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : notices.length === 0 ? (
          <p className="notifications__empty">
            {unreadOnly
              ? 'Vous avez tout lu : aucune notification non lue.'
              : 'Vous n’avez reçu aucune notification pour le moment.'}
          </p>
        ) : (
          <ul className="notifications__list">
            {notices.map((notice) => {
              const isUnread = !notice.readAt;
              return (
                <li key={notice.id} className={`notifications__item${isUnread ? ' notifications__item--unread' : ''}`}>
                  <div className="notifications__body">
                    {isUnread ? (
                      <Badge as="span" severity="new" small noIcon className="notifications__badge">
                        Non lue
                      </Badge>
                    ) : null}
                    <p className="notifications__text">
                      <Link
                        to={notice.link}
                        onClick={() => {
                          if (isUnread) markRead.mutate([notice.id]);
                        }}
                      >
                        {notice.text}
                      </Link>
                    </p>
                    <p className="notifications__meta">
                      <time dateTime={notice.createdAt} title={formatDateTime(notice.createdAt)}>
                        {relativeTime(notice.createdAt)}
                      </time>
                      {notice.organisation ? <> · {notice.organisation.name}</> : null}
                    </p>
                  </div>
                  {isUnread ? (
                    <Button
                      variant="tertiary"
                      size="small"
                      busy={markRead.isPending && markRead.variables?.[0] === notice.id}
                      aria-label={`Marquer comme lu : ${notice.text}`}
                      onClick={() =>
                        markRead.mutate([notice.id], {
                          onSuccess: () => setStatus('Notification marquée comme lue.'),
                        })
                      }
                    >
                      Marquer comme lu
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {list.hasNextPage ? (
          <Button
            variant="secondary"
            className={fr.cx('fr-mt-2w')}
            busy={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Afficher plus
          </Button>
        ) : null}
      </section>
    </div>
  );
}
