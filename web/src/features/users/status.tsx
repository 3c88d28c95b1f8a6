import { formatDateTime } from '../../ui/format';

export function isLocked(lockedUntil: string | null | undefined): boolean {
  return Boolean(lockedUntil && Date.parse(lockedUntil) > Date.now());
}

/** Active / disabled / locked badges of an account. */
export function UserStatus({ active, lockedUntil }: { active: boolean; lockedUntil?: string | null }) {
  return (
    <span className="badges">
      {active ? <span className="badge badge--active">Actif</span> : <span className="badge badge--inactive">Désactivé</span>}
      {isLocked(lockedUntil) ? (
        <span className="badge badge--warning">Verrouillé jusqu'au {formatDateTime(lockedUntil)}</span>
      ) : null}
    </span>
  );
}
