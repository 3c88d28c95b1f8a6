import { fr } from '@codegouvfr/react-dsfr';
import { Button } from './Button';

interface SaveErrorBannerProps {
  /**
   * The save was refused because someone else changed the record first: `splitErrors(…).conflict`,
   * true only for CONFLICT/STALE_VERSION. A refused rule (DUPLICATE, TRANSITION_REFUSED,
   * RULE_REFUSED) is not one: reloading would not help, its reason goes to the form's ErrorSummary.
   */
  conflict: boolean;
  /** What to say then (names the record), and the label of the reload button. */
  conflictMessage: string;
  reloadLabel: string;
  onReload: () => void;
  reloading: boolean;
  /**
   * Any other error not tied to a field, shown here as an error alert. Leave it out when the form
   * shows an ErrorSummary next to its submit button (which already lists it).
   */
  general?: string | null;
}

/** Above an edit form: the stale-version alert with its reload button, or the general error (DSFR alerts). */
export function SaveErrorBanner({
  conflict,
  conflictMessage,
  reloadLabel,
  onReload,
  reloading,
  general,
}: SaveErrorBannerProps) {
  if (conflict) {
    return (
      <div className={fr.cx('fr-alert', 'fr-alert--warning', 'fr-mb-3w')} role="alert">
        <p className={fr.cx('fr-alert__title')}>Modifié entre-temps</p>
        <p>{conflictMessage}</p>
        <Button variant="secondary" size="small" className={fr.cx('fr-mt-2w')} onClick={onReload} busy={reloading}>
          {reloadLabel}
        </Button>
      </div>
    );
  }
  if (!general) return null;
  return (
    <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-mb-3w')} role="alert">
      <p className={fr.cx('fr-alert__title')}>La saisie n'a pas pu être enregistrée</p>
      <p>{general}</p>
    </div>
  );
}
