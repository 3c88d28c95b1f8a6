import { SelectField } from '../../ui/Field';
import { useOrganisationOptions } from './queries';

interface OrganisationSelectProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  emptyLabel: string;
  error?: string | undefined;
  required?: boolean;
  hint?: string;
  /** The select's name (the ErrorSummary links to it). */
  name?: string;
  /** Organisations not to offer (e.g. those the user already belongs to). */
  exclude?: readonly string[];
}

export function OrganisationSelect({
  label,
  value,
  onValueChange,
  emptyLabel,
  error,
  required,
  hint,
  name,
  exclude = [],
}: OrganisationSelectProps) {
  const options = useOrganisationOptions();
  const loadHint = options.isPending
    ? 'Chargement des organisations…'
    : options.isError
      ? "Les organisations n'ont pas pu être chargées."
      : undefined;
  return (
    <SelectField
      label={label}
      name={name}
      value={value}
      onValueChange={onValueChange}
      error={error}
      required={required}
      hint={loadHint ?? hint}
    >
      <option value="">{emptyLabel}</option>
      {(options.data ?? [])
        .filter((organisation) => !exclude.includes(organisation.id))
        .map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.active ? organisation.name : `${organisation.name} (désactivée)`}
          </option>
        ))}
    </SelectField>
  );
}
