import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useParams } from 'react-router-dom';
import { psad } from '@maillage/shared';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { validate } from '../../app/validation';
import type { UpdatePlatformInput } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { pluralize } from '../identity/labels';
import {
  PLATFORM_FIELDS,
  PlatformForm,
  platformErrors,
  platformPath,
  platformToValues,
  type PlatformFormValues,
} from './PlatformForm';
import { useAdminPlatform, useUpdatePlatform } from './queries';
import { StatusMessage } from '../../ui/StatusMessage';

const CONFLICT_MESSAGE =
  "Cette plateforme a été modifiée entre-temps par quelqu'un d'autre. Rechargez-la pour repartir de sa dernière version : vos saisies non enregistrées seront perdues.";

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Only the fields that changed. */
function toUpdateInput(
  id: string,
  version: number,
  before: PlatformFormValues,
  after: PlatformFormValues,
): UpdatePlatformInput {
  const input: UpdatePlatformInput = { id, version };
  if (after.name.trim() !== before.name) input.name = after.name.trim();
  if (after.territoryId !== before.territoryId) input.territoryId = after.territoryId;
  if (!sameSet(after.referentIds, before.referentIds)) input.referentIds = after.referentIds;
  if (!sameSet(after.partnerIds, before.partnerIds)) input.partnerIds = after.partnerIds;
  return input;
}

export function AdminPlatformPage() {
  const { id = '' } = useParams();
  const query = useAdminPlatform(id);
  const update = useUpdatePlatform();
  const [saved, setSaved] = useState<string | null>(null);
  const platform = query.data?.platform;
  usePageTitle(platform ? `${platform.name} — Plateformes PSAD` : 'Plateforme PSAD');

  if (query.isPending) return <LoadingState />;
  if (
    (query.isSuccess && !platform) ||
    isErrorCode(query.error, 'NOT_FOUND') ||
    isErrorCode(query.error, 'BAD_USER_INPUT')
  ) {
    return (
      <div className="page">
        <h1>Plateforme introuvable</h1>
        <p>
          <Link to="/admin/plateformes">Retour à la liste des plateformes</Link>
        </p>
      </div>
    );
  }
  if (query.isError || !platform) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const values = platformToValues(platform);
  const errors = platformErrors(update.error);

  async function reload() {
    update.reset();
    setSaved(null);
    await query.refetch();
  }

  function onSubmit(next: PlatformFormValues) {
    if (!platform) return;
    setSaved(null);
    const input = toUpdateInput(platform.id, platform.version, values, next);
    if (Object.keys(input).length === 2) {
      setSaved('Aucune modification à enregistrer.');
      return;
    }
    update.mutate(input, {
      onSuccess: async () => {
        await query.refetch();
        setSaved('Modifications enregistrées.');
      },
    });
  }

  return (
    <div className="page">
      <Breadcrumb
        currentPageLabel={platform.name}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Plateformes PSAD', linkProps: { to: '/admin/plateformes' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>{platform.name}</h1>
      <p className={fr.cx('fr-text--lead')}>
        {platform.territory.name} · {pluralize(platform.referents.length, 'référent', 'référents', 'aucun référent')} ·{' '}
        {pluralize(platform.partners.length, 'partenaire', 'partenaires', 'aucun partenaire')} · version{' '}
        {platform.version}
      </p>

      <StatusMessage message={saved} />

      <section aria-labelledby="titre-modifier" className="card">
        <h2 id="titre-modifier" className={fr.cx('fr-h4')}>
          Modifier la plateforme
        </h2>
        <PlatformForm
          key={platform.version}
          initialValues={values}
          initialPartners={platform.partners}
          submitLabel="Enregistrer les modifications"
          validateValues={(next) =>
            validate(psad.updatePlatformInput, toUpdateInput(platform.id, platform.version, values, next), {
              known: PLATFORM_FIELDS,
              mapPath: platformPath,
            })
          }
          pending={update.isPending}
          serverErrors={errors.fields}
          serverGeneral={errors.conflict ? null : errors.general}
          banner={
            <SaveErrorBanner
              conflict={errors.conflict}
              conflictMessage={CONFLICT_MESSAGE}
              reloadLabel="Recharger la plateforme"
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
