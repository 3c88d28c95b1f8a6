import { useEffect, useRef, useState } from 'react';
import { useUnreadCount } from './notificationStream';

/** « Notifications, 3 non lues » / « Notifications, aucune non lue »: the bell's name, count included. */
export function unreadLabel(count: number | null): string {
  if (count === null) return '';
  if (count === 0) return 'aucune non lue';
  return count === 1 ? '1 non lue' : `${count} non lues`;
}

/**
 * The text of the header's « Notifications » link: the word, the count as a badge (hidden from screen
 * readers, who hear « , 3 non lues » instead), nothing while the count is unknown.
 */
export function NotificationBellText() {
  const count = useUnreadCount();
  if (count === null) return <>Notifications</>;
  // One text for assistive technology (« Notifications, 3 non lues »), the word and the badge for the eye.
  return (
    <>
      <span aria-hidden="true">Notifications</span>
      <span className="fr-sr-only">Notifications, {unreadLabel(count)}</span>
      {count ? (
        <span className="bell-badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </>
  );
}

/**
 * A polite live region that says « 2 nouvelles notifications » when the count rises (not when it
 * is first told, nor when it falls), once per rise.
 */
export function NewNotificationsAnnouncer() {
  const count = useUnreadCount();
  const previous = useRef<number | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = count;
    if (before === null || count === null || count <= before) return;
    const added = count - before;
    // Emptied first, so that the same sentence twice in a row is still announced twice.
    setMessage('');
    const timer = setTimeout(
      () => setMessage(added === 1 ? '1 nouvelle notification' : `${added} nouvelles notifications`),
      150,
    );
    return () => clearTimeout(timer);
  }, [count]);
  return (
    <p className="fr-sr-only" role="status" aria-live="polite">
      {message}
    </p>
  );
}
