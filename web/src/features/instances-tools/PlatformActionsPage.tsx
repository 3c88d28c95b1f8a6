import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { PLATFORM_ACTION_KIND_LABELS, PLATFORM_ACTION_KINDS, tools, type PlatformActionKind } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { DataTable, type Column } from '../../ui/DataTable';
import { EditDeleteButtons, FormActions } from '../../ui/FormActions';
import { CheckboxField, DateField, SelectField, TextField } from '../../ui/Field';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { useNumberedPages, usePagedList } from '../../ui/usePagedList';
import { pluralize } from '../identity/labels';
import { usePsadPlatform } from '../platforms/queries';
import { Fieldset } from '../instances/parts';
import { ActionCasesField } from './ActionCasesField';
import { ToolList, ToolPage, frenchDay, useToolsScope } from './parts';
import {
  useCreatePlatformAction,
  useDeletePlatformAction,
  usePlatformActions,
  useUpdatePlatformAction,
  type PlatformActionItem,
} from './queries';

interface Values {
  kind: PlatformActionKind | '';
  title: string;
  heldOn: string;
  description: string;
  participants: string;
  partnerOrganisationIds: string[];
  caseIds: string[];
}
const FIELDS = ['kind', 'title', 'heldOn', 'description', 'participants', 'partnerOrganisationIds', 'caseIds'];
const LABELS = {
  kind: 'Type d’action',
  title: 'Intitulé',
  heldOn: 'Date',
  description: 'Description',
  participants: 'Nombre de jeunes participants',
  partnerOrganisationIds: 'Partenaires',
  caseIds: 'Jeunes de la liste de suivi',
};
const mapPath = (p: string) =>
  p
    .replace(/^input\./, '')
    .replace(/^partnerOrganisationIds\.\d+$/, 'partnerOrganisationIds')
    .replace(/^caseIds\.\d+$/, 'caseIds');

function ActionForm({
  platformId,
  editing,
  onDone,
}: {
  platformId: string;
  editing: PlatformActionItem | null;
  onDone: () => void;
}) {
  const [values, setValues] = useState<Values>(() => ({
    kind: editing?.kind ?? '',
    title: editing?.title ?? '',
    heldOn: editing?.heldOn ?? '',
    description: editing?.description ?? '',
    participants: editing ? String(editing.participants) : '0',
    partnerOrganisationIds: editing?.partnerOrganisations.map((o) => o.id) ?? [],
    caseIds: editing?.caseIds ?? [],
  }));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const partners = usePsadPlatform(platformId);
  const create = useCreatePlatformAction();
  const update = useUpdatePlatformAction();
  const mutation = editing ? update : create;
  const server = splitErrors(mutation.error, FIELDS, mapPath);
  const errors = { ...server.fields, ...clientErrors };
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, errors);
  const set = (k: keyof Values) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      kind: values.kind as PlatformActionKind,
      title: values.title,
      heldOn: values.heldOn,
      description: values.description || null,
      participants: /^\d+$/.test(values.participants.trim())
        ? Number(values.participants.trim())
        : (values.participants as never),
      partnerOrganisationIds: values.partnerOrganisationIds,
      caseIds: values.caseIds,
    };
    const found = validate(tools.platformActionValues, input, { mapPath });
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    if (editing) update.mutate({ id: editing.id, version: editing.version, ...input }, { onSuccess: onDone });
    else create.mutate({ platformId, ...input }, { onSuccess: onDone });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className={fr.cx('fr-mb-4w')}>
      <h2 className={fr.cx('fr-h4')}>{editing ? `Modifier « ${editing.title} »` : 'Ajouter une action'}</h2>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Cette action a été modifiée entre-temps. Rechargez-la avant de la modifier."
        reloadLabel="Fermer et recharger"
        onReload={onDone}
        reloading={false}
        general={null}
      />
      <SelectField
        label="Type d’action"
        name="kind"
        required
        value={values.kind}
        onValueChange={set('kind')}
        error={errors.kind}
      >
        <option value="">Choisir un type</option>
        {PLATFORM_ACTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {PLATFORM_ACTION_KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Intitulé"
        name="title"
        required
        value={values.title}
        onValueChange={set('title')}
        error={errors.title}
      />
      <DateField
        label="Date"
        name="heldOn"
        required
        value={values.heldOn}
        onValueChange={set('heldOn')}
        error={errors.heldOn}
      />
      <TextField
        label="Description"
        name="description"
        value={values.description}
        onValueChange={set('description')}
        error={errors.description}
      />
      <TextField
        label="Nombre de jeunes participants"
        name="participants"
        inputMode="numeric"
        value={values.participants}
        onValueChange={set('participants')}
        error={errors.participants}
        hint="Au moins le nombre de jeunes de la liste de suivi liés à l’action."
      />
      <Fieldset legend="Partenaires associés" field="partnerOrganisationIds">
        {(partners.data?.platform?.partners ?? []).map((o) => (
          <CheckboxField
            key={o.id}
            label={o.name}
            name="partnerOrganisationIds"
            value={o.id}
            checked={values.partnerOrganisationIds.includes(o.id)}
            onCheckedChange={(checked) =>
              setValues((prev) => ({
                ...prev,
                partnerOrganisationIds: checked
                  ? [...prev.partnerOrganisationIds, o.id]
                  : prev.partnerOrganisationIds.filter((id) => id !== o.id),
              }))
            }
          />
        ))}
        {errors.partnerOrganisationIds ? (
          <p className={fr.cx('fr-error-text')} role="alert">
            {errors.partnerOrganisationIds}
          </p>
        ) : null}
      </Fieldset>
      <Fieldset
        legend="Jeunes de la liste de suivi"
        hint="Facultatif : les jeunes suivis par la plateforme qui ont participé."
        field="caseIds"
      >
        <ActionCasesField
          platformId={platformId}
          action={editing ? { id: editing.id, heldOn: editing.heldOn } : null}
          caseIds={values.caseIds}
          onChange={(caseIds) => setValues((prev) => ({ ...prev, caseIds }))}
          error={errors.caseIds}
        />
      </Fieldset>
      <FormActions
        errors={{ fields: errors, general: server.conflict ? null : server.general, labels: LABELS }}
        submitLabel={editing ? 'Enregistrer' : 'Ajouter l’action'}
        busy={mutation.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

/** « Actions de la plateforme »: ateliers, forums, événements, counted in the bilan. */
export function PlatformActionsPage() {
  usePageTitle('Actions de la plateforme');
  const scope = useToolsScope();
  const pager = usePagedList(scope.platformId ?? 'all');
  const list = usePlatformActions(scope.platformId, pager.request);
  const connection = list.data;
  const { pagination } = useNumberedPages(pager, connection, list.isPlaceholderData);
  const remove = useDeletePlatformAction();
  const [editing, setEditing] = useState<PlatformActionItem | 'new' | null>(null);
  const platformId = scope.platform?.id;
  const columns: Column<PlatformActionItem>[] = [
    { key: 'date', header: 'Date', cell: (a) => frenchDay(a.heldOn) },
    { key: 'kind', header: 'Type', cell: (a) => PLATFORM_ACTION_KIND_LABELS[a.kind] },
    { key: 'title', header: 'Intitulé', rowHeader: true, cell: (a) => a.title },
    {
      key: 'partners',
      header: 'Partenaires',
      cell: (a) => a.partnerOrganisations.map((o) => o.name).join(', ') || '—',
    },
    { key: 'participants', header: 'Jeunes participants', cell: (a) => a.participants },
    ...(scope.isReferent
      ? [
          {
            key: 'edit',
            header: 'Actions',
            cell: (a: PlatformActionItem) =>
              a.canEdit ? (
                <EditDeleteButtons
                  name={a.title}
                  onEdit={() => setEditing(a)}
                  confirmMessage={`Supprimer l’action « ${a.title} » ?`}
                  onDelete={() => remove.mutate({ id: a.id, version: a.version })}
                  deleting={remove.isPending && remove.variables?.id === a.id}
                />
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <ToolPage
      title="Actions de la plateforme"
      lead="Les ateliers, forums et événements que la plateforme mène avec ses partenaires ; ils sont comptés dans son bilan."
    >
      {scope.isReferent && platformId ? (
        <Button className={fr.cx('fr-mb-3w')} onClick={() => setEditing('new')}>
          Ajouter une action
        </Button>
      ) : null}
      <ToolList
        form={
          editing && platformId ? (
            <ActionForm
              key={editing === 'new' ? 'new' : editing.id}
              platformId={platformId}
              editing={editing === 'new' ? null : editing}
              onDone={() => setEditing(null)}
            />
          ) : null
        }
        removeError={remove.isError ? remove.error : null}
        query={list}
        countText={connection ? pluralize(connection.totalCount, 'action', 'actions') : undefined}
        stale={list.isPlaceholderData}
        paginationLabel="Pages des actions"
        pagination={pagination}
      >
        <DataTable
          caption={`Actions (${connection?.totalCount ?? 0})`}
          columns={columns}
          rows={connection?.nodes ?? []}
          rowKey={(a) => a.id}
          busy={list.isFetching}
          emptyMessage="Aucune action enregistrée."
        />
      </ToolList>
    </ToolPage>
  );
}
