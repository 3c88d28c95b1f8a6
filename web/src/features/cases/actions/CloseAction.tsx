import { fr } from '@codegouvfr/react-dsfr';
import { useState } from 'react';
import { psad, transition, type CaseFacts } from '@maillage/shared';
import { validate } from '../../../app/validation';
import type { CloseOutcome } from '../../../gql/graphql';
import { Field, SelectField } from '../../../ui/Field';
import type { CaseDetail } from '../caseQueries';
import { useCloseCase } from '../caseQueries';
import { CLOSE_OUTCOME_LABELS, keysOf } from '../labels';
import { ActionForm, fieldError, runMutation, type ActionProps } from './ActionForm';

const FIELDS = ['outcome', 'comment'] as const;
const LABELS = { outcome: 'Motif de clôture', comment: 'Commentaire' };

const factsOf = (c: CaseDetail): CaseFacts => ({
  status: c.status,
  hasSolution: Boolean(c.solutionType),
  attempts: c.contactAttempts.map((a) => ({ date: new Date(a.attemptedAt), channel: a.channel, result: a.result })),
});

/**
 * Why the shared case machine would refuse this closing now (null when it would not). The
 * « injoignable » threshold is the server's (configurable), so its flag decides for that outcome.
 */
function refusalOf(c: CaseDetail, outcome: CloseOutcome, comment: string): string | null {
  const result = transition(factsOf(c), { type: 'CLOSE', outcome, comment });
  if (outcome === 'INJOIGNABLE')
    return c.flags.injoignableReached
      ? null
      : result.ok
        ? 'Le seuil « injoignable » n’est pas encore atteint.'
        : result.reason;
  return result.ok ? null : result.reason;
}

/** The step that lifts a refusal, when there is one on the page. */
const STEP_OF: Partial<Record<CloseOutcome, { href: string; label: string }>> = {
  SOLUTION_CONFIRMEE: { href: '#action-solution', label: 'Enregistrer une solution' },
};

/**
 * Closing with an outcome. The outcomes the case machine (shared) refuses in the case's state are
 * not offered; the reasons are listed under the select with the step to take first. The server
 * checks the same rules again.
 */
export function CloseAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useCloseCase(c);
  const [outcome, setOutcome] = useState<CloseOutcome | ''>('');
  const [comment, setComment] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  // AUTRE needs a comment, which is typed here: it is offered, and checked on submit.
  const outcomes = keysOf(CLOSE_OUTCOME_LABELS);
  const refused = outcomes.filter((k) => k !== 'AUTRE' && refusalOf(c, k, 'x') !== null);
  const offered = outcomes.filter((k) => !refused.includes(k));

  function submit() {
    const errors: Record<string, string> = {};
    if (!outcome) errors.outcome = 'Choisissez le motif de clôture.';
    else {
      const refusal = refusalOf(c, outcome, comment);
      if (refusal) errors[outcome === 'AUTRE' ? 'comment' : 'outcome'] = refusal;
    }
    Object.assign(
      errors,
      validate(psad.caseActions.close, { caseId: c.id, version: c.version, outcome, comment }, { known: ['comment'] }),
    );
    setClientErrors(errors);
    if (Object.keys(errors).length || !outcome) return;
    runMutation(mutation.mutateAsync({ outcome, comment: comment.trim() || null }), async () =>
      onDone(`Suivi clôturé : ${CLOSE_OUTCOME_LABELS[outcome].toLowerCase()}.`),
    );
  }

  return (
    <ActionForm
      title="Clôturer le suivi"
      submitLabel="Clôturer"
      variant="danger"
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
        label="Motif de clôture"
        name="outcome"
        required
        value={outcome}
        onValueChange={(v) => setOutcome(v as CloseOutcome | '')}
        error={err('outcome')}
      >
        <option value="">Choisir un motif…</option>
        {offered.map((k) => (
          <option key={k} value={k}>
            {CLOSE_OUTCOME_LABELS[k]}
          </option>
        ))}
      </SelectField>
      {refused.length ? (
        <div className={fr.cx('fr-mb-3w', 'fr-text--sm')}>
          <p className={fr.cx('fr-mb-1v')}>Pas encore possibles :</p>
          <ul>
            {refused.map((k) => (
              <li key={k}>
                {CLOSE_OUTCOME_LABELS[k]} — {refusalOf(c, k, 'x')}
                {STEP_OF[k] && c.allowedActions.includes('RECORD_SOLUTION') ? (
                  <>
                    {' '}
                    <a href={STEP_OF[k].href}>{STEP_OF[k].label}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Field
        label="Commentaire"
        required={outcome === 'AUTRE'}
        hint={`Obligatoire pour le motif « Autre », ${psad.CASE_NOTE_MAX} caractères au plus.`}
        error={err('comment')}
      >
        {(props) => (
          <textarea
            {...props}
            name="comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        )}
      </Field>
    </ActionForm>
  );
}
