import { useState } from 'react';
import type { ContactChannel, ContactResult } from '../../../gql/graphql';
import { SelectField, TextField } from '../../../ui/Field';
import { useRecordContactAttempt } from '../caseQueries';
import { CONTACT_CHANNEL_LABELS, CONTACT_RESULT_LABELS, keysOf } from '../labels';
import { ActionForm, fieldError, runMutation, parisInputToIso, toParisInput, type ActionProps } from './ActionForm';

const FIELDS = ['attemptedAt', 'channel', 'result'] as const;

/** A contact attempt: when (Europe/Paris), by which channel, with which result. */
export function ContactAttemptAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useRecordContactAttempt(c);
  const [attemptedAt, setAttemptedAt] = useState(() => toParisInput(new Date()));
  const [channel, setChannel] = useState<ContactChannel | ''>('');
  const [result, setResult] = useState<ContactResult | ''>('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  function submit() {
    const errors: Record<string, string> = {};
    const iso = parisInputToIso(attemptedAt);
    if (!iso) errors.attemptedAt = 'Indiquez la date et l’heure de la tentative.';
    else if (new Date(iso).getTime() > Date.now() + 5 * 60_000) errors.attemptedAt = 'La tentative ne peut pas être dans le futur.';
    if (!channel) errors.channel = 'Choisissez le canal.';
    if (!result) errors.result = 'Choisissez le résultat.';
    setClientErrors(errors);
    if (Object.keys(errors).length || !iso || !channel || !result) return;
    runMutation(mutation.mutateAsync({ attemptedAt: iso, channel, result }), async () => {
          setChannel('');
          setResult('');
          setAttemptedAt(toParisInput(new Date()));
          await onDone(`Tentative de contact enregistrée (${CONTACT_CHANNEL_LABELS[channel]}, ${CONTACT_RESULT_LABELS[result].toLowerCase()}).`);
        });
  }

  return (
    <ActionForm
      title="Enregistrer une tentative de contact"
      submitLabel="Enregistrer la tentative"
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
      <TextField
        type="datetime-local"
        label="Date et heure"
        hint="Heure de Paris."
        required
        value={attemptedAt}
        onValueChange={setAttemptedAt}
        max={toParisInput(new Date())}
        error={err('attemptedAt')}
      />
      <SelectField label="Canal" required value={channel} onValueChange={(v) => setChannel(v as ContactChannel | '')} error={err('channel')}>
        <option value="">Choisir un canal…</option>
        {keysOf(CONTACT_CHANNEL_LABELS).map((k) => (
          <option key={k} value={k}>
            {CONTACT_CHANNEL_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Résultat" required value={result} onValueChange={(v) => setResult(v as ContactResult | '')} error={err('result')}>
        <option value="">Choisir un résultat…</option>
        {keysOf(CONTACT_RESULT_LABELS).map((k) => (
          <option key={k} value={k}>
            {CONTACT_RESULT_LABELS[k]}
          </option>
        ))}
      </SelectField>
    </ActionForm>
  );
}
