import { fr } from '@codegouvfr/react-dsfr';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage, isErrorCode } from '../../app/graphql';
import { splitErrors } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import type { IncomingTransfersQuery, OutgoingTransfersQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { formatDateTime } from '../../ui/format';
import {
  useAcceptTransfer,
  useCancelTransfer,
  useIncomingTransfers,
  useOutgoingTransfers,
  useRefuseTransfer,
} from './caseQueries';
import '../../ui/styles/case.css';
import { StatusMessage } from '../../ui/StatusMessage';

type Incoming = IncomingTransfersQuery['incomingTransfers'][number];
type Outgoing = OutgoingTransfersQuery['outgoingTransfers'][number];

const personName = (t: Incoming | Outgoing) => {
  const p = t.case?.youngPerson;
  return p ? `${p.lastName} ${p.firstNames}` : 'Jeune (données non visibles)';
};

const destination = (t: Incoming | Outgoing) =>
  t.toOrganisation ? t.toOrganisation.name : `la plateforme ${t.toPlatform?.name ?? '—'}`;

/** A refusal or a conflict, with a way to reload the lists. */
function ItemError({ error, onReload, reloading }: { error: unknown; onReload: () => void; reloading: boolean }) {
  if (!error) return null;
  return (
    <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mb-2w')} role="alert">
      <p>{errorMessage(error)}</p>
      {isErrorCode(error, 'CONFLICT') || isErrorCode(error, 'NOT_FOUND') ? (
        <Button variant="secondary" size="small" className={fr.cx('fr-mt-1w')} onClick={onReload} busy={reloading}>
          Recharger les transferts
        </Button>
      ) : null}
    </div>
  );
}

interface ItemProps {
  onDone: (message: string) => void;
  onReload: () => void;
  reloading: boolean;
}

function IncomingItem({ transfer: t, onDone, onReload, reloading }: ItemProps & { transfer: Incoming }) {
  const titleId = useId();
  const accept = useAcceptTransfer();
  const refuse = useRefuseTransfer();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const name = personName(t);
  const refuseErrors = splitErrors(refuse.error, ['reason']);
  const error = accept.error ?? (refuseErrors.fields.reason ? null : refuse.error);

  function onAccept() {
    refuse.reset();
    // The item leaves the list once it is refetched: the promise, unlike mutate's callbacks, still resolves.
    accept.mutateAsync(t.id).then(
      () => onDone(`Transfert accepté : le suivi de ${name} vous revient désormais.`),
      () => undefined,
    );
  }

  function onRefuse(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setClientError('Un motif de refus est obligatoire (3 caractères au moins).');
      return;
    }
    setClientError(undefined);
    accept.reset();
    refuse.mutateAsync({ transferId: t.id, reason: reason.trim() }).then(
      () => onDone(`Transfert refusé : le suivi de ${name} reste chez l’expéditeur.`),
      () => undefined,
    );
  }

  const from = [t.fromPlatform?.name, t.fromOrganisation?.name].filter(Boolean).join(', ') || '—';
  return (
    <li className={`case-panel ${fr.cx('fr-mb-2w')}`}>
      <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {name}
      </h3>
      <p>
        De : {from} · vers {destination(t)}
      </p>
      <p>
        Proposé le {formatDateTime(t.proposedAt)}
        {t.proposedBy ? ` par ${t.proposedBy.displayName}` : ''}
      </p>
      <p>Motif : {t.reason ?? '—'}</p>
      {t.case ? (
        <p>
          <Link to={`/suivis/${t.case.id}`}>Voir le suivi de {name}</Link>
        </p>
      ) : null}
      <ItemError error={error} onReload={onReload} reloading={reloading} />
      <div className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
        <Button onClick={onAccept} busy={accept.isPending} disabled={refuse.isPending} aria-describedby={titleId}>
          Accepter
        </Button>
        {!refusing ? (
          <Button variant="secondary" onClick={() => setRefusing(true)} aria-describedby={titleId}>
            Refuser
          </Button>
        ) : null}
      </div>
      {refusing ? (
        <form noValidate onSubmit={onRefuse}>
          <Field label={`Motif du refus (${name})`} required error={refuseErrors.fields.reason ?? clientError}>
            {(props) => (
              <textarea
                {...props}
                name="reason"
                rows={2}
                value={reason}
                autoFocus
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <ErrorSummary
            fields={{ reason: refuseErrors.fields.reason ?? clientError }}
            labels={{ reason: 'Motif du refus' }}
            title="Le refus n'a pas été enregistré"
          />
          <div className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
            <Button type="submit" variant="danger" busy={refuse.isPending}>
              Confirmer le refus
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setRefusing(false);
                setReason('');
                setClientError(undefined);
                refuse.reset();
              }}
            >
              Ne pas refuser
            </Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

function OutgoingItem({ transfer: t, onDone, onReload, reloading }: ItemProps & { transfer: Outgoing }) {
  const titleId = useId();
  const cancel = useCancelTransfer();
  const name = personName(t);
  return (
    <li className={`case-panel ${fr.cx('fr-mb-2w')}`}>
      <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {name}
      </h3>
      <p>Vers {destination(t)}</p>
      <p>
        Proposé le {formatDateTime(t.proposedAt)}
        {t.proposedBy ? ` par ${t.proposedBy.displayName}` : ''}
      </p>
      <p>Motif : {t.reason ?? '—'}</p>
      {t.case ? (
        <p>
          <Link to={`/suivis/${t.case.id}`}>Voir le suivi de {name}</Link>
        </p>
      ) : null}
      <ItemError error={cancel.error} onReload={onReload} reloading={reloading} />
      <div className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm')}>
        <Button
          variant="secondary"
          busy={cancel.isPending}
          aria-describedby={titleId}
          onClick={() =>
            cancel.mutateAsync(t.id).then(
              () => onDone(`Transfert annulé : le suivi de ${name} reste chez vous.`),
              () => undefined,
            )
          }
        >
          Annuler le transfert
        </Button>
      </div>
    </li>
  );
}

/** Transfers waiting for a decision: those proposed to the caller, and those the caller proposed. */
export function TransfersPage() {
  usePageTitle('Transferts');
  const incoming = useIncomingTransfers();
  const outgoing = useOutgoingTransfers();
  const [message, setMessage] = useState('');
  const reloading = incoming.isFetching || outgoing.isFetching;
  const reload = () => {
    setMessage('');
    void incoming.refetch();
    void outgoing.refetch();
  };

  return (
    <div className="page">
      <h1>Transferts</h1>
      <p>Les transferts de suivis en attente d’une décision.</p>
      <StatusMessage message={message} />

      <section aria-labelledby="titre-recus" className={fr.cx('fr-mb-4w')}>
        <h2 id="titre-recus" className={fr.cx('fr-h4')}>
          Transferts reçus
        </h2>
        {incoming.isPending ? (
          <LoadingState />
        ) : incoming.isError ? (
          <ErrorState error={incoming.error} onRetry={() => void incoming.refetch()} />
        ) : incoming.data.length ? (
          <ul className="case-page__alerts">
            {incoming.data.map((t) => (
              <IncomingItem key={t.id} transfer={t} onDone={setMessage} onReload={reload} reloading={reloading} />
            ))}
          </ul>
        ) : (
          <p>Aucun transfert ne vous est proposé.</p>
        )}
      </section>

      <section aria-labelledby="titre-envoyes">
        <h2 id="titre-envoyes" className={fr.cx('fr-h4')}>
          Transferts proposés par vous ou votre structure
        </h2>
        {outgoing.isPending ? (
          <LoadingState />
        ) : outgoing.isError ? (
          <ErrorState error={outgoing.error} onRetry={() => void outgoing.refetch()} />
        ) : outgoing.data.length ? (
          <ul className="case-page__alerts">
            {outgoing.data.map((t) => (
              <OutgoingItem key={t.id} transfer={t} onDone={setMessage} onReload={reload} reloading={reloading} />
            ))}
          </ul>
        ) : (
          <p>Aucun transfert en attente.</p>
        )}
      </section>
    </div>
  );
}
