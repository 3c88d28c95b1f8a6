import { useRef, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import type { ApiKeysQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import {
  API_KEY_DEFAULT_RATE_PER_MINUTE,
  API_KEY_MAX_DAYS,
  API_SCOPES,
  apiScopeLabels,
  createApiKeyInput,
  type ApiScope,
} from '@maillage/shared/api';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { CheckboxField, DateField, TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { SecretShownOnce } from '../../ui/SecretShownOnce';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useApiKeys, useCreateApiKey, useKeyPlatforms, useRevokeApiKey, useSetApiKeyRateLimit } from './queries';

type ApiKeyRow = ApiKeysQuery['apiKeys'][number];

interface ApiKeysSectionProps {
  userId: string;
  /** The account's organisations, among which a key may be limited. */
  organisations: { id: string; name: string }[];
  /** A deactivated account's keys are refused and it cannot be issued a new one. */
  active: boolean;
  /** Announces a success in the page's status region. */
  announce: (message: string) => void;
}

function KeyStatus({ revokedAt, expired }: { revokedAt?: string | null; expired: boolean }) {
  if (!revokedAt && expired)
    return (
      <Badge as="span" severity="warning" small>
        Expirée
      </Badge>
    );
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

/** Today plus `days`, as yyyy-mm-dd in Paris (the server checks the last day against Paris's today). */
function parisDayIn(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

const SCOPE_OPTIONS = API_SCOPES.map((value) => ({ value, label: `${apiScopeLabels[value]} (${value})` }));
const FIELDS = ['name', 'scopes', 'organisationIds', 'platformIds', 'expiresOn', 'rateLimitPerMinute'] as const;
const FIELD_LABELS = {
  name: 'Nom de la clé',
  scopes: 'Portées',
  organisationIds: 'Organisations',
  platformIds: 'Plateformes PSAD',
  expiresOn: 'Dernier jour de validité',
  rateLimitPerMinute: 'Appels par minute',
};

function CreateApiKeyForm({
  userId,
  organisations,
  onCreated,
}: {
  userId: string;
  /** The account's organisations: a key may act for some of them only. */
  organisations: { id: string; name: string }[];
  onCreated: (created: { name: string; secret: string }) => void;
}) {
  const create = useCreateApiKey();
  const platforms = useKeyPlatforms();
  const formRef = useRef<HTMLFormElement>(null);
  const [v, setV] = useState({
    name: '',
    scopes: [] as ApiScope[],
    organisationIds: [] as string[],
    platformIds: [] as string[],
    expiresOn: parisDayIn(90),
    rateLimitPerMinute: String(API_KEY_DEFAULT_RATE_PER_MINUTE),
    trustedDocumentsOnly: false,
  });
  const [local, setLocal] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const split = splitErrors(
    create.error,
    [...FIELDS].map((f) => `input.${f}`),
  );
  const errorOf = (f: (typeof FIELDS)[number]) =>
    local[f] ??
    split.fields[`input.${f}`] ??
    Object.entries(split.fields).find(([path]) => path.startsWith(`input.${f}.`))?.[1];
  const errors = Object.fromEntries(FIELDS.map((f) => [f, errorOf(f)]));
  useFocusFirstInvalid(formRef, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      userId,
      name: v.name.trim(),
      scopes: v.scopes,
      organisationIds: v.organisationIds.length ? v.organisationIds : null,
      platformIds: v.platformIds.length ? v.platformIds : null,
      expiresOn: v.expiresOn,
      rateLimitPerMinute: Number(v.rateLimitPerMinute),
      trustedDocumentsOnly: v.trustedDocumentsOnly,
    };
    // The server's own schema, with its French messages: the form says what the API would.
    const parsed = createApiKeyInput(parisDayIn(0)).safeParse(input);
    if (!parsed.success) {
      const next: typeof local = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as (typeof FIELDS)[number];
        next[field] ??= issue.message;
      }
      setLocal(next);
      return;
    }
    setLocal({});
    create.mutate(input, {
      onSuccess: (data) => {
        setV((old) => ({ ...old, name: '', scopes: [] }));
        onCreated({ name: data.createApiKey.apiKey.name, secret: data.createApiKey.secret });
        // The secret now lives in the section's state only, not in the mutation cache.
        create.reset();
      },
    });
  }
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K]) => {
    setV((old) => ({ ...old, [key]: value }));
    setLocal((old) => ({ ...old, [key]: undefined }));
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="titre-nouvelle-cle">
      <h3 id="titre-nouvelle-cle" className={fr.cx('fr-h6')}>
        Nouvelle clé
      </h3>
      <TextField
        label={FIELD_LABELS.name}
        autoComplete="off"
        required
        name="name"
        maxLength={100}
        hint="De 2 à 100 caractères, pour reconnaître la clé : le système qui l'utilise, par exemple."
        value={v.name}
        onValueChange={(value) => set('name', value)}
        error={errors.name}
      />
      <CheckboxGroup
        legend={FIELD_LABELS.scopes}
        hint="Ce que la clé peut faire, au plus juste : tout appel hors de ses portées est refusé et journalisé."
        options={SCOPE_OPTIONS}
        selected={v.scopes}
        onChange={(scopes) => set('scopes', scopes)}
        error={errors.scopes}
        name="scopes"
      />
      {organisations.length > 1 ? (
        <CheckboxGroup
          legend={FIELD_LABELS.organisationIds}
          hint="Aucune cochée : toutes celles du compte."
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          selected={v.organisationIds}
          onChange={(ids) => set('organisationIds', ids)}
          error={errors.organisationIds}
          name="organisationIds"
        />
      ) : null}
      {platforms.data && platforms.data.platforms.length > 0 ? (
        <CheckboxGroup
          legend={FIELD_LABELS.platformIds}
          hint="Aucune cochée : toutes celles que le compte atteint."
          options={platforms.data.platforms.map((p) => ({ value: p.id, label: p.name }))}
          selected={v.platformIds}
          onChange={(ids) => set('platformIds', ids)}
          error={errors.platformIds}
          name="platformIds"
        />
      ) : null}
      <DateField
        label={FIELD_LABELS.expiresOn}
        required
        hint={`Format attendu : jj/mm/aaaa. ${API_KEY_MAX_DAYS} jours au plus : créez la suivante avant, le compte peut en détenir deux.`}
        value={v.expiresOn}
        onValueChange={(value) => set('expiresOn', value)}
        error={errors.expiresOn}
      />
      <TextField
        label={FIELD_LABELS.rateLimitPerMinute}
        inputMode="numeric"
        required
        hint="Au-delà, la clé reçoit 429 et l'en-tête Retry-After."
        value={v.rateLimitPerMinute}
        onValueChange={(value) => set('rateLimitPerMinute', value)}
        error={errors.rateLimitPerMinute}
      />
      <CheckboxField
        label="Documents enregistrés seulement"
        hint="La clé n'envoie que des requêtes enregistrées, par leur empreinte sha256 : tout autre texte est refusé."
        checked={v.trustedDocumentsOnly}
        onCheckedChange={(on) => set('trustedDocumentsOnly', on)}
      />
      <ErrorSummary errors={split} fields={local} labels={FIELD_LABELS} />
      <div className="form__actions">
        <Button type="submit" busy={create.isPending}>
          Créer la clé
        </Button>
      </div>
    </form>
  );
}

/** A key's use by operation, and its rate limit changed in place. */
function KeyDetails({ apiKey, announce }: { apiKey: ApiKeyRow; announce: (message: string) => void }) {
  const setRate = useSetApiKeyRateLimit();
  const [rate, setRateText] = useState(String(apiKey.rateLimitPerMinute));
  const error = splitErrors(setRate.error, ['rateLimitPerMinute']);
  return (
    <details>
      <summary>
        Utilisation et limite<VisuallyHidden> de la clé {apiKey.name}</VisuallyHidden>
      </summary>
      {apiKey.usage.length === 0 ? (
        <p>Aucun appel pour l'instant.</p>
      ) : (
        <table className={fr.cx('fr-table')}>
          <caption>Appels de la clé « {apiKey.name} » par opération</caption>
          <thead>
            <tr>
              <th scope="col">Opération</th>
              <th scope="col">Appels</th>
              <th scope="col">Erreurs</th>
              <th scope="col">Dernier appel</th>
            </tr>
          </thead>
          <tbody>
            {apiKey.usage.map((u) => (
              <tr key={u.operation}>
                <th scope="row">
                  <code>{u.operation}</code>
                </th>
                <td>{u.calls.toLocaleString('fr-FR')}</td>
                <td>{u.errors.toLocaleString('fr-FR')}</td>
                <td>{formatDateTime(u.lastUsedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {apiKey.revokedAt ? null : (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setRate.mutate(
              { id: apiKey.id, rateLimitPerMinute: Number(rate) },
              { onSuccess: () => announce(`Limite de la clé « ${apiKey.name} » : ${rate} appels par minute.`) },
            );
          }}
        >
          <TextField
            label={`Appels par minute de la clé « ${apiKey.name} »`}
            inputMode="numeric"
            value={rate}
            onValueChange={setRateText}
            error={error.fields.rateLimitPerMinute ?? error.general ?? undefined}
          />
          <Button type="submit" variant="secondary" busy={setRate.isPending}>
            Changer la limite
          </Button>
        </form>
      )}
    </details>
  );
}

/**
 * The API keys of a service account: the list, revocation, and a form that
 * issues a key and shows its secret once.
 */
export function ApiKeysSection({ userId, organisations, active, announce }: ApiKeysSectionProps) {
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
    {
      key: 'scopes',
      header: 'Portées et périmètre',
      cell: (key) => (
        <>
          <ul className="compact-list">
            {key.scopes.map((scope) => (
              <li key={scope}>
                <code>{scope}</code>
              </li>
            ))}
          </ul>
          {key.organisations ? <p>Pour : {key.organisations.map((o) => o.name).join(', ')}</p> : null}
          {key.platformIds ? <p>{key.platformIds.length} plateforme(s) PSAD</p> : null}
          {key.trustedDocumentsOnly ? <p>Documents enregistrés seulement</p> : null}
        </>
      ),
    },
    { key: 'expiresAt', header: 'Expire le', cell: (key) => formatDateTime(key.expiresAt) },
    {
      key: 'status',
      header: 'Statut',
      cell: (key) => <KeyStatus revokedAt={key.revokedAt} expired={new Date(key.expiresAt) <= new Date()} />,
    },
    { key: 'usage', header: 'Utilisation', cell: (key) => <KeyDetails apiKey={key} announce={announce} /> },
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
        <code>X-Api-Key</code>. Une clé ne fait que ce que ses portées nomment, pour les organisations et plateformes
        choisies, jusqu'à son dernier jour. Une clé révoquée est refusée aussitôt, et définitivement. Pour changer de
        clé sans interruption, créez la suivante (deux clés au plus en service), puis révoquez l'ancienne.
      </p>
      {active ? null : (
        <div className={fr.cx('fr-alert', 'fr-alert--info', 'fr-alert--sm', 'fr-mb-3w')}>
          <p>
            Ce compte est désactivé : ses clés sont refusées tant qu'il le reste, et aucune nouvelle clé ne peut lui
            être délivrée.
          </p>
        </div>
      )}

      <SecretShownOnce
        secret={created?.secret ?? null}
        title="Clé créée : copiez-la maintenant"
        label="Secret de la clé"
        doneLabel="J'ai copié la clé"
        onDone={() => {
          setCreated(null);
          headingRef.current?.focus();
        }}
      >
        Voici le secret de la clé « {created?.name} ». Copiez-le et transmettez-le au système tiers par un canal sûr :
        il ne sera plus jamais affiché, Maillage n'en garde qu'une empreinte. S'il est perdu, révoquez la clé et
        créez-en une autre.
      </SecretShownOnce>

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
          organisations={organisations}
          onCreated={(next) => {
            revoke.reset();
            setCreated(next);
          }}
        />
      ) : null}
    </section>
  );
}
