import { useState } from 'react';
import type { SolutionType } from '../../../gql/graphql';
import { DateField, SelectField } from '../../../ui/Field';
import { useRecordSolution } from '../caseQueries';
import { SOLUTION_TYPE_LABELS, keysOf } from '../labels';
import { ActionForm, fieldError, runMutation, parisToday, type ActionProps } from './ActionForm';

const FIELDS = ['type', 'startDate', 'organisationId'] as const;
const LABELS = { type: 'Type de solution', startDate: 'Date de début', organisationId: 'Organisation' };

/** The solution found: its type, start date, and optionally the organisation that provides it. */
export function SolutionAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useRecordSolution(c);
  const [type, setType] = useState<SolutionType | ''>('');
  const [startDate, setStartDate] = useState(parisToday);
  const [organisationId, setOrganisationId] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  function submit() {
    const errors: Record<string, string> = {};
    if (!type) errors.type = 'Choisissez le type de solution.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) errors.startDate = 'Indiquez la date de début au format jj/mm/aaaa.';
    setClientErrors(errors);
    if (Object.keys(errors).length || !type) return;
    runMutation(mutation.mutateAsync({ type, startDate, organisationId: organisationId || null }), async () => {
      setType('');
      setOrganisationId('');
      await onDone(`Solution enregistrée : ${SOLUTION_TYPE_LABELS[type].toLowerCase()}.`);
    });
  }

  return (
    <ActionForm
      title="Enregistrer une solution"
      submitLabel="Enregistrer la solution"
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      labels={LABELS}
      anchor="action-solution"
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={async () => {
        mutation.reset();
        await onReload();
      }}
      reloading={reloading}
    >
      <SelectField
        label="Type de solution"
        name="type"
        required
        value={type}
        onValueChange={(v) => setType(v as SolutionType | '')}
        error={err('type')}
      >
        <option value="">Choisir un type…</option>
        {keysOf(SOLUTION_TYPE_LABELS).map((k) => (
          <option key={k} value={k}>
            {SOLUTION_TYPE_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <DateField
        label="Date de début"
        name="startDate"
        required
        value={startDate}
        onValueChange={setStartDate}
        error={err('startDate')}
      />
      <SelectField
        label="Organisation"
        name="organisationId"
        hint="Facultatif : le partenaire qui porte la solution."
        value={organisationId}
        onValueChange={setOrganisationId}
        error={err('organisationId')}
      >
        <option value="">Aucune</option>
        {(c.platform?.partners ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
    </ActionForm>
  );
}
