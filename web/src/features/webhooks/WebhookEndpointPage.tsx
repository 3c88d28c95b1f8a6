import { useRef, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useParams } from 'react-router-dom';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_URL_MAX,
  webhookDeliveryStatusLabels,
  type WebhookEventType,
} from '@maillage/shared/api';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import type { WebhookDeliveriesQuery, WebhookDeliveryStatus, WebhookEndpointQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { cursorPages, Pagination, useCursorPagination } from '../../ui/Pagination';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { EventTypeCheckboxes, eventLabel } from './EventTypeCheckboxes';
import {
  useReplayWebhookDelivery,
  useUpdateWebhookEndpoint,
  useWebhookAccount,
  useWebhookDeliveries,
  useWebhookEndpoint,
} from './queries';
import { EndpointState } from './WebhooksPage';

type Endpoint = NonNullable<WebhookEndpointQuery['webhookEndpoint']>;
type Delivery = WebhookDeliveriesQuery['webhookDeliveries']['nodes'][number];

const SEVERITY: Record<WebhookDeliveryStatus, 'info' | 'success' | 'error'> = {
  PENDING: 'info',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

const FIELDS = ['url', 'eventTypes'] as const;
const LABELS = { url: 'Adresse de réception', eventTypes: 'Événements' };

/** Changes an address or the events it receives (at the version read: a stale one is told). */
function EditEndpointForm({
  endpoint,
  onSaved,
  reload,
}: {
  endpoint: Endpoint;
  onSaved: (message: string) => void;
  reload: { run: () => void; busy: boolean };
}) {
  const update = useUpdateWebhookEndpoint();
  const formRef = useRef<HTMLFormElement>(null);
  const [url, setUrl] = useState(endpoint.url);
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>(endpoint.eventTypes as WebhookEventType[]);
  const [local, setLocal] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const server = splitErrors(update.error, FIELDS, (path) => path.replace(/^input\./, '').replace(/\.\d+$/, ''));
  const errors = { url: local.url ?? server.fields.url, eventTypes: local.eventTypes ?? server.fields.eventTypes };
  useFocusFirstInvalid(formRef, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: typeof local = {};
    const trimmed = url.trim();
    if (!/^https?:\/\/\S+$/i.test(trimmed)) next.url = 'Saisissez une adresse complète, commençant par https://.';
    if (eventTypes.length === 0) next.eventTypes = 'Cochez au moins un événement.';
    setLocal(next);
    if (Object.keys(next).length > 0) return;
    update.mutate(
      { id: endpoint.id, version: endpoint.version, url: trimmed, eventTypes },
      { onSuccess: () => onSaved('Adresse enregistrée.') },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="titre-modifier-adresse">
      <h2 id="titre-modifier-adresse" className={fr.cx('fr-h4')}>
        Adresse et événements
      </h2>
      <TextField
        label={LABELS.url}
        name="url"
        type="url"
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={WEBHOOK_URL_MAX}
        value={url}
        onValueChange={(value) => {
          setUrl(value);
          setLocal((l) => ({ ...l, url: undefined }));
        }}
        error={errors.url}
      />
      <EventTypeCheckboxes
        value={eventTypes}
        onChange={(types) => {
          setEventTypes(types);
          setLocal((l) => ({ ...l, eventTypes: undefined }));
        }}
        error={errors.eventTypes}
      />
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Cette adresse a été modifiée entre-temps (par quelqu’un d’autre, ou dans un autre onglet)."
        reloadLabel="Recharger l’adresse"
        onReload={() => {
          update.reset();
          reload.run();
        }}
        reloading={reload.busy}
      />
      <ErrorSummary errors={server.conflict ? undefined : server} fields={local} labels={LABELS} order={FIELDS} />
      <div className="form__actions">
        <Button type="submit" busy={update.isPending}>
          Enregistrer
        </Button>
      </div>
    </form>
  );
}

/** An address's page: its state, its settings, and its delivery log with « Rejouer ». */
export function WebhookEndpointPage() {
  const { id = '', endpointId = '' } = useParams();
  const account = useWebhookAccount(id);
  const endpoint = useWebhookEndpoint(endpointId);
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const pager = useCursorPagination(`${endpointId}|${status}`);
  const deliveries = useWebhookDeliveries(endpointId, status || null, pager.after);
  const replay = useReplayWebhookDelivery();
  const [message, setMessage] = useState<string | null>(null);
  const row = endpoint.data?.webhookEndpoint;
  usePageTitle(row ? `Journal des envois — ${row.url}` : 'Adresse de webhook');

  if (endpoint.isPending || account.isPending) return <LoadingState />;
  if ((endpoint.isSuccess && !row) || isErrorCode(endpoint.error, 'NOT_FOUND'))
    return (
      <div className="page">
        <h1>Adresse introuvable</h1>
        <p>
          <Link to={`/admin/utilisateurs/${id}/webhooks`}>Retour aux webhooks du compte</Link>
        </p>
      </div>
    );
  if (endpoint.isError || !row) return <ErrorState error={endpoint.error} onRetry={() => void endpoint.refetch()} />;
  const accountName = account.data?.user?.displayName ?? 'Compte de service';

  const columns: Column<Delivery>[] = [
    {
      key: 'occurred',
      header: 'Événement',
      rowHeader: true,
      cell: (d) => (
        <>
          <time dateTime={d.occurredAt}>{formatDateTime(d.occurredAt)}</time>
          <br />
          {eventLabel(d.eventType)}
        </>
      ),
    },
    {
      key: 'object',
      header: 'Objet',
      cell: (d) => (
        <>
          {d.objectType}
          <br />
          <code className={fr.cx('fr-text--xs')}>{d.objectId}</code>
        </>
      ),
    },
    {
      key: 'status',
      header: 'État',
      cell: (d) => (
        <>
          <Badge as="span" severity={SEVERITY[d.status]} small noIcon>
            {webhookDeliveryStatusLabels[d.status]}
          </Badge>
          {d.nextAttemptAt ? (
            <>
              <br />
              nouvelle tentative le {formatDateTime(d.nextAttemptAt)}
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'attempts',
      header: 'Tentatives',
      cell: (d) =>
        d.attempts.length === 0 ? (
          'Aucune encore'
        ) : (
          <details>
            <summary>
              {d.attemptCount} tentative{d.attemptCount > 1 ? 's' : ''}
              <VisuallyHidden> de l’envoi du {formatDateTime(d.occurredAt)}</VisuallyHidden>
            </summary>
            <ol className={fr.cx('fr-text--sm', 'fr-mb-0')}>
              {d.attempts.map((a) => (
                <li key={a.id}>
                  <time dateTime={a.attemptedAt}>{formatDateTime(a.attemptedAt)}</time>
                  {a.manual ? ' (à la main)' : ''} : {a.statusCode ?? 'pas de réponse'}, {a.latencyMs} ms
                  {a.error ? ` — ${a.error}` : ''}
                </li>
              ))}
            </ol>
          </details>
        ),
    },
    {
      key: 'last',
      header: 'Dernière réponse',
      cell: (d) =>
        d.lastAttemptAt ? (
          <>
            {d.lastStatusCode ?? 'aucune'}
            {d.lastLatencyMs !== null && d.lastLatencyMs !== undefined ? ` en ${d.lastLatencyMs} ms` : ''}
            {d.lastError ? (
              <>
                <br />
                {d.lastError}
              </>
            ) : null}
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'replay',
      header: 'Action',
      cell: (d) =>
        d.status === 'PENDING' && !d.nextAttemptAt ? (
          'En cours'
        ) : (
          <Button
            variant="secondary"
            size="small"
            disabled={!row.enabled}
            busy={replay.isPending && replay.variables === d.id}
            onClick={() =>
              replay.mutate(d.id, {
                onSuccess: () => setMessage(`Envoi du ${formatDateTime(d.occurredAt)} rejoué : il part maintenant.`),
              })
            }
          >
            Rejouer<VisuallyHidden> l’envoi du {formatDateTime(d.occurredAt)}</VisuallyHidden>
          </Button>
        ),
    },
  ];

  const connection = deliveries.data?.webhookDeliveries;
  return (
    <div className="page">
      <Breadcrumb
        currentPageLabel="Journal des envois"
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: 'Utilisateurs', linkProps: { to: '/admin/utilisateurs' } },
          { label: accountName, linkProps: { to: `/admin/utilisateurs/${id}` } },
          { label: 'Webhooks', linkProps: { to: `/admin/utilisateurs/${id}/webhooks` } },
        ]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>
        Journal des envois vers <code>{row.url}</code>
      </h1>
      <p>
        État de l’adresse : <EndpointState endpoint={row} />
        {row.enabled ? null : ' — réactivez-la depuis la page des webhooks du compte pour rejouer un envoi.'}
      </p>
      <StatusMessage message={message} />
      {replay.error ? <ErrorState error={replay.error} title="L’envoi n’a pas été rejoué" /> : null}

      <section aria-labelledby="titre-envois" className={fr.cx('fr-mb-4w')}>
        <h2 id="titre-envois" className={fr.cx('fr-h4')}>
          Envois{connection ? ` (${connection.totalCount.toLocaleString('fr-FR')})` : ''}
        </h2>
        <SelectField
          label="État des envois"
          value={status}
          onValueChange={(value) => setStatus(value as WebhookDeliveryStatus | '')}
        >
          <option value="">Tous les états</option>
          {WEBHOOK_DELIVERY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {webhookDeliveryStatusLabels[s]}
            </option>
          ))}
        </SelectField>
        {deliveries.isPending ? (
          <LoadingState label="Chargement des envois…" />
        ) : deliveries.isError ? (
          <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />
        ) : (
          <>
            <DataTable
              caption="Envois vers cette adresse, du plus récent au plus ancien"
              captionHidden
              columns={columns}
              rows={connection!.nodes}
              rowKey={(d) => d.id}
              emptyMessage="Aucun envoi pour l’instant."
              busy={deliveries.isFetching}
              compact
            />
            <Pagination label="Pages des envois" {...cursorPages(pager, connection!.pageInfo)} />
          </>
        )}
      </section>

      <EditEndpointForm
        key={`${row.id}-${row.version}`}
        endpoint={row}
        onSaved={setMessage}
        reload={{ run: () => void endpoint.refetch(), busy: endpoint.isFetching }}
      />
    </div>
  );
}
