import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import type { ApiKeysQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field, TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from './queries';

/** The server's rule for a key's name (api-keys.service.ts): 2 to 100 characters once trimmed. */
const NAME_MIN = 2;
const NAME_MAX = 100;

const CREATED_HEADING_ID = 'titre-cle-creee';

type ApiKeyRow = ApiKeysQuery['apiKeys'][number];

interface ApiKeysSectionProps {
  userId: string;
  /** A deactivated account's keys are refused and it cannot be issued a new one. */
  active: boolean;
  /** Announces a success in the page's status region. */
  announce: (message: string) => void;
}

function KeyStatus({ revokedAt }: { revokedAt?: string | null }) {
  return revokedAt ? (
    <>
      <Badge as="span" severity="error" small>
        Révoquée
      </Badge>{' '}
      le {formatDateTime(revokedAt)}
    </>
  ) : (
    <Badge as="span" severity="success" small>
      Active
    </Badge>
  );
}

/** The secret of a key just created, shown this once, with the way to copy it. */
function CreatedSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  // Lands the keyboard on the secret, already selected: Ctrl+C copies it.
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [secret]);

  return (
    <div className="form">
      <h3 id={CREATED_HEADING_ID} className={fr.cx('fr-h6')}>
        Clé créée : copiez-la maintenant
      </h3>
      <p id={hintId}>
        Voici le secret de la clé « {name} ». Copiez-le et transmettez-le au système tiers par un canal sûr : il ne sera
        plus jamais affiché, Maillage n'en garde qu'une empreinte. S'il est perdu, révoquez la clé et créez-en une
        autre.
      </p>
      <Field label="Secret de la clé">
        {(props) => (
          <input
            ref={inputRef}
            type="text"
            {...props}
            aria-describedby={hintId}
            className="identifier"
            readOnly
            value={secret}
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </Field>
      <div className="actions">
        <Button variant="secondary" onClick={onDone}>
          J'ai copié la clé
        </Button>
      </div>
    </div>
  );
}

function CreateApiKeyForm({
  userId,
  onCreated,
}: {
  userId: string;
  onCreated: (created: { name: string; secret: string }) => void;
}) {
  const create = useCreateApiKey();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const split = splitErrors(create.error, ['name']);
  const error = localError ?? split.fields.name;
  useFocusFirstInvalid(formRef, { name: error });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setLocalError('Saisissez le nom de la clé.');
      return;
    }
    if (trimmed.length < NAME_MIN) {
      setLocalError(`Le nom doit avoir au moins ${NAME_MIN} caractères.`);
      return;
    }
    if (trimmed.length > NAME_MAX) {
      setLocalError(`Le nom doit avoir ${NAME_MAX} caractères au plus.`);
      return;
    }
    setLocalError(undefined);
    create.mutate(
      { userId, name: trimmed },
      {
        onSuccess: (data) => {
          setName('');
          onCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret });
          // The secret now lives in the section's state only, not in the mutation cache.
          create.reset();
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="titre-nouvelle-cle">
      <h3 id="titre-nouvelle-cle" className={fr.cx('fr-h6')}>
        Nouvelle clé
      </h3>
      <TextField
        label="Nom de la clé"
        autoComplete="off"
        required
        name="name"
        maxLength={NAME_MAX}
        hint="De 2 à 100 caractères, pour reconnaître la clé : le système qui l'utilise, par exemple."
        value={name}
        onValueChange={(value) => {
          setName(value);
          setLocalError(undefined);
        }}
        error={error}
      />
      <ErrorSummary errors={split} fields={{ name: localError }} labels={{ name: 'Nom de la clé' }} />
      <div className="form__actions">
        <Button type="submit" busy={create.isPending}>
          Créer la clé
        </Button>
      </div>
    </form>
  );
}

/**
 * The API keys of a service account: the list, revocation, and a form that
 * issues a key and shows its secret once.
 */
export function ApiKeysSection({ userId, active, announce }: ApiKeysSectionProps) {
  const keys = useApiKeys(userId);
  const revoke = useRevokeApiKey();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);

  const columns: Column<ApiKeyRow>[] = [
    { key: 'name', header: 'Nom', rowHeader: true, cell: (key) => key.name },
    { key: 'prefix', header: 'Préfixe', cell: (key) => <code>{key.prefix}…</code> },
    { key: 'createdAt', header: 'Créée le', cell: (key) => formatDateTime(key.createdAt) },
    {
      key: 'lastUsedAt',
      header: 'Dernière utilisation',
      cell: (key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Jamais'),
    },
    { key: 'status', header: 'Statut', cell: (key) => <KeyStatus revokedAt={key.revokedAt} /> },
    {
      key: 'actions',
      header: 'Actions',
      cell: (key) =>
        key.revokedAt ? null : (
          <Button
            variant="danger"
            busy={revoke.isPending && revoke.variables?.id === key.id}
            onClick={() => {
              revoke.mutate(
                { id: key.id },
                {
                  // The list is read again before this runs (the mutation invalidates it).
                  onSuccess: (data) => {
                    announce(`Clé « ${data.revokeApiKey.name} » révoquée : elle est refusée dès maintenant.`);
                    // Its button is gone: the focus goes back to the section's heading.
                    headingRef.current?.focus();
                  },
                },
              );
            }}
          >
            Révoquer<VisuallyHidden> la clé {key.name}</VisuallyHidden>
          </Button>
        ),
    },
  ];

  return (
    <section aria-labelledby="titre-cles-api" className="card">
      <h2 id="titre-cles-api" ref={headingRef} tabIndex={-1} className={fr.cx('fr-h4')}>
        Clés d'API
      </h2>
      <p>
        Un système tiers s'identifie auprès de Maillage comme ce compte de service en envoyant une clé dans l'en-tête{' '}
        <code>X-Api-Key</code>. Une clé révoquée est refusée aussitôt, et définitivement.
      </p>
      {active ? null : (
        <div className={fr.cx('fr-alert', 'fr-alert--info', 'fr-alert--sm', 'fr-mb-3w')}>
          <p>
            Ce compte est désactivé : ses clés sont refusées tant qu'il le reste, et aucune nouvelle clé ne peut lui
            être délivrée.
          </p>
        </div>
      )}

      {/* Always in the page, so that the secret is announced when it appears. */}
      <div
        role="status"
        aria-labelledby={created ? CREATED_HEADING_ID : undefined}
        className={created ? fr.cx('fr-alert', 'fr-alert--success', 'fr-mb-3w') : undefined}
      >
        {created ? (
          <CreatedSecret
            name={created.name}
            secret={created.secret}
            onDone={() => {
              setCreated(null);
              headingRef.current?.focus();
            }}
          />
        ) : null}
      </div>

      <ErrorSummary
        title="La clé n'a pas pu être révoquée"
        general={revoke.error ? splitErrors(revoke.error, []).general : null}
      />
      {keys.isPending ? (
        <LoadingState label="Chargement des clés…" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
      ) : (
        <DataTable
          caption="Clés d'API de ce compte de service"
          columns={columns}
          rows={keys.data.apiKeys}
          rowKey={(key) => key.id}
          emptyMessage="Aucune clé pour l'instant."
        />
      )}

      {active ? (
        <CreateApiKeyForm
          userId={userId}
          onCreated={(next) => {
            revoke.reset();
            setCreated(next);
          }}
        />
      ) : null}
    </section>
  );
}
