import { useState } from 'react';
import { psad } from '@maillage/shared';
import { validate } from '../../../app/validation';
import type { SituationFinding } from '../../../gql/graphql';
import { Field, SelectField } from '../../../ui/Field';
import { useRecordSituationCheck } from '../caseQueries';
import { SITUATION_FINDING_LABELS, keysOf } from '../labels';
import { ActionForm, fieldError, runMutation, type ActionProps } from './ActionForm';

const FIELDS = ['finding', 'note'] as const;
const LABELS = { finding: 'Constat', note: 'Note' };

/** A situation check: the young person may already be in training, employment, or have moved. */
export function SituationCheckAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useRecordSituationCheck(c);
  const [finding, setFinding] = useState<SituationFinding | ''>('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  function submit() {
    const errors: Record<string, string> = {};
    if (!finding) errors.finding = 'Choisissez le constat.';
    Object.assign(
      errors,
      validate(psad.caseActions.check, { caseId: c.id, version: c.version, finding, note }, { known: ['note'] }),
    );
    setClientErrors(errors);
    if (Object.keys(errors).length || !finding) return;
    runMutation(mutation.mutateAsync({ finding, note: note.trim() || null }), async () => {
      setFinding('');
      setNote('');
      await onDone(`Vérification de situation enregistrée : ${SITUATION_FINDING_LABELS[finding].toLowerCase()}.`);
    });
  }

  return (
    <ActionForm
      title="Vérifier la situation"
      submitLabel="Enregistrer la vérification"
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      labels={LABELS}
      clientErrors={clientErrors}
      onSubmit={submit}
      onReload={async () => {
        mutation.reset();
        await onReload();
      }}
      reloading={reloading}
    >
      <SelectField
        label="Constat"
        name="finding"
        required
        value={finding}
        onValueChange={(v) => setFinding(v as SituationFinding | '')}
        error={err('finding')}
      >
        <option value="">Choisir un constat…</option>
        {keysOf(SITUATION_FINDING_LABELS).map((k) => (
          <option key={k} value={k}>
            {SITUATION_FINDING_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <Field
        label="Note"
        hint={`Facultative, ${psad.CASE_NOTE_MAX} caractères au plus. Visible dans l’historique du suivi.`}
        error={err('note')}
      >
        {(props) => (
          <textarea {...props} name="note" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
        )}
      </Field>
    </ActionForm>
  );
}
