import { useEffect, useId, useRef, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from './Button';
import { Field } from './Field';

interface SecretShownOnceProps {
  /** The secret just issued; null once put away. */
  secret: string | null;
  title: string;
  /** The field's label. */
  label: string;
  /** The button that puts the secret away for good. */
  doneLabel: string;
  onDone: () => void;
  /** What the secret is for and what to do with it. */
  children: ReactNode;
}

/**
 * A secret shown this once (an API key, a webhook's signing secret), in a live region always in the
 * page so that it is announced when it appears. The keyboard lands on it, already selected: Ctrl+C
 * copies it.
 */
export function SecretShownOnce({ secret, title, label, doneLabel, onDone, children }: SecretShownOnceProps) {
  const headingId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (secret === null) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [secret]);

  return (
    <div
      role="status"
      aria-labelledby={secret !== null ? headingId : undefined}
      className={secret !== null ? fr.cx('fr-alert', 'fr-alert--success', 'fr-mb-3w') : undefined}
    >
      {secret !== null ? (
        <div className="form">
          <h3 id={headingId} className={fr.cx('fr-h6')}>
            {title}
          </h3>
          <p id={hintId}>{children}</p>
          <Field label={label}>
            {(props) => (
              <input
                ref={inputRef}
                type="text"
                {...props}
                aria-describedby={hintId}
                className="identifier"
                readOnly
                value={secret}
                spellCheck={false}
                autoComplete="off"
                onFocus={(event) => event.currentTarget.select()}
              />
            )}
          </Field>
          <div className="actions">
            <Button variant="secondary" onClick={onDone}>
              {doneLabel}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
