import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';

export interface ErrorSummaryProps {
  /** What `splitErrors` returns (only `fields` and `general` are read); merged with `fields`/`general` below. */
  errors?: { fields?: Record<string, string | undefined>; general?: string | null } | undefined;
  /** Messages keyed by field name (client checks and server ones alike); undefined entries are skipped. */
  fields?: Record<string, string | undefined>;
  /** A message for the whole form: the server's own reason when no field carries it. */
  general?: string | null;
  /**
   * Field name → id of its control. Without it the control is looked up in the enclosing form by
   * `name="<field>"`, then by `data-field="<field>"` (its first focusable element).
   */
  fieldIds?: Record<string, string>;
  /** Field name → its label, shown before the message (« Adresse e-mail : … »). */
  labels?: Record<string, string>;
  /** The fields in the form's order (others follow in the order given). */
  order?: readonly string[];
  title?: string;
  /**
   * `auto` (default): takes focus when it appears with new messages, unless the focus is already on
   * an invalid control (useFocusFirstInvalid moved it to the field); `always`; `never`.
   */
  focus?: 'auto' | 'always' | 'never';
  className?: string;
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/** The control of a field: by id, else by name or data-field within `scope`. */
function controlOf(field: string, scope: ParentNode, fieldIds: Record<string, string> | undefined): HTMLElement | null {
  const byId = fieldIds?.[field];
  if (byId) return document.getElementById(byId);
  const escaped = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(field) : field.replace(/["\\]/g, '\\$&');
  const named = scope.querySelector<HTMLElement>(`[name="${escaped}"]`);
  if (named) return named;
  const wrapper = scope.querySelector<HTMLElement>(`[data-field="${escaped}"]`);
  return wrapper ? (wrapper.matches(FOCUSABLE) ? wrapper : wrapper.querySelector<HTMLElement>(FOCUSABLE)) : null;
}

/**
 * A form's errors as a DSFR error alert, to put next to the submit button: a title, then each field
 * message as a link that moves the focus to its control, then the general message (the server's own
 * reason). It takes the focus when it appears with new messages (tabIndex −1), so that screen
 * readers announce it, unless the focus already went to the first invalid field. Renders nothing
 * when there is no message.
 *
 * ```tsx
 * const server = splitErrors(mutation.error, FIELDS, mapPath);
 * <ErrorSummary errors={server} fields={clientErrors} labels={{ email: 'Adresse e-mail' }} />
 * ```
 */
export function ErrorSummary({
  errors,
  fields,
  general,
  fieldIds,
  labels,
  order,
  title = "La saisie n'a pas pu être enregistrée",
  focus = 'auto',
  className,
}: ErrorSummaryProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const all: Record<string, string | undefined> = { ...errors?.fields, ...fields };
  const keys = Object.keys(all).filter((key) => all[key]);
  const ordered = order
    ? [...order.filter((key) => keys.includes(key)), ...keys.filter((key) => !order.includes(key))]
    : keys;
  const generalMessage = general ?? errors?.general ?? null;
  const fieldMessages = new Set(ordered.map((key) => all[key]));
  // Once only: the general message may repeat a field's (a CONFLICT's reason).
  const shownGeneral = generalMessage && !fieldMessages.has(generalMessage) ? generalMessage : null;
  const signature = [...ordered.map((key) => `${key}=${all[key]}`), shownGeneral ?? ''].join('|');

  // The controls' ids, once they are in the page, for the links' href.
  const [hrefs, setHrefs] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!signature) return;
    const scope: ParentNode = ref.current?.closest('form') ?? document;
    const found: Record<string, string> = {};
    for (const key of ordered) {
      const control = controlOf(key, scope, fieldIds);
      if (control?.id) found[key] = control.id;
    }
    setHrefs((previous) => (JSON.stringify(previous) === JSON.stringify(found) ? previous : found));
    // `ordered` and `fieldIds` are read through the signature.
  }, [signature]);

  useEffect(() => {
    if (!signature || focus === 'never') return;
    // After the form's own effects (useFocusFirstInvalid runs in the parent, after this one).
    const timer = window.setTimeout(() => {
      const active = document.activeElement as HTMLElement | null;
      if (focus === 'auto' && active?.closest('[aria-invalid="true"], [data-invalid="true"]')) return;
      ref.current?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [signature, focus]);

  if (!signature) return null;

  const goTo = (key: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const scope: ParentNode = ref.current?.closest('form') ?? document;
    const control = controlOf(key, scope, fieldIds);
    if (!control) return;
    event.preventDefault();
    control.scrollIntoView?.({ block: 'center' });
    control.focus();
  };

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${id}-titre`}
      aria-describedby={`${id}-messages`}
      className={[fr.cx('fr-alert', 'fr-alert--error', 'fr-my-2w'), className ?? ''].filter(Boolean).join(' ')}
    >
      <p id={`${id}-titre`} className={fr.cx('fr-alert__title')}>
        {title}
      </p>
      <div id={`${id}-messages`}>
        {ordered.length > 0 ? (
          <ul className={fr.cx('fr-mb-0')}>
            {ordered.map((key) => (
              <li key={key}>
                <a className={fr.cx('fr-link')} href={`#${hrefs[key] ?? fieldIds?.[key] ?? ''}`} onClick={goTo(key)}>
                  {labels?.[key] ? `${labels[key]} : ${all[key]}` : all[key]}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {shownGeneral ? <p className={fr.cx('fr-mb-0')}>{shownGeneral}</p> : null}
      </div>
    </div>
  );
}
