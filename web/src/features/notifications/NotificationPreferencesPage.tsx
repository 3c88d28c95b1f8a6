import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useRef, useState, type FormEvent } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { usePageTitle } from '../../app/usePageTitle';
import type { NotificationKind, NotificationMode } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LoadingState } from '../../ui/LoadingState';
import { StatusMessage } from '../../ui/StatusMessage';
import { useMyNotificationPreferences, useSetNotificationPreferences } from './queries';
import '../../ui/styles/notifications.css';

export const MODE_LABELS: Record<NotificationMode, string> = {
  IMMEDIATE: 'Dans l’application et par courriel immédiatement',
  DIGEST: 'Dans l’application, et par courriel dans le récapitulatif quotidien',
  IN_APP: 'Dans l’application seulement',
  OFF: 'Jamais',
};

const MODES = Object.keys(MODE_LABELS) as NotificationMode[];

/** « Préférences de notification »: for each kind of notice, how the user wants to be told. */
export function NotificationPreferencesPage() {
  usePageTitle('Préférences de notification');
  const preferences = useMyNotificationPreferences();
  const save = useSetNotificationPreferences();
  const [choices, setChoices] = useState<Partial<Record<NotificationKind, NotificationMode>>>({});
  const [status, setStatus] = useState('');
  const [submitted, setSubmitted] = useState<NotificationKind[]>([]);
  const formRef = useRef<HTMLFormElement>(null);

  const rows = preferences.data ?? [];
  const editable = rows.filter((row) => !row.locked);
  const errors = splitErrors(
    save.error,
    editable.map((row) => row.kind),
    // « preferences.3.mode »: the fourth kind sent.
    (path) => submitted[Number(/^preferences\.(\d+)/.exec(path)?.[1] ?? -1)] ?? path,
  );
  useFocusFirstInvalid(formRef, errors.fields);

  if (preferences.isPending) return <LoadingState />;
  if (preferences.isError) return <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />;

  const modeOf = (kind: NotificationKind, saved: NotificationMode) => choices[kind] ?? saved;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const sent = editable.map((row) => ({ kind: row.kind, mode: modeOf(row.kind, row.mode) }));
    setSubmitted(sent.map((row) => row.kind));
    save.mutate(sent, {
      onSuccess: () => {
        setChoices({});
        setStatus('Vos préférences de notification sont enregistrées.');
      },
    });
  }

  return (
    <div className="page">
      <Breadcrumb
        currentPageLabel="Préférences de notification"
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Notifications', linkProps: { to: '/notifications' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>Préférences de notification</h1>
      <p className={fr.cx('fr-text--lead')}>
        Pour chaque type d’avis, choisissez comment Maillage vous prévient. Les courriels ne contiennent aucune donnée
        sur les personnes suivies.
      </p>
      <StatusMessage message={status} />
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        {rows.map((row) =>
          row.locked ? (
            <fieldset key={row.kind} className={fr.cx('fr-fieldset')} aria-describedby={`note-${row.kind}`}>
              <legend className={fr.cx('fr-fieldset__legend')}>
                {row.label}
                <span className={fr.cx('fr-hint-text')}>{row.audience}</span>
              </legend>
              <div className={fr.cx('fr-fieldset__element')}>
                <p className={fr.cx('fr-mb-1v')}>
                  <strong>{MODE_LABELS[row.mode]}</strong>
                </p>
                <p id={`note-${row.kind}`} className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                  Les avis de sécurité sont toujours envoyés immédiatement.
                </p>
              </div>
            </fieldset>
          ) : (
            <RadioButtons
              key={row.kind}
              legend={row.label}
              hintText={row.audience}
              // The kind as the radios' name: the error summary finds the field's control by it.
              name={row.kind}
              state={errors.fields[row.kind] ? 'error' : 'default'}
              stateRelatedMessage={errors.fields[row.kind]}
              options={MODES.map((mode) => ({
                label: MODE_LABELS[mode],
                nativeInputProps: {
                  value: mode,
                  checked: modeOf(row.kind, row.mode) === mode,
                  'aria-invalid': errors.fields[row.kind] ? true : undefined,
                  onChange: () => setChoices((current) => ({ ...current, [row.kind]: mode })),
                },
              }))}
            />
          ),
        )}
        <ErrorSummary
          errors={errors}
          labels={Object.fromEntries(editable.map((row) => [row.kind, row.label]))}
          order={editable.map((row) => row.kind)}
        />
        <Button type="submit" busy={save.isPending}>
          Enregistrer
        </Button>
      </form>
    </div>
  );
}
