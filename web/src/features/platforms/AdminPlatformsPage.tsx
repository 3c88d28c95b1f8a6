import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import { psad } from '@maillage/shared';
import { validate } from '../../app/validation';
import { usePageTitle } from '../../app/usePageTitle';
import type { CreatePlatformInput } from '../../gql/graphql';
import { DataTable, type Column } from '../../ui/DataTable';
import { ListCount, ListView } from '../../ui/ListView';
import { pluralize } from '../identity/labels';
import {
  EMPTY_PLATFORM,
  PLATFORM_FIELDS,
  PlatformForm,
  platformErrors,
  platformPath,
  type PlatformFormValues,
} from './PlatformForm';
import { useAdminPlatforms, useCreatePlatform } from './queries';
import { StatusMessage } from '../../ui/StatusMessage';

interface Row {
  id: string;
  name: string;
  territory: { name: string; code?: string | null };
  referents: { id: string; displayName: string }[];
  partners: { id: string }[];
}

const columns: Column<Row>[] = [
  {
    key: 'name',
    header: 'Nom',
    rowHeader: true,
    cell: (row) => <Link to={`/admin/plateformes/${row.id}`}>{row.name}</Link>,
  },
  { key: 'territory', header: 'Territoire', cell: (row) => row.territory.name },
  {
    key: 'referents',
    header: 'Référents',
    cell: (row) => (row.referents.length ? row.referents.map((r) => r.displayName).join(', ') : 'Aucun'),
  },
  { key: 'partners', header: 'Partenaires', cell: (row) => row.partners.length.toLocaleString('fr-FR') },
];

function toCreateInput(values: PlatformFormValues): CreatePlatformInput {
  return {
    name: values.name.trim(),
    territoryId: values.territoryId,
    referentIds: values.referentIds,
    partnerIds: values.partnerIds,
  };
}

function CreatePlatformSection() {
  const create = useCreatePlatform();
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const errors = platformErrors(create.error);

  return (
    <section aria-labelledby="nouvelle-plateforme" className="card">
      <h2 id="nouvelle-plateforme" tabIndex={-1} className={fr.cx('fr-h4')}>
        Nouvelle plateforme
      </h2>
      <StatusMessage
        message={
          created ? (
            <>
              Plateforme « {created.name} » créée. <Link to={`/admin/plateformes/${created.id}`}>Ouvrir sa fiche</Link>
            </>
          ) : null
        }
      />
      <PlatformForm
        key={formKey}
        initialValues={EMPTY_PLATFORM}
        submitLabel="Créer la plateforme"
        validateValues={(values) =>
          validate(psad.createPlatformInput, toCreateInput(values), { known: PLATFORM_FIELDS, mapPath: platformPath })
        }
        pending={create.isPending}
        serverErrors={errors.fields}
        serverGeneral={errors.general}
        onSubmit={(values) => {
          setCreated(null);
          create.mutate(toCreateInput(values), {
            onSuccess: (data) => {
              setCreated({ id: data.createPlatform.id, name: data.createPlatform.name });
              setFormKey((key) => key + 1);
              create.reset();
            },
          });
        }}
      />
    </section>
  );
}

export function AdminPlatformsPage() {
  usePageTitle('Plateformes PSAD');
  const list = useAdminPlatforms();
  const platforms = list.data?.platforms;

  return (
    <div className="page">
      <h1>Plateformes PSAD</h1>
      <p className={fr.cx('fr-text--lead')}>
        Les plateformes de suivi et d'appui aux décrocheurs : leur territoire, leurs référents et leurs organisations
        partenaires. <a href="#nouvelle-plateforme">Créer une plateforme</a>
      </p>

      <ListView
        query={list}
        labelledBy="titre-liste"
        className="results"
        heading={<h2 id="titre-liste">Liste</h2>}
        count={
          <ListCount
            text={platforms ? pluralize(platforms.length, 'plateforme', 'plateformes', 'Aucune plateforme') : undefined}
          />
        }
      >
        <DataTable
          caption="Plateformes de suivi et d'appui aux décrocheurs"
          columns={columns}
          rows={platforms ?? []}
          rowKey={(row) => row.id}
          emptyMessage="Aucune plateforme pour l'instant."
          busy={list.isFetching}
        />
      </ListView>

      <CreatePlatformSection />
    </div>
  );
}
