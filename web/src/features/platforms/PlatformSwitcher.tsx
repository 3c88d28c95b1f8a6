import { fr } from '@codegouvfr/react-dsfr';
import { useId } from 'react';
import { useActivePlatform } from './activePlatform';

/**
 * Above each page, for PSAD referents: the platform they work on, or a select « Plateforme active »
 * when they are referent of several (DSFR text and select).
 */
export function PlatformSwitcher() {
  const id = useId();
  const { isReferent, platforms, platform, isPending, error, setActivePlatform } = useActivePlatform();
  if (!isReferent || isPending || error) return null;
  const line = fr.cx('fr-text--sm', 'fr-mt-1w', 'fr-mb-0', 'fr-icon-map-pin-2-line');
  if (!platform) return <p className={line}> Plateforme : aucune</p>;
  if (platforms.length === 1) {
    return (
      <p className={line}>
        {' '}
        Plateforme : <strong>{platform.name}</strong>
      </p>
    );
  }
  return (
    <div className={fr.cx('fr-select-group', 'fr-mt-2w', 'fr-mb-0')}>
      <label className={fr.cx('fr-label')} htmlFor={id}>
        Plateforme active
      </label>
      <select
        id={id}
        className={fr.cx('fr-select')}
        value={platform.id}
        onChange={(event) => setActivePlatform(event.target.value)}
      >
        {platforms.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
