import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useParams } from 'react-router-dom';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { DeliveryBadge } from './delivery';
import { useOutboxEmail } from './queries';
import '../../ui/styles/outbox.css';

/** One e-mail of « Courriels envoyés »: who it went to, what became of it, and its text as sent. */
export function OutboxEmailPage() {
  const { id = '' } = useParams();
  const query = useOutboxEmail(id);
  const email = query.data?.outboxEmail;
  usePageTitle(email ? `${email.subject} — Courriels envoyés` : 'Courriel');

  if (query.isPending) return <LoadingState />;
  if ((query.isSuccess && !email) || isErrorCode(query.error, 'BAD_USER_INPUT')) {
    return (
      <div className="page">
        <h1>Courriel introuvable</h1>
        <p>
          <Link to="/admin/courriels">Retour aux courriels envoyés</Link>
        </p>
      </div>
    );
  }
  if (query.isError || !email) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <div className="page">
      <Breadcrumb
        currentPageLabel={email.subject}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Courriels envoyés', linkProps: { to: '/admin/courriels' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>{email.subject}</h1>
      <dl className="outbox-email__facts">
        <dt>Destinataire</dt>
        <dd>{email.toAddress}</dd>
        <dt>Type</dt>
        <dd>{email.kindLabel}</dd>
        <dt>Créé le</dt>
        <dd>
          <time dateTime={email.createdAt}>{formatDateTime(email.createdAt)}</time>
        </dd>
        <dt>Acheminement</dt>
        <dd>
          <DeliveryBadge via={email.deliveredVia} sentAt={email.sentAt} />
        </dd>
      </dl>
      <section aria-labelledby="titre-texte" className={fr.cx('fr-mt-4w')}>
        <h2 id="titre-texte">Texte du courriel</h2>
        <pre className="outbox-email__text">{email.textBody}</pre>
      </section>
      <p className={fr.cx('fr-mt-4w')}>
        <Link to="/admin/courriels">Retour aux courriels envoyés</Link>
      </p>
    </div>
  );
}
