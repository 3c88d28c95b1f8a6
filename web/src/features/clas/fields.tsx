import { useEffect, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { Field } from '../../ui/Field';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
};

/** A labelled textarea (the ui kit has inputs and selects only). */
export function TextAreaField({
  label,
  value,
  onValueChange,
  hint,
  error,
  required,
  className,
  rows = 4,
  ...rest
}: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(props) => (
        <textarea
          rows={rows}
          {...rest}
          {...props}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * Moves the focus after a row is added or removed: to the first control of the element marked
 * `data-focus="<key>"` (a new row), or to that element itself when it is a control (the add button).
 */
export function useFocusAfterRender(): (key: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    const element = document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(target)}"]`);
    const control = element?.matches('input, select, textarea, button')
      ? element
      : element?.querySelector<HTMLElement>('input, select, textarea, button');
    control?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
