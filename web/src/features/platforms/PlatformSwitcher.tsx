import { useId } from 'react';
import { useActivePlatform } from './activePlatform';
import './platforms.css';

/**
 * In the header, for PSAD referents: the platform they work on, or a select
 * "Plateforme active" when they are referent of several.
 */
export function PlatformSwitcher() {
  const id = useId();
  const { isReferent, platforms, platform, isPending, error, setActivePlatform } = useActivePlatform();
  if (!isReferent || isPending || error) return null;
  if (!platform) return <p className="platform-switcher">Plateforme : aucune</p>;
  if (platforms.length === 1) {
    return (
      <p className="platform-switcher">
        Plateforme : <span className="platform-switcher__name">{platform.name}</span>
      </p>
    );
  }
  return (
    <div className="platform-switcher">
      <label htmlFor={id}>Plateforme active</label>
      <select id={id} value={platform.id} onChange={(event) => setActivePlatform(event.target.value)}>
        {platforms.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
