import { fr } from '@codegouvfr/react-dsfr';
import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SaveErrorBanner } from '../../../ui/SaveErrorBanner';
import type { CaseDetail } from '../caseQueries';

/** What every action form of the case page receives. */
export interface ActionProps {
  case: CaseDetail;
  /** Called after a successful mutation: refetches the case and announces `message`. */
  onDone: (message: string) => Promise<void> | void;
  /** Reloads the case (after a CONFLICT). */
  onReload: () => Promise<void> | void;
  reloading: boolean;
}

interface ActionFormProps {
  title: string;
  /** An id for the section, to link to this step from elsewhere on the page. */
  anchor?: string;
  /** One line under the title: what the action does. */
  description?: ReactNode;
  submitLabel: string;
  pending: boolean;
  /** The mutation's error (split into field messages by the caller with `actionErrors`). */
  error: unknown;
  fields: readonly string[];
  /** The fields' labels, for the error summary. */
  labels?: Record<string, string>;
  /** Client-side messages, keyed like the server's paths. */
  clientErrors: Record<string, string>;
  onSubmit: () => void;
  onReload: () => Promise<void> | void;
  reloading: boolean;
  variant?: 'primary' | 'secondary' | 'danger';
  children?: ReactNode;
}

/** The server's messages for a form's own fields, plus the banner's (CONFLICT or other). */
export function actionErrors(error: unknown, fields: readonly string[]) {
  return splitErrors(error, fields);
}

/**
 * One action of a case as a small form under its own heading. The server's reason shows at the
 * field it names (focused) and, with the client's checks, in an error summary next to the submit
 * button; a stale version (someone changed the case) is the one case with a reload button.
 */
export function ActionForm({
  title,
  anchor,
  description,
  submitLabel,
  pending,
  error,
  fields,
  labels,
  clientErrors,
  onSubmit,
  onReload,
  reloading,
  variant = 'primary',
  children,
}: ActionFormProps) {
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const server = actionErrors(error, fields);
  const fieldMessages = { ...clientErrors, ...server.fields };
  useFocusFirstInvalid(formRef, fieldMessages);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <section id={anchor} className="case-panel" aria-labelledby={titleId}>
      <h3 id={titleId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {title}
      </h3>
      {description ? <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>{description}</p> : null}
      <form ref={formRef} noValidate onSubmit={submit}>
        <SaveErrorBanner
          conflict={server.conflict}
          conflictMessage={server.general ?? 'Le suivi a été modifié entre-temps : rechargez-le puis recommencez.'}
          reloadLabel="Recharger le suivi"
          onReload={() => void onReload()}
          reloading={reloading}
        />
        {children}
        <ErrorSummary
          fields={fieldMessages}
          general={server.conflict ? null : server.general}
          labels={labels}
          order={fields}
        />
        <Button type="submit" variant={variant} busy={pending}>
          {submitLabel}
        </Button>
      </form>
    </section>
  );
}

/** Server message first (it is the authority), else the client's. */
export function fieldError(
  error: unknown,
  fields: readonly string[],
  clientErrors: Record<string, string>,
  field: string,
): string | undefined {
  return actionErrors(error, fields).fields[field] ?? clientErrors[field];
}

const parisParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the value of a datetime-local input, in Europe/Paris ("2026-11-25T14:03"). */
export function toParisInput(instant: Date): string {
  return parisParts.format(instant).replace(' ', 'T');
}

/** A datetime-local value read as Europe/Paris wall-clock time, as an ISO instant; undefined when invalid. */
export function parisInputToIso(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Try both offsets Paris uses: the right one renders back to the same wall-clock time.
  for (const offset of [60, 120]) {
    const instant = new Date(asUtc - offset * 60_000);
    if (toParisInput(instant) === value) return instant.toISOString();
  }
  return new Date(asUtc - 60 * 60_000).toISOString();
}

/**
 * Runs a mutation and then `onSuccess`, even if the form unmounted meanwhile (the action may no
 * longer be allowed once the case is refetched); a failure stays in the mutation's state.
 */
export function runMutation<T>(promise: Promise<T>, onSuccess: (result: T) => unknown): void {
  promise.then(onSuccess, () => undefined);
}
