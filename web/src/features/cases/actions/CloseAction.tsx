import { useState } from 'react';
import type { CloseOutcome } from '../../../gql/graphql';
import { Field, SelectField } from '../../../ui/Field';
import { useCloseCase } from '../caseQueries';
import { CLOSE_OUTCOME_LABELS, keysOf } from '../labels';
import { ActionForm, fieldError, runMutation, type ActionProps } from './ActionForm';

const FIELDS = ['outcome', 'comment'] as const;

/** Closing with an outcome; the server checks the guards (solution recorded, injoignable rule, comment for AUTRE). */
export function CloseAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useCloseCase(c);
  const [outcome, setOutcome] = useState<CloseOutcome | ''>('');
  const [comment, setComment] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  function submit() {
    const errors: Record<string, string> = {};
    if (!outcome) errors.outcome = 'Choisissez le motif de clôture.';
    if (outcome === 'AUTRE' && !comment.trim()) errors.comment = 'Un commentaire est obligatoire pour le motif « Autre ».';
    if (comment.length > 2000) errors.comment = 'Le commentaire fait 2000 caractères au plus.';
    setClientErrors(errors);
    if (Object.keys(errors).length || !outcome) return;
    runMutation(mutation.mutateAsync({ outcome, comment: comment.trim() || null }), async () => onDone(`Suivi clôturé : ${CLOSE_OUTCOME_LABELS[outcome].toLowerCase()}.`));
  }

  const hint =
    outcome === 'INJOIGNABLE' && !c.flags.injoignableReached
      ? 'Le seuil « injoignable » n’est pas encore atteint : la clôture sera refusée.'
      : outcome === 'SOLUTION_CONFIRMEE' && c.status !== 'SOLUTION'
        ? 'Enregistrez d’abord la solution.'
        : undefined;

  return (
    <ActionForm
      title="Clôturer le suivi"
      submitLabel="Clôturer"
      variant="danger"
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
      <SelectField label="Motif de clôture" required hint={hint} value={outcome} onValueChange={(v) => setOutcome(v as CloseOutcome | '')} error={err('outcome')}>
        <option value="">Choisir un motif…</option>
        {keysOf(CLOSE_OUTCOME_LABELS).map((k) => (
          <option key={k} value={k}>
            {CLOSE_OUTCOME_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <Field label="Commentaire" required={outcome === 'AUTRE'} hint="Obligatoire pour le motif « Autre », 2000 caractères au plus." error={err('comment')}>
        {(props) => <textarea {...props} rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />}
      </Field>
    </ActionForm>
  );
}
