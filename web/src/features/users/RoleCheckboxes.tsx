import { fr } from '@codegouvfr/react-dsfr';
import { useId } from 'react';
import type { Role } from '../../gql/graphql';
import { ROLE_LABELS, ROLES } from '../identity/labels';

interface RoleCheckboxesProps {
  legend: string;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
  disabled?: boolean;
  /** The field's name (the inputs' `name`, and `data-field` for the ErrorSummary's link). */
  name?: string;
  /** Roles shown but not to be changed here, with the reason (a hint under the group). */
  locked?: { roles: readonly Role[]; reason: string };
}

/** The roles as DSFR checkboxes, grouped in a fieldset with its legend. */
export function RoleCheckboxes({
  legend,
  value,
  onChange,
  error,
  disabled,
  name = 'roles',
  locked,
}: RoleCheckboxesProps) {
  const id = useId();
  const legendId = `${id}-legende`;
  const messagesId = `${id}-messages`;
  function toggle(role: Role, checked: boolean) {
    const next = checked ? [...value, role] : value.filter((r) => r !== role);
    onChange(ROLES.filter((r) => next.includes(r)));
  }
  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-labelledby={`${legendId} ${messagesId}`}
      data-invalid={error ? 'true' : undefined}
      data-field={name}
      disabled={disabled}
    >
      <legend id={legendId} className={fr.cx('fr-fieldset__legend', 'fr-fieldset__legend--regular')}>
        {legend}
        {locked ? <span className={fr.cx('fr-hint-text')}>{locked.reason}</span> : null}
      </legend>
      {ROLES.map((role) => (
        <div className={fr.cx('fr-fieldset__element', 'fr-fieldset__element--inline')} key={role}>
          <div className={fr.cx('fr-checkbox-group', 'fr-checkbox-group--sm')}>
            <input
              type="checkbox"
              id={`${id}-${role}`}
              name={name}
              value={role}
              checked={value.includes(role)}
              disabled={locked?.roles.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
            />
            <label className={fr.cx('fr-label')} htmlFor={`${id}-${role}`}>
              {ROLE_LABELS[role]}
            </label>
          </div>
        </div>
      ))}
      <div className={fr.cx('fr-messages-group')} id={messagesId} aria-live="assertive">
        {error ? <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p> : null}
      </div>
    </fieldset>
  );
}
