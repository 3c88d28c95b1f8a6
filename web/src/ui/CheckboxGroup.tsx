import { useId } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { CheckboxField } from './Field';

interface CheckboxGroupProps<V extends string> {
  legend: string;
  hint?: string;
  options: readonly { value: V; label: string }[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  error?: string | undefined;
}

/** A DSFR fieldset of checkboxes choosing some values among `options`, its error under the legend's group. */
export function CheckboxGroup<V extends string>({
  legend,
  hint,
  options,
  selected,
  onChange,
  error,
}: CheckboxGroupProps<V>) {
  const id = useId();
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className={fr.cx('fr-fieldset__legend')}>{legend}</legend>
      {hint ? (
        <p id={hintId} className={fr.cx('fr-hint-text', 'fr-fieldset__element')}>
          {hint}
        </p>
      ) : null}
      {options.map((o) => (
        <div key={o.value} className={fr.cx('fr-fieldset__element')}>
          <CheckboxField
            label={o.label}
            value={o.value}
            checked={selected.includes(o.value)}
            onCheckedChange={(on) => onChange(on ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
          />
        </div>
      ))}
      {error ? (
        <p id={errorId} className={fr.cx('fr-error-text', 'fr-fieldset__element')} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
