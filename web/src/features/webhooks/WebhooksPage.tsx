import { useRef, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useParams } from 'react-router-dom';
import { webhookDisabledReasonLabels, WEBHOOK_URL_MAX, type WebhookEventType } from '@maillage/shared/api';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import type { WebhookEndpointsQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { StatusMessage } from '../../ui/StatusMessage';
import { SecretShownOnce } from '../../ui/SecretShownOnce';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { EventTypeCheckboxes, eventLabel } from './EventTypeCheckboxes';
import {
  useCreateWebhookEndpoint,
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useSetWebhookEndpointEnabled,
  useWebhookAccount,
  useWebhookEndpoints,
} from './queries';

type Endpoint = WebhookEndpointsQuery['webhookEndpoints'][number];

const FIELDS = ['url', 'eventTypes', 'description'] as const;
const LABELS = { url: 'Adresse de réception', eventTypes: 'Événements', description: 'Description' };

export function EndpointState({
  endpoint,
}: {
  endpoint: Pick<Endpoint, 'enabled' | 'disabledReason' | 'failingSince'>;
}) {
  if (!endpoint.enabled)
    return (
      <Badge as="span" severity="error" small noIcon>
        {endpoint.disabledReason ? webhookDisabledReasonLabels[endpoint.disabledReason] : 'Désactivée'}
      </Badge>
    );
  if (endpoint.failingSince)
    return (
      <>
        <Badge as="span" severity="warning" small noIcon>
          En échec
        </Badge>{' '}
        depuis le {formatDateTime(endpoint.failingSince)}
      </>
    );
  return (
    <Badge as="span" severity="success" small noIcon>
      Active
    </Badge>
  );
}

function CreateEndpointForm({
  serviceAccountId,
  onCreated,
}: {
  serviceAccountId: string;
  onCreated: (created: { url: string; secret: string }) => void;
}) {
  const create = useCreateWebhookEndpoint();
  const formRef = useRef<HTMLFormElement>(null);
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>([]);
  const [description, setDescription] = useState('');
  const [local, setLocal] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const server = splitErrors(create.error, FIELDS, (path) => path.replace(/^input\./, '').replace(/\.\d+$/, ''));
  const errors = {
    url: local.url ?? server.fields.url,
    eventTypes: local.eventTypes ?? server.fields.eventTypes,
    description: local.description ?? server.fields.description,
  };
  useFocusFirstInvalid(formRef, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: typeof local = {};
    const trimmed = url.trim();
    if (!trimmed) next.url = 'Saisissez l’adresse de réception.';
    else if (!/^https?:\/\/\S+$/i.test(trimmed)) next.url = 'Saisissez une adresse complète, commençant par https://.';
    if (eventTypes.length === 0) next.eventTypes = 'Cochez au moins un événement.';
    setLocal(next);
    if (Object.keys(next).length > 0) return;
    create.mutate(
      { serviceAccountId, url: trimmed, eventTypes, description: description.trim() || null },
      {
        onSuccess: (data) => {
          setUrl('');
          setEventTypes([]);
          setDescription('');
          onCreated({ url: data.createWebhookEndpoint.endpoint.url, secret: data.createWebhookEndpoint.secret });
          // The secret now lives in the page's state only, not in the mutation cache.
          create.reset();
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="titre-nouvelle-adresse">
      <h2 id="titre-nouvelle-adresse" className={fr.cx('fr-h4')}>
        Abonner une adresse
      </h2>
      <TextField
        label={LABELS.url}
        name="url"
        type="url"
        required
        autoComplete="off"
        spellCheck={false}
        maxLength={WEBHOOK_URL_MAX}
        hint="L’adresse HTTPS où le système du partenaire reçoit les événements (https://…). En production, une adresse publique."
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
      <TextField
        label={LABELS.description}
        name="description"
        maxLength={200}
        hint="Facultatif : pour reconnaître l’adresse (le système qui la reçoit)."
        value={description}
        onValueChange={setDescription}
        error={errors.description}
      />
      <ErrorSummary errors={server} fields={local} labels={LABELS} order={FIELDS} />
      <div className="form__actions">
        <Button type="submit" busy={create.isPending}>
          Abonner l’adresse
        </Button>
      </div>
    </form>
  );
}

/**
 * The webhooks of a service account, for administrators: its addresses, their state, turning them off
 * and on, a new secret, removal, a form to subscribe another, and each one's delivery log.
 */
export function WebhooksPage() {
  const { id = '' } = useParams();
  const account = useWebhookAccount(id);
  const endpoints = useWebhookEndpoints(id);
  const setEnabled = useSetWebhookEndpointEnabled();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhookEndpoint();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string; rotated: boolean } | null>(null);
  const user = account.data?.user;
  usePageTitle(user ? `Webhooks — ${user.displayName}` : 'Webhooks');

  if (account.isPending) return <LoadingState />;
  if ((account.isSuccess && !user) || isErrorCode(account.error, 'NOT_FOUND'))
    return (
      <div className="page">
        <h1>Compte introuvable</h1>
        <p>
          <Link to="/admin/utilisateurs">Retour à la liste des utilisateurs</Link>
        </p>
      </div>
    );
  if (account.isError || !user) return <ErrorState error={account.error} onRetry={() => void account.refetch()} />;

  const actionError = setEnabled.error ?? rotate.error ?? remove.error;
  const columns: Column<Endpoint>[] = [
    {
      key: 'url',
      header: 'Adresse',
      rowHeader: true,
      cell: (e) => (
        <>
          <Link to={`/admin/utilisateurs/${id}/webhooks/${e.id}`}>
            <code>{e.url}</code>
            <VisuallyHidden> : journal des envois</VisuallyHidden>
          </Link>
          {e.description ? (
            <>
              <br />
              {e.description}
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'types',
      header: 'Événements',
      cell: (e) => (
        <ul className={fr.cx('fr-text--sm', 'fr-mb-0')}>
          {e.eventTypes.map((type) => (
            <li key={type}>{eventLabel(type)}</li>
          ))}
        </ul>
      ),
    },
    { key: 'state', header: 'État', cell: (e) => <EndpointState endpoint={e} /> },
    {
      key: 'secret',
      header: 'Secret',
      cell: (e) => (e.secretRotatedAt ? `renouvelé le ${formatDateTime(e.secretRotatedAt)}` : 'd’origine'),
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (e) => (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--sm')}>
          <li>
            <Button
              variant="secondary"
              size="small"
              busy={setEnabled.isPending && setEnabled.variables?.id === e.id}
              onClick={() =>
                setEnabled.mutate(
                  { id: e.id, version: e.version, enabled: !e.enabled },
                  {
                    onSuccess: () =>
                      setMessage(
                        e.enabled
                          ? `Adresse ${e.url} désactivée : ses envois en attente sont abandonnés.`
                          : `Adresse ${e.url} réactivée.`,
                      ),
                  },
                )
              }
            >
              {e.enabled ? 'Désactiver' : 'Réactiver'}
              <VisuallyHidden> l’adresse {e.url}</VisuallyHidden>
            </Button>
          </li>
          <li>
            <Button
              variant="secondary"
              size="small"
              busy={rotate.isPending && rotate.variables?.id === e.id}
              onClick={() =>
                rotate.mutate(
                  { id: e.id, version: e.version },
                  {
                    onSuccess: (data) => {
                      setSecret({
                        url: data.rotateWebhookSecret.endpoint.url,
                        secret: data.rotateWebhookSecret.secret,
                        rotated: true,
                      });
                      rotate.reset();
                    },
                  },
                )
              }
            >
              Nouveau secret<VisuallyHidden> pour l’adresse {e.url}</VisuallyHidden>
            </Button>
          </li>
          <li>
            <ConfirmButton
              label="Supprimer"
              labelSuffix={` l’adresse ${e.url}`}
              question={`Supprimer l’adresse ${e.url} et son journal des envois ? Le système ne recevra plus rien.`}
              confirmLabel="Supprimer"
              busy={remove.isPending && remove.variables?.id === e.id}
              onConfirm={() =>
                remove.mutate(
                  { id: e.id, version: e.version },
                  {
                    onSuccess: () => {
                      setMessage(`Adresse ${e.url} supprimée.`);
                      headingRef.current?.focus();
                    },
                  },
                )
              }
            />
          </li>
        </ul>
      ),
    },
  ];

  return (
    <div className="page">
      <Breadcrumb
        currentPageLabel="Webhooks"
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: 'Utilisateurs', linkProps: { to: '/admin/utilisateurs' } },
          { label: user.displayName, linkProps: { to: `/admin/utilisateurs/${id}` } },
        ]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1 ref={headingRef} tabIndex={-1}>
        Webhooks de {user.displayName}
      </h1>
      <p className={fr.cx('fr-text--lead')}>
        Maillage prévient le système de ce compte de service quand un événement le concerne, par une requête signée vers
        chacune de ses adresses (norme Standard Webhooks). Le message ne contient que le type d’événement, la date, le
        type et l’identifiant de l’objet : le système lit le détail avec sa clé d’API. Un envoi en échec est retenté
        pendant environ une journée ; une adresse en échec depuis trois jours est désactivée et les administrateurs sont
        prévenus.
      </p>
      <StatusMessage message={message} />

      <SecretShownOnce
        secret={secret?.secret ?? null}
        title={
          secret?.rotated ? 'Nouveau secret : copiez-le maintenant' : 'Adresse abonnée : copiez son secret maintenant'
        }
        label="Secret de signature"
        doneLabel="J'ai copié le secret"
        onDone={() => {
          setSecret(null);
          headingRef.current?.focus();
        }}
      >
        Voici le secret de signature de l'adresse {secret?.url}. Transmettez-le au système destinataire par un canal sûr
        : il vérifie avec lui les en-têtes <code>webhook-signature</code> (Standard Webhooks, HMAC-SHA256). Il ne sera
        plus jamais affiché.
        {secret?.rotated
          ? " L'ancien secret signe encore les envois pendant 24 heures, à côté du nouveau : le destinataire a le temps de changer."
          : ''}
      </SecretShownOnce>

      {actionError ? <ErrorState error={actionError} title="L’action n’a pas abouti" /> : null}
      <section aria-labelledby="titre-adresses" className={fr.cx('fr-mb-4w')}>
        <h2 id="titre-adresses" className={fr.cx('fr-h4')}>
          Adresses abonnées
        </h2>
        {endpoints.isPending ? (
          <LoadingState label="Chargement des adresses…" />
        ) : endpoints.isError ? (
          <ErrorState error={endpoints.error} onRetry={() => void endpoints.refetch()} />
        ) : (
          <DataTable
            caption="Adresses de webhook de ce compte de service"
            captionHidden
            columns={columns}
            rows={endpoints.data.webhookEndpoints}
            rowKey={(e) => e.id}
            emptyMessage="Aucune adresse abonnée pour l’instant."
            busy={endpoints.isFetching}
          />
        )}
      </section>

      {user.active ? (
        <CreateEndpointForm
          serviceAccountId={id}
          onCreated={(created) => {
            setMessage(null);
            setSecret({ ...created, rotated: false });
          }}
        />
      ) : (
        <p>Ce compte est désactivé : aucune adresse ne peut lui être abonnée.</p>
      )}
    </div>
  );
}
