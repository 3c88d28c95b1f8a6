import { fr } from '@codegouvfr/react-dsfr';
import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';

/** What every form of the meeting page receives: the page reloads the meeting after a stale version. */
export interface ReloadProps {
  onReload: () => Promise<unknown> | void;
  reloading: boolean;
}

interface SubFormProps extends ReloadProps {
  /** The form's heading (h3). */
  title: string;
  description?: ReactNode;
  submitLabel: string;
  pending: boolean;
  /** The mutation's error: the server's messages at `fields`, the rest (its own reason) in the summary. */
  error: unknown;
  /** Resets the mutation (its error) before reloading. */
  onResetError: () => void;
  fields?: readonly string[];
  mapPath?: (path: string) => string;
  labels?: Record<string, string>;
  clientErrors?: Record<string, string>;
  onSubmit: () => void;
  /** What the last submit did (announced under the button). */
  done?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  className?: string;
  children?: ReactNode;
}

/**
 * One form of the meeting page under its own heading: the server's messages at the fields it names
 * (focused) and in a summary next to the submit button with the server's own reason for a refused
 * rule; a stale version says so with « Recharger la réunion »; the outcome is announced.
 */
export function SubForm({
  title,
  description,
  submitLabel,
  pending,
  error,
  onResetError,
  fields = [],
  mapPath,
  labels,
  clientErrors = {},
  onSubmit,
  onReload,
  reloading,
  done,
  variant = 'primary',
  className,
  children,
}: SubFormProps) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const server = splitErrors(error, fields, mapPath);
  useFocusFirstInvalid(formRef, { ...clientErrors, ...server.fields });

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <div className={['meeting-subform', className ?? ''].filter(Boolean).join(' ')}>
      <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {title}
      </h3>
      {description ? <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>{description}</p> : null}
      <form ref={formRef} noValidate onSubmit={submit} aria-labelledby={titleId}>
        {children}
        <SaveErrorBanner
          conflict={server.conflict}
          conflictMessage={server.general ?? 'La réunion a été modifiée entre-temps : rechargez-la puis recommencez.'}
          reloadLabel="Recharger la réunion"
          onReload={() => {
            onResetError();
            void onReload();
          }}
          reloading={reloading}
        />
        {server.conflict ? null : <ErrorSummary errors={server} fields={clientErrors} labels={labels} order={fields} />}
        <Button type="submit" variant={variant} busy={pending}>
          {submitLabel}
        </Button>
        <p className={fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0')} role="status">
          {done ?? ''}
        </p>
      </form>
    </div>
  );
}
