import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';

/**
 * A page's status line after an action: always in the page (a live region, so
 * that what appears in it is announced), a DSFR success alert when it says something.
 */
export function StatusMessage({ message }: { message: ReactNode }) {
  return (
    <div role="status">
      {message ? (
        <div className={fr.cx('fr-alert', 'fr-alert--success', 'fr-alert--sm', 'fr-mb-3w')}>
          <p>{message}</p>
        </div>
      ) : null}
    </div>
  );
}
