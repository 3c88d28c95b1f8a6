import { fr } from '@codegouvfr/react-dsfr';
import { useId, useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { formatIsoDate, parseFrenchDate } from './format';

export interface ControlProps {
  id: string;
  /** The DSFR class of the control (fr-input, fr-select or fr-upload, with its error variant). */
  className: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

type ControlKind = 'input' | 'select' | 'upload';

const GROUP_CLASS = { input: 'fr-input-group', select: 'fr-select-group', upload: 'fr-upload-group' } as const;
const CONTROL_CLASS = { input: 'fr-input', select: 'fr-select', upload: 'fr-upload' } as const;

interface FieldProps {
  label: string;
  /** Help text shown under the label and linked to the control. */
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  /** Which DSFR control the children render: a text input or textarea (default), a select, a file input. */
  control?: ControlKind;
  /** Renders the control with the ids, class and ARIA links it needs. */
  children: (props: ControlProps) => ReactNode;
}

/**
 * A labelled DSFR form control: hint and error are linked with aria-describedby,
 * the error is announced (role="alert") and the control marked invalid.
 */
export function Field({ label, hint, error, required, className, control = 'input', children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const group = GROUP_CLASS[control];
  return (
    <div className={[fr.cx(group), error ? `${group}--error` : '', 'field', className ?? ''].filter(Boolean).join(' ')}>
      {/* The marker and the hint stay outside the <label>, so that the control's name is the label alone. */}
      <div className="field__label-row">
        <label className={fr.cx('fr-label')} htmlFor={id}>
          {label}
        </label>
        {required ? (
          <span className="field__required" aria-hidden="true">
            (obligatoire)
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className={fr.cx('fr-hint-text')}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        className: [CONTROL_CLASS[control], error && control !== 'upload' ? `${CONTROL_CLASS[control]}--error` : '']
          .filter(Boolean)
          .join(' '),
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {error ? (
        <p id={errorId} className={fr.cx('fr-error-text')} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
};

/** A labelled text input (type text, email, password, search, number…). For dates use DateField. */
export function TextField({ label, value, onValueChange, hint, error, required, className, ...rest }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(props) => (
        <input
          type="text"
          {...rest}
          {...props}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  );
}

type DateFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'placeholder'>;

/**
 * A date typed as jj/mm/aaaa, whatever the browser's locale (no native date
 * widget). `value` and `onValueChange` speak ISO (yyyy-mm-dd, or '' when empty);
 * while the text is not a valid date the raw text is passed on, so that the
 * form's own check refuses it instead of taking it for an empty field.
 */
export function DateField({ label, value, onValueChange, hint, error, onBlur, ...rest }: DateFieldProps) {
  const [text, setText] = useState(() => formatIsoDate(value));
  const [touched, setTouched] = useState(false);
  // Follow a value set from outside (a reset, a loaded record) unless it is what the text already says.
  const parsed = parseFrenchDate(text);
  if (value !== (parsed ?? text.trim()) && /^\d{4}-\d{2}-\d{2}$|^$/.test(value)) {
    const next = formatIsoDate(value);
    if (next !== text) setText(next);
  }
  const localError =
    touched && text.trim() !== '' && !parsed ? 'Date invalide : saisissez-la au format jj/mm/aaaa.' : undefined;
  return (
    <TextField
      {...rest}
      label={label}
      hint={hint ?? 'Format attendu : jj/mm/aaaa'}
      error={error ?? localError}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      onBlur={(event) => {
        setTouched(true);
        onBlur?.(event);
      }}
      onValueChange={(next) => {
        setText(next);
        const iso = parseFrenchDate(next);
        onValueChange(next.trim() === '' ? '' : (iso ?? next.trim()));
      }}
    />
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  disabled?: boolean;
  name?: string;
  children: ReactNode;
}

/** A labelled DSFR select; pass the <option>s as children. */
export function SelectField({
  label,
  value,
  onValueChange,
  hint,
  error,
  required,
  className,
  disabled,
  name,
  children,
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className} control="select">
      {(props) => (
        <select
          {...props}
          name={name}
          disabled={disabled}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {children}
        </select>
      )}
    </Field>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  hint?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
  name?: string;
  value?: string;
}

/** A labelled DSFR checkbox. */
export function CheckboxField({
  label,
  checked,
  onCheckedChange,
  hint,
  error,
  disabled,
  name,
  value,
}: CheckboxFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={fr.cx('fr-checkbox-group', error ? 'fr-checkbox-group--error' : undefined)}>
      <input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      <label className={fr.cx('fr-label')} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={fr.cx('fr-hint-text')}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={fr.cx('fr-error-text')} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
