import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import {
  DUTY_INVOLVEMENTS,
  DUTY_INVOLVEMENT_LABELS,
  DUTY_ROLES,
  DUTY_ROLE_LABELS,
  type DutyInvolvement,
  type DutyRole,
} from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { SelectField, TextField } from '../../ui/Field';
import { EditDeleteButtons, FormActions } from '../../ui/FormActions';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { useChosenCio, useOrientationCios } from './cios';
import { useCreateDuty, useDeleteDuty, useDuties, useUpdateDuty, type DutyItem } from './queries';
import '../../ui/styles/orientation.css';

function DutyForm({ cioId, editing, onDone }: { cioId: string; editing: DutyItem | null; onDone: () => void }) {
  const [label, setLabel] = useState(editing?.label ?? '');
  const [cells, setCells] = useState<Partial<Record<DutyRole, DutyInvolvement>>>(() =>
    Object.fromEntries((editing?.cells ?? []).map((c) => [c.role, c.involvement])),
  );
  const create = useCreateDuty();
  const update = useUpdateDuty();
  const mutation = editing ? update : create;
  const server = splitErrors(mutation.error, ['label', 'cells'], (p) => p.replace(/^input\./, '').replace(/\..*$/, ''));
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, server.fields);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const list = DUTY_ROLES.flatMap((role) => (cells[role] ? [{ role, involvement: cells[role] }] : []));
    if (editing) update.mutate({ id: editing.id, version: editing.version, label, cells: list }, { onSuccess: onDone });
    else create.mutate({ cioId, label, cells: list }, { onSuccess: onDone });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="orientation__form">
      <h2 className={fr.cx('fr-h5')}>{editing ? 'Modifier la responsabilité' : 'Ajouter une responsabilité'}</h2>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Cette responsabilité a été modifiée entre-temps. Fermez le formulaire pour la recharger."
        reloadLabel="Fermer et recharger"
        onReload={onDone}
        reloading={false}
        general={null}
      />
      <TextField label="Responsabilité" required value={label} onValueChange={setLabel} error={server.fields.label} />
      <div className="orientation__filters">
        {DUTY_ROLES.map((role) => (
          <SelectField
            key={role}
            label={DUTY_ROLE_LABELS[role]}
            value={cells[role] ?? ''}
            onValueChange={(v) => setCells((c) => ({ ...c, [role]: (v || undefined) as DutyInvolvement | undefined }))}
          >
            <option value="">—</option>
            {DUTY_INVOLVEMENTS.map((i) => (
              <option key={i} value={i}>
                {DUTY_INVOLVEMENT_LABELS[i]}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <FormActions
        errors={{ fields: server.fields, general: server.general, labels: { label: 'Responsabilité', cells: 'Rôles' } }}
        submitLabel={editing ? 'Enregistrer' : 'Ajouter'}
        busy={mutation.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

/** « Qui fait quoi ? »: each responsibility of the experiment and each role's part in it. */
export function DutiesPage() {
  usePageTitle('Qui fait quoi ?');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const duties = useDuties(cio?.id);
  const remove = useDeleteDuty();
  const [editing, setEditing] = useState<DutyItem | 'new' | null>(null);
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  return (
    <div className="page orientation">
      <h1>Qui fait quoi ?</h1>
      {picker}
      {!cio ? (
        <p>Vous n’êtes rattaché à aucun CIO ni à aucun établissement d’un réseau.</p>
      ) : (
        <>
          <p>
            Les responsabilités de chacun dans l’expérimentation de {cio.name} : qui pilote, qui contribue, qui est
            informé.
          </p>
          {editing ? (
            <DutyForm
              key={editing === 'new' ? 'new' : editing.id}
              cioId={cio.id}
              editing={editing === 'new' ? null : editing}
              onDone={() => setEditing(null)}
            />
          ) : cio.canDirect ? (
            <Button onClick={() => setEditing('new')} className={fr.cx('fr-mb-2w')}>
              Ajouter une responsabilité
            </Button>
          ) : null}
          {duties.isError ? (
            <ErrorState error={duties.error} onRetry={() => void duties.refetch()} />
          ) : !duties.data ? (
            <LoadingState />
          ) : duties.data.orientationDuties.length === 0 ? (
            <p>Aucune responsabilité n’est encore décrite.</p>
          ) : (
            <div className={fr.cx('fr-table', 'fr-table--bordered')}>
              <table className="orientation__matrix">
                <caption>Responsabilités par rôle</caption>
                <thead>
                  <tr>
                    <th scope="col">Responsabilité</th>
                    {DUTY_ROLES.map((r) => (
                      <th key={r} scope="col">
                        {DUTY_ROLE_LABELS[r]}
                      </th>
                    ))}
                    {cio.canDirect ? <th scope="col">Actions</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {duties.data.orientationDuties.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.label}</th>
                      {DUTY_ROLES.map((r) => {
                        const cell = d.cells.find((c) => c.role === r);
                        return <td key={r}>{cell ? DUTY_INVOLVEMENT_LABELS[cell.involvement] : '—'}</td>;
                      })}
                      {cio.canDirect ? (
                        <td>
                          <EditDeleteButtons
                            name={d.label}
                            onEdit={() => setEditing(d)}
                            confirmMessage={`Retirer « ${d.label} » du « qui fait quoi ? » ?`}
                            onDelete={() => remove.mutate({ id: d.id, version: d.version })}
                            deleting={remove.isPending && remove.variables?.id === d.id}
                          />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
