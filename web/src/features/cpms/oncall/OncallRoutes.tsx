import { fr } from '@codegouvfr/react-dsfr';
import { usePageTitle } from '../../../app/usePageTitle';

/** Issue 19: under construction. */
export function OncallRoutes() {
  usePageTitle('Ligne 24/7');
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Ligne 24/7</h1>
    </div>
  );
}
