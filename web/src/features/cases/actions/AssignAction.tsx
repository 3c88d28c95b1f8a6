import { useState } from 'react';
import { SelectField, TextField } from '../../../ui/Field';
import { useAssignCase, useReassignCase } from '../caseQueries';
import { ActionForm, fieldError, runMutation, type ActionProps } from './ActionForm';

const FIELDS = ['organisationId', 'reason'] as const;

/** Assignment of a case still to be handled (ASSIGN) or reassignment to another partner (REASSIGN): referents only. */
export function AssignAction({ case: c, onDone, onReload, reloading, mode }: ActionProps & { mode: 'assign' | 'reassign' }) {
  const assign = useAssignCase(c);
  const reassign = useReassignCase(c);
  const mutation = mode === 'assign' ? assign : reassign;
  const partners = (c.platform?.partners ?? []).filter((p) => mode === 'assign' || p.id !== c.assignedOrganisation?.id);
  const [organisationId, setOrganisationId] = useState('');
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  function submit() {
    const errors: Record<string, string> = {};
    if (!organisationId) errors.organisationId = 'Choisissez le partenaire.';
    setClientErrors(errors);
    if (Object.keys(errors).length) return;
    const name = partners.find((p) => p.id === organisationId)?.name ?? 'le partenaire';
    runMutation<unknown>(mutation.mutateAsync({ organisationId, reason: reason.trim() || null }), async () => {
          setOrganisationId('');
          setReason('');
          await onDone(mode === 'assign' ? `Suivi affecté à ${name}.` : `Suivi réaffecté à ${name}.`);
        });
  }

  return (
    <ActionForm
      title={mode === 'assign' ? 'Affecter le suivi' : 'Réaffecter le suivi'}
      description={mode === 'assign' ? 'Confie le suivi à un partenaire de la plateforme.' : 'Confie le suivi à un autre partenaire de la plateforme.'}
      submitLabel={mode === 'assign' ? 'Affecter' : 'Réaffecter'}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={async () => {
        mutation.reset();
        await onReload();
      }}
      reloading={reloading}
    >
      <SelectField label="Partenaire" required value={organisationId} onValueChange={setOrganisationId} error={err('organisationId')}>
        <option value="">Choisir un partenaire…</option>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField label="Motif" hint="Facultatif." value={reason} onValueChange={setReason} maxLength={500} error={err('reason')} />
    </ActionForm>
  );
}
