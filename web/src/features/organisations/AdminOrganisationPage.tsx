import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useParams } from 'react-router-dom';
import { identity } from '@maillage/shared';
import { splitErrors } from '../../app/formErrors';
import { validate } from '../../app/validation';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import type { OrganisationKind, UpdateOrganisationInput } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { formatDateTime } from '../../ui/format';
import { ORGANISATION_KIND_LABELS } from '../identity/labels';
import {
  ORGANISATION_FIELDS,
  OrganisationForm,
  organisationToValues,
  type OrganisationFormValues,
} from './OrganisationForm';
import { useAdminOrganisation, useSetOrganisationActive, useUpdateOrganisation } from './queries';
import { StatusMessage } from '../../ui/StatusMessage';

const CONFLICT_MESSAGE =
  "Cette organisation a été modifiée entre-temps par quelqu'un d'autre. Rechargez-la pour repartir de sa dernière version : vos saisies non enregistrées seront perdues.";

const OPTIONAL_KEYS = [
  'uai',
  'fase',
  'address',
  'postalCode',
  'communeInsee',
  'communeName',
  'territoryId',
  'email',
  'phone',
  'website',
] as const;

/** Only the fields that changed; an emptied field is sent as null (cleared). */
function toUpdateInput(
  id: string,
  version: number,
  before: OrganisationFormValues,
  after: OrganisationFormValues,
): UpdateOrganisationInput {
  const input: UpdateOrganisationInput = { id, version };
  if (after.name.trim() !== before.name) input.name = after.name.trim();
  if (after.kind !== before.kind) input.kind = after.kind as OrganisationKind;
  if (after.lyceeTeteDeReseau !== before.lyceeTeteDeReseau) input.lyceeTeteDeReseau = after.lyceeTeteDeReseau;
  for (const key of OPTIONAL_KEYS) {
    const value = after[key].trim();
    if (value !== before[key]) input[key] = value === '' ? null : value;
  }
  return input;
}

export function AdminOrganisationPage() {
  const { id = '' } = useParams();
  const query = useAdminOrganisation(id);
  const update = useUpdateOrganisation();
  const setActive = useSetOrganisationActive();
  const [saved, setSaved] = useState<string | null>(null);
  const organisation = query.data?.organisation;
  usePageTitle(organisation ? `${organisation.name} — Organisations` : 'Organisation');

  if (query.isPending) return <LoadingState />;
  if ((query.isSuccess && !organisation) || isErrorCode(query.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <h1>Organisation introuvable</h1>
        <p>
          <Link to="/admin/organisations">Retour à la liste des organisations</Link>
        </p>
      </div>
    );
  }
  if (query.isError || !organisation) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const values = organisationToValues(organisation);
  const updateErrors = splitErrors(update.error, ORGANISATION_FIELDS);
  const activeErrors = splitErrors(setActive.error, []);

  async function reload() {
    update.reset();
    setActive.reset();
    setSaved(null);
    await query.refetch();
  }

  function onSubmit(next: OrganisationFormValues) {
    if (!organisation) return;
    setSaved(null);
    update.mutate(toUpdateInput(organisation.id, organisation.version, values, next), {
      onSuccess: async () => {
        await query.refetch();
        setSaved('Modifications enregistrées.');
      },
    });
  }

  function toggleActive() {
    if (!organisation) return;
    setSaved(null);
    setActive.mutate(
      { id: organisation.id, version: organisation.version, active: !organisation.active },
      {
        onSuccess: async (data) => {
          await query.refetch();
          setSaved(data.setOrganisationActive.active ? 'Organisation activée.' : 'Organisation désactivée.');
        },
      },
    );
  }

  return (
    <div className="page">
      <Breadcrumb
        currentPageLabel={organisation.name}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Organisations', linkProps: { to: '/admin/organisations' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>{organisation.name}</h1>
      <p className={fr.cx('fr-text--lead')}>
        {ORGANISATION_KIND_LABELS[organisation.kind]} · version {organisation.version} · modifiée le{' '}
        {formatDateTime(organisation.updatedAt)} · <Link to={`/annuaire/${organisation.id}`}>Fiche publique</Link>
      </p>

      <StatusMessage message={saved} />

      <section aria-labelledby="titre-statut" className="card">
        <h2 id="titre-statut" className={fr.cx('fr-h4')}>
          Statut
        </h2>
        <p>
          {organisation.active ? (
            <Badge as="span" severity="success" small>
              Active
            </Badge>
          ) : (
            <Badge as="span" severity="error" small>
              Désactivée
            </Badge>
          )}
        </p>
        <p>
          {organisation.active
            ? "Cette organisation est active : elle apparaît dans l'annuaire."
            : "Cette organisation est désactivée : elle n'apparaît plus dans l'annuaire."}
        </p>
        <SaveErrorBanner
          conflict={activeErrors.conflict}
          conflictMessage={CONFLICT_MESSAGE}
          reloadLabel="Recharger l'organisation"
          onReload={() => void reload()}
          reloading={query.isFetching}
        />
        <ErrorSummary title="L'action n'a pas abouti" general={activeErrors.conflict ? null : activeErrors.general} />
        <Button variant={organisation.active ? 'danger' : 'primary'} busy={setActive.isPending} onClick={toggleActive}>
          {organisation.active ? "Désactiver l'organisation" : "Activer l'organisation"}
        </Button>
      </section>

      <section aria-labelledby="titre-modifier" className="card">
        <h2 id="titre-modifier" className={fr.cx('fr-h4')}>
          Modifier les informations
        </h2>
        <OrganisationForm
          key={organisation.version}
          initialValues={values}
          submitLabel="Enregistrer les modifications"
          validateValues={(next) =>
            validate(
              identity.updateOrganisationInput,
              toUpdateInput(organisation.id, organisation.version, values, next),
              {
                known: ORGANISATION_FIELDS,
              },
            )
          }
          pending={update.isPending}
          serverErrors={updateErrors.fields}
          serverGeneral={updateErrors.conflict ? null : updateErrors.general}
          banner={
            <SaveErrorBanner
              conflict={updateErrors.conflict}
              conflictMessage={CONFLICT_MESSAGE}
              reloadLabel="Recharger l'organisation"
              onReload={() => void reload()}
              reloading={query.isFetching}
            />
          }
          onSubmit={onSubmit}
        />
      </section>
    </div>
  );
}
