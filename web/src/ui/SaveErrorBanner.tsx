import { Button } from './Button';

interface SaveErrorBannerProps {
  /** The save was refused because someone else changed the record first. */
  conflict: boolean;
  /** What to say then (names the record), and the label of the reload button. */
  conflictMessage: string;
  reloadLabel: string;
  onReload: () => void;
  reloading: boolean;
  /** Any other error not tied to a field. */
  general?: string | null;
}

/** Above an edit form: the stale-version banner with its reload button, or the general error. */
export function SaveErrorBanner({ conflict, conflictMessage, reloadLabel, onReload, reloading, general }: SaveErrorBannerProps) {
  if (conflict) {
    return (
      <div className="error-state" role="alert">
        <p>{conflictMessage}</p>
        <Button variant="secondary" onClick={onReload} busy={reloading}>
          {reloadLabel}
        </Button>
      </div>
    );
  }
  if (!general) return null;
  return (
    <div className="error-state" role="alert">
      <p>{general}</p>
    </div>
  );
}
