import { useId } from 'react';
import type { Role } from '../../gql/graphql';
import { ROLE_LABELS, ROLES } from '../identity/labels';

interface RoleCheckboxesProps {
  legend: string;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** The roles as checkboxes, grouped in a fieldset with its legend. */
export function RoleCheckboxes({ legend, value, onChange, error, disabled }: RoleCheckboxesProps) {
  const id = useId();
  const errorId = `${id}-erreur`;
  function toggle(role: Role, checked: boolean) {
    const next = checked ? [...value, role] : value.filter((r) => r !== role);
    onChange(ROLES.filter((r) => next.includes(r)));
  }
  return (
    <fieldset
      className={error ? 'role-checkboxes field--invalid' : 'role-checkboxes'}
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? 'true' : undefined}
      disabled={disabled}
    >
      <legend>{legend}</legend>
      <div className="role-checkboxes__grid">
        {ROLES.map((role) => (
          <div className="checkbox" key={role}>
            <input
              type="checkbox"
              id={`${id}-${role}`}
              checked={value.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
            />
            <label htmlFor={`${id}-${role}`}>{ROLE_LABELS[role]}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
