import type { Role } from '../../gql/graphql';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
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

/** The roles as DSFR checkboxes side by side, grouped in a fieldset with its legend. */
export function RoleCheckboxes({
  legend,
  value,
  onChange,
  error,
  disabled,
  name = 'roles',
  locked,
}: RoleCheckboxesProps) {
  return (
    <CheckboxGroup
      legend={legend}
      hint={locked?.reason}
      options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], disabled: locked?.roles.includes(role) }))}
      selected={value}
      onChange={onChange}
      error={error}
      name={name}
      disabled={disabled}
      inline
    />
  );
}
