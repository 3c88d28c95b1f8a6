import { fr } from '@codegouvfr/react-dsfr';
import { usePageTitle } from '../../app/usePageTitle';

/** Issue 19: under construction. */
export function CpmsIndicatorsPage() {
  usePageTitle('Indicateurs CPMS');
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Indicateurs CPMS</h1>
    </div>
  );
}
