import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { tools } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { EditDeleteButtons, FormActions } from '../../ui/FormActions';
import { DateField, TextField } from '../../ui/Field';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { useNumberedPages, usePagedList } from '../../ui/usePagedList';
import { pluralize } from '../identity/labels';
import { ToolList, ToolPage, frenchDay, useToolsScope } from './parts';
import {
  useAddVeilleDocument,
  useDeleteVeilleDocument,
  useUpdateVeilleDocument,
  useVeilleDocuments,
  type VeilleItem,
} from './queries';

const FIELDS = ['title', 'url', 'publishedOn', 'summary'];
const LABELS = { title: 'Titre', url: 'Lien', publishedOn: 'Date de publication', summary: 'Résumé' };
const mapPath = (p: string) => p.replace(/^input\./, '');

function DocumentForm({
  platformId,
  editing,
  onDone,
}: {
  platformId: string;
  editing: VeilleItem | null;
  onDone: () => void;
}) {
  const [values, setValues] = useState(() => ({
    title: editing?.title ?? '',
    url: editing?.url ?? 'https://',
    publishedOn: editing?.publishedOn ?? '',
    summary: editing?.summary ?? '',
  }));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const add = useAddVeilleDocument();
  const update = useUpdateVeilleDocument();
  const mutation = editing ? update : add;
  const server = splitErrors(mutation.error, FIELDS, mapPath);
  const errors = { ...server.fields, ...clientErrors };
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  const set = (k: keyof typeof values) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, publishedOn: values.publishedOn || null, summary: values.summary || null };
    const found = validate(tools.updateVeilleDocument.omit({ id: true, version: true }), input, { mapPath });
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    if (editing) update.mutate({ id: editing.id, version: editing.version, ...input }, { onSuccess: onDone });
    else add.mutate({ platformId, ...input }, { onSuccess: onDone });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className={fr.cx('fr-mb-4w')}>
      <h2 className={fr.cx('fr-h4')}>{editing ? `Modifier « ${editing.title} »` : 'Ajouter un document'}</h2>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Ce document a été modifié entre-temps. Rechargez-le avant de le modifier."
        reloadLabel="Fermer et recharger"
        onReload={onDone}
        reloading={false}
        general={null}
      />
      <TextField
        label="Titre"
        name="title"
        required
        value={values.title}
        onValueChange={set('title')}
        error={errors.title}
      />
      <TextField
        label="Lien"
        name="url"
        type="url"
        required
        hint="Une adresse sécurisée, commençant par https://"
        value={values.url}
        onValueChange={set('url')}
        error={errors.url}
      />
      <DateField
        label="Date de publication"
        name="publishedOn"
        value={values.publishedOn}
        onValueChange={set('publishedOn')}
        error={errors.publishedOn}
      />
      <TextField
        label="Résumé"
        name="summary"
        value={values.summary}
        onValueChange={set('summary')}
        error={errors.summary}
      />
      <FormActions
        errors={{ fields: errors, general: server.conflict ? null : server.general, labels: LABELS }}
        submitLabel={editing ? 'Enregistrer' : 'Ajouter le document'}
        busy={mutation.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

/** « Veille documentaire »: reference texts shared by the platform's referents with its partners. */
export function VeillePage() {
  usePageTitle('Veille documentaire');
  const scope = useToolsScope();
  const pager = usePagedList(scope.platformId ?? 'all');
  const list = useVeilleDocuments(scope.platformId, pager.request);
  const connection = list.data;
  const { pagination } = useNumberedPages(pager, connection, list.isPlaceholderData);
  const remove = useDeleteVeilleDocument();
  const [editing, setEditing] = useState<VeilleItem | 'new' | null>(null);
  const platformId = scope.platform?.id;
  return (
    <ToolPage
      title="Veille documentaire"
      lead="Textes de référence, rapports et ressources partagés par la plateforme avec ses partenaires, du plus récent au plus ancien."
    >
      {scope.isReferent && platformId ? (
        <Button className={fr.cx('fr-mb-3w')} onClick={() => setEditing('new')}>
          Ajouter un document
        </Button>
      ) : null}
      <ToolList
        form={
          editing && platformId ? (
            <DocumentForm
              key={editing === 'new' ? 'new' : editing.id}
              platformId={platformId}
              editing={editing === 'new' ? null : editing}
              onDone={() => setEditing(null)}
            />
          ) : null
        }
        removeError={remove.isError ? remove.error : null}
        query={list}
        countText={
          connection
            ? pluralize(connection.totalCount, 'document', 'documents', 'Aucun document pour le moment.')
            : undefined
        }
        stale={list.isPlaceholderData}
        paginationLabel="Pages de la veille"
        pagination={pagination}
      >
        <ul className="tools__veille" aria-busy={list.isFetching || undefined}>
          {(connection?.nodes ?? []).map((d) => (
            <li key={d.id} className={fr.cx('fr-mb-3w')}>
              <h2 className={fr.cx('fr-h6', 'fr-mb-1v')}>
                <a href={d.url} target="_blank" rel="noopener noreferrer" title={`${d.title} - nouvelle fenêtre`}>
                  {d.title}
                </a>
              </h2>
              {d.publishedOn || d.addedByName ? (
                <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
                  {[
                    d.publishedOn ? `Publié le ${frenchDay(d.publishedOn)}` : null,
                    d.addedByName ? `Ajouté par ${d.addedByName}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              ) : null}
              {d.summary ? <p className={fr.cx('fr-mb-1v')}>{d.summary}</p> : null}
              {d.canEdit ? (
                <EditDeleteButtons
                  name={d.title}
                  onEdit={() => setEditing(d)}
                  confirmMessage={`Supprimer « ${d.title} » de la veille ?`}
                  onDelete={() => remove.mutate({ id: d.id, version: d.version })}
                  deleting={remove.isPending && remove.variables?.id === d.id}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </ToolList>
    </ToolPage>
  );
}
