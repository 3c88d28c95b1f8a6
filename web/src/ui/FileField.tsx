import { fr } from '@codegouvfr/react-dsfr';
import { useId, type ReactNode, type Ref } from 'react';
import { Field } from './Field';

interface FileFieldProps {
  label: string;
  /** The formats and the largest size accepted. */
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  name?: string;
  accept?: string;
  /** The file chosen, as the page holds it (null shows « Aucun fichier choisi »). */
  file: File | null;
  onFileChange: (file: File | null) => void;
  /** The input itself, for a page that empties it (`value = ''`) when it starts again. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A DSFR upload group whose button and file name are in French whatever the browser's language (the
 * native control says « Choose File »). The real <input type="file"> stays the control: labelled by the
 * field's label, described by the hint, the error and the file name, reached with Tab, and laid over the
 * French button and name (transparent), so that a click anywhere on them opens the file chooser; its focus
 * ring is drawn on the button (styles.css, « File fields »).
 */
export function FileField({
  label,
  hint,
  error,
  required,
  name,
  accept,
  file,
  onFileChange,
  inputRef,
}: FileFieldProps) {
  const nameId = useId();
  return (
    <Field label={label} hint={hint} error={error} required={required} control="upload" className="file-field">
      {(props) => (
        <div className="file-field__control">
          <input
            {...props}
            aria-describedby={[props['aria-describedby'], nameId].filter(Boolean).join(' ')}
            className={`${props.className} file-field__input`}
            ref={inputRef}
            type="file"
            name={name}
            accept={accept}
            onChange={(event) => onFileChange(event.target.files?.[0] ?? null)}
          />
          <span
            className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-btn--sm', 'fr-icon-upload-line', 'fr-btn--icon-left')}
            aria-hidden="true"
          >
            Choisir un fichier
          </span>
          <span id={nameId} className={file ? 'file-field__name' : 'file-field__name file-field__name--none'}>
            {file ? file.name : 'Aucun fichier choisi'}
          </span>
        </div>
      )}
    </Field>
  );
}
