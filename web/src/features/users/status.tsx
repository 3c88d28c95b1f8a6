import { Badge } from '@codegouvfr/react-dsfr/Badge';

/** "1 échec de connexion", "3 échecs de connexion". */
export function failedLoginsText(count: number): string {
  return count === 1 ? '1 échec de connexion' : `${count} échecs de connexion`;
}

/**
 * Active / disabled badges of an account (DSFR badges), and its failed sign-ins since the last successful
 * one: failures never lock an account (the address that fails waits), but an administrator sees them.
 */
export function UserStatus({ active, failedLoginCount }: { active: boolean; failedLoginCount?: number | null }) {
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
      {failedLoginCount ? (
        <Badge as="span" severity="warning" small>
          {failedLoginsText(failedLoginCount)}
        </Badge>
      ) : null}
    </span>
  );
}
