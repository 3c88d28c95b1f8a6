import { fr } from '@codegouvfr/react-dsfr';
import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';

/** What every section of the PA's page receives. */
export interface SectionProps {
  /** Reloads the PA (after a stale version). */
  onReload: () => Promise<unknown> | void;
  reloading: boolean;
}

interface ParcoursFormProps extends SectionProps {
  /** The form's heading (h3); without it, `label` names the form. */
  title?: string;
  label?: string;
  description?: ReactNode;
  submitLabel: string;
  pending: boolean;
  /** The mutation's error: the server's messages at `fields`, the rest (its own reason) in the summary. */
  error: unknown;
  fields?: readonly string[];
  mapPath?: (path: string) => string;
  /** Field name → its label, for the summary. */
  labels?: Record<string, string>;
  /** Client-side messages, keyed like the server's paths. */
  clientErrors?: Record<string, string>;
  onSubmit: () => void;
  /** What the last submit did (announced). */
  done?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  className?: string;
  extraActions?: ReactNode;
  children?: ReactNode;
}

/** The server's messages for a form's own fields. */
export function fieldErrors(
  error: unknown,
  fields: readonly string[],
  mapPath?: (path: string) => string,
): Record<string, string> {
  return splitErrors(error, fields, mapPath).fields;
}

/**
 * One small form of the PA's page: the server's messages next to the fields it names, and every
 * message in a summary next to the submit button (the server's own reason for a refused rule); a stale
 * version says so with « Recharger la fiche »; the outcome is announced under the button.
 */
export function ParcoursForm({
  title,
  label,
  description,
  submitLabel,
  pending,
  error,
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
  extraActions,
  children,
}: ParcoursFormProps) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const server = splitErrors(error, fields, mapPath);
  useFocusFirstInvalid(formRef, { ...server.fields, ...clientErrors });

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <div className={['parcours-form', className ?? ''].filter(Boolean).join(' ')}>
      {title ? (
        <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
          {title}
        </h3>
      ) : null}
      {description ? <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>{description}</p> : null}
      <form
        ref={formRef}
        noValidate
        onSubmit={submit}
        aria-labelledby={title ? titleId : undefined}
        aria-label={title ? undefined : label}
      >
        {children}
        <SaveErrorBanner
          conflict={server.conflict}
          conflictMessage={server.general ?? 'La fiche a été modifiée entre-temps : rechargez-la puis recommencez.'}
          reloadLabel="Recharger la fiche"
          onReload={() => void onReload()}
          reloading={reloading}
        />
        {server.conflict ? null : <ErrorSummary errors={server} fields={clientErrors} labels={labels} order={fields} />}
        <div className="parcours-actions">
          <Button type="submit" variant={variant} busy={pending}>
            {submitLabel}
          </Button>
          {extraActions}
        </div>
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')} role="status">
          {done ?? ''}
        </p>
      </form>
    </div>
  );
}
