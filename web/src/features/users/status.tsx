import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { formatDateTime } from '../../ui/format';

export function isLocked(lockedUntil: string | null | undefined): boolean {
  return Boolean(lockedUntil && Date.parse(lockedUntil) > Date.now());
}

/** Active / disabled / locked badges of an account (DSFR badges). */
export function UserStatus({ active, lockedUntil }: { active: boolean; lockedUntil?: string | null }) {
  return (
    <span className="badges">
      {active ? (
        <Badge as="span" severity="success" small>
          Actif
        </Badge>
      ) : (
        <Badge as="span" severity="error" small>
          Désactivé
        </Badge>
      )}
      {isLocked(lockedUntil) ? (
        <Badge as="span" severity="warning" small>
          Verrouillé jusqu'au {formatDateTime(lockedUntil)}
        </Badge>
      ) : null}
    </span>
  );
}
