import { fr } from '@codegouvfr/react-dsfr';
import { useId, type ReactNode } from 'react';

interface CheckboxGroupProps<V extends string> {
  legend: string;
  hint?: string;
  /** `disabled`: shown, not to be changed here. */
  options: readonly { value: V; label: string; hint?: ReactNode; disabled?: boolean | undefined }[];
  selected: readonly V[];
  /** The values chosen, always in the options' order. */
  onChange: (selected: V[]) => void;
  error?: string | undefined;
  /** The inputs' `name`, and `data-field` for the ErrorSummary's link. */
  name?: string;
  disabled?: boolean | undefined;
  /** The checkboxes side by side (short labels). */
  inline?: boolean;
}

/**
 * Some values chosen among `options`: DSFR checkboxes in a fieldset named by its legend and its messages
 * (the error is read with the group).
 */
export function CheckboxGroup<V extends string>({
  legend,
  hint,
  options,
  selected,
  onChange,
  error,
  name,
  disabled,
  inline = false,
}: CheckboxGroupProps<V>) {
  const id = useId();
  const legendId = `${id}-legende`;
  const messagesId = `${id}-messages`;
  function toggle(value: V, checked: boolean) {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  }
  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-labelledby={`${legendId} ${messagesId}`}
      data-invalid={error ? 'true' : undefined}
      data-field={name}
      disabled={disabled}
    >
      <legend id={legendId} className={fr.cx('fr-fieldset__legend', 'fr-fieldset__legend--regular')}>
        {legend}
        {hint ? <span className={fr.cx('fr-hint-text')}>{hint}</span> : null}
      </legend>
      {options.map((o) => (
        <div
          className={fr.cx('fr-fieldset__element', inline ? 'fr-fieldset__element--inline' : undefined)}
          key={o.value}
        >
          <div className={fr.cx('fr-checkbox-group', 'fr-checkbox-group--sm')}>
            <input
              type="checkbox"
              id={`${id}-${o.value}`}
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              disabled={o.disabled}
              onChange={(event) => toggle(o.value, event.target.checked)}
            />
            <label className={fr.cx('fr-label')} htmlFor={`${id}-${o.value}`}>
              {o.label}
              {o.hint ? <span className={fr.cx('fr-hint-text')}>{o.hint}</span> : null}
            </label>
          </div>
        </div>
      ))}
      <div className={fr.cx('fr-messages-group')} id={messagesId} aria-live="assertive">
        {error ? <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p> : null}
      </div>
    </fieldset>
  );
}
