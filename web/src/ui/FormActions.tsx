import { fr } from '@codegouvfr/react-dsfr';
import { Button } from './Button';
import { ErrorSummary, type ErrorSummaryProps } from './ErrorSummary';

export interface FormActionsProps {
  /** The form's errors, summarised above the buttons (ErrorSummary's props). */
  errors: Pick<ErrorSummaryProps, 'fields' | 'general' | 'labels'>;
  /** « Enregistrer » for a change, « Ajouter … » for a new item. */
  submitLabel: string;
  /** The save runs: the submit button is disabled and says so. */
  busy: boolean;
  onCancel: () => void;
  cancelLabel?: string;
}

/** The end of an edit form: its error summary, then the submit button and « Annuler » (DSFR inline button group). */
export function FormActions({ errors, submitLabel, busy, onCancel, cancelLabel = 'Annuler' }: FormActionsProps) {
  return (
    <>
      <ErrorSummary fields={errors.fields} general={errors.general} labels={errors.labels} />
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button type="submit" busy={busy}>
            {submitLabel}
          </Button>
        </li>
        <li>
          <Button variant="secondary" onClick={onCancel}>
            {cancelLabel}
          </Button>
        </li>
      </ul>
    </>
  );
}

export interface EditDeleteButtonsProps {
  /** The item's name, which the buttons' titles give (« Modifier Atelier CV »). */
  name: string;
  onEdit: () => void;
  /** The question asked before deleting (« Supprimer « X » du catalogue ? »). */
  confirmMessage: string;
  /** Called once the deletion is confirmed. */
  onDelete: () => void;
  /** The deletion of this item runs. */
  deleting?: boolean;
}

/** « Modifier » and « Supprimer » for a row of a list; the deletion is confirmed first. */
export function EditDeleteButtons({
  name,
  onEdit,
  confirmMessage,
  onDelete,
  deleting = false,
}: EditDeleteButtonsProps) {
  return (
    <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline', 'fr-btns-group--sm')}>
      <li>
        <Button size="small" variant="secondary" onClick={onEdit} title={`Modifier ${name}`}>
          Modifier
        </Button>
      </li>
      <li>
        <Button
          size="small"
          variant="danger"
          title={`Supprimer ${name}`}
          busy={deleting}
          onClick={() => {
            if (window.confirm(confirmMessage)) onDelete();
          }}
        >
          Supprimer
        </Button>
      </li>
    </ul>
  );
}
