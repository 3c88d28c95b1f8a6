import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { Button } from '../../ui/Button';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';

/** What every section of the PA's page receives. */
export interface SectionProps {
  /** Reloads the PA (after a CONFLICT). */
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
  /** The mutation's error: field messages go next to `fields`, the rest (CONFLICT included) in the banner. */
  error: unknown;
  fields?: readonly string[];
  mapPath?: (path: string) => string;
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
export function fieldErrors(error: unknown, fields: readonly string[], mapPath?: (path: string) => string): Record<string, string> {
  return splitErrors(error, fields, mapPath).fields;
}

/**
 * One small form of the PA's page: field errors next to the fields, a refusal or a stale version
 * (CONFLICT) in a banner with « Recharger la fiche », the outcome announced under the button.
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
      {title ? <h3 id={titleId}>{title}</h3> : null}
      {description ? <p className="muted parcours-form__description">{description}</p> : null}
      <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby={title ? titleId : undefined} aria-label={title ? undefined : label}>
        <SaveErrorBanner
          conflict={server.conflict}
          conflictMessage={server.general ?? 'La fiche a été modifiée entre-temps : rechargez-la puis recommencez.'}
          reloadLabel="Recharger la fiche"
          onReload={() => void onReload()}
          reloading={reloading}
          general={server.general}
        />
        {children}
        <div className="form__actions">
          <Button type="submit" variant={variant} busy={pending}>
            {submitLabel}
          </Button>
          {extraActions}
        </div>
        <p className="parcours-form__done" role="status">
          {done ?? ''}
        </p>
      </form>
    </div>
  );
}
