import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { EmailDelivery } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';

/** What became of an e-mail, in French: sent (with when), kept in the app, or still waiting. */
export function DeliveryBadge({ via, sentAt }: { via: EmailDelivery | null | undefined; sentAt?: string | null }) {
  if (via === 'SMTP')
    return (
      <Badge as="span" severity="success" small noIcon>
        Envoyé{sentAt ? ` le ${formatDateTime(sentAt)}` : ''}
      </Badge>
    );
  if (via === 'OUTBOX')
    return (
      <Badge as="span" severity="info" small noIcon>
        Conservé dans l’application
      </Badge>
    );
  return (
    <Badge as="span" severity="new" small noIcon>
      En attente d’envoi
    </Badge>
  );
}
