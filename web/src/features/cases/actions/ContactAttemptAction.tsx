import { useState } from 'react';
import type { ContactChannel, ContactResult } from '../../../gql/graphql';
import { DateField, SelectField, TextField } from '../../../ui/Field';
import { useRecordContactAttempt } from '../caseQueries';
import { CONTACT_CHANNEL_LABELS, CONTACT_RESULT_LABELS, keysOf } from '../labels';
import { ActionForm, fieldError, runMutation, parisInputToIso, toParisInput, type ActionProps } from './ActionForm';

const FIELDS = ['attemptedAt', 'channel', 'result'] as const;
const LABELS = { attemptedAt: 'Date et heure', channel: 'Canal', result: 'Résultat' };
const TIME = /^([01]?\d|2[0-3])[:hH]([0-5]\d)$/;

/** A contact attempt: when (Europe/Paris), by which channel, with which result. */
export function ContactAttemptAction({ case: c, onDone, onReload, reloading }: ActionProps) {
  const mutation = useRecordContactAttempt(c);
  // Day (jj/mm/aaaa) and time (24 h, hh:mm) as typed, in Europe/Paris: no native date or time widget.
  const [day, setDay] = useState(() => toParisInput(new Date()).slice(0, 10));
  const [time, setTime] = useState(() => toParisInput(new Date()).slice(11, 16));
  const [channel, setChannel] = useState<ContactChannel | ''>('');
  const [result, setResult] = useState<ContactResult | ''>('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const err = (f: string) => fieldError(mutation.error, FIELDS, clientErrors, f);

  function submit() {
    const errors: Record<string, string> = {};
    const hm = TIME.exec(time.trim());
    const iso =
      /^\d{4}-\d{2}-\d{2}$/.test(day) && hm ? parisInputToIso(`${day}T${hm[1]!.padStart(2, '0')}:${hm[2]}`) : undefined;
    if (!iso) errors.attemptedAt = 'Indiquez la date (jj/mm/aaaa) et l’heure (hh:mm) de la tentative.';
    else if (new Date(iso).getTime() > Date.now() + 5 * 60_000)
      errors.attemptedAt = 'La tentative ne peut pas être dans le futur.';
    if (!channel) errors.channel = 'Choisissez le canal.';
    if (!result) errors.result = 'Choisissez le résultat.';
    setClientErrors(errors);
    if (Object.keys(errors).length || !iso || !channel || !result) return;
    runMutation(mutation.mutateAsync({ attemptedAt: iso, channel, result }), async () => {
      setChannel('');
      setResult('');
      setDay(toParisInput(new Date()).slice(0, 10));
      setTime(toParisInput(new Date()).slice(11, 16));
      await onDone(
        `Tentative de contact enregistrée (${CONTACT_CHANNEL_LABELS[channel]}, ${CONTACT_RESULT_LABELS[result].toLowerCase()}).`,
      );
    });
  }

  return (
    <ActionForm
      title="Enregistrer une tentative de contact"
      submitLabel="Enregistrer la tentative"
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
      <div className="case-panel__row">
        <DateField
          label="Date"
          name="attemptedAt"
          required
          value={day}
          onValueChange={setDay}
          error={err('attemptedAt')}
        />
        <TextField
          label="Heure"
          hint="24 h, heure de Paris : hh:mm"
          name="attemptedAtTime"
          required
          inputMode="numeric"
          autoComplete="off"
          value={time}
          onValueChange={setTime}
        />
      </div>
      <SelectField
        label="Canal"
        name="channel"
        required
        value={channel}
        onValueChange={(v) => setChannel(v as ContactChannel | '')}
        error={err('channel')}
      >
        <option value="">Choisir un canal…</option>
        {keysOf(CONTACT_CHANNEL_LABELS).map((k) => (
          <option key={k} value={k}>
            {CONTACT_CHANNEL_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Résultat"
        name="result"
        required
        value={result}
        onValueChange={(v) => setResult(v as ContactResult | '')}
        error={err('result')}
      >
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
