import { SelectField } from '../../ui/Field';
import { useDirectoryOrganisations } from './queries';

interface OrganisationSelectProps {
  label: string;
  value: string;
  onValueChange: (organisationId: string) => void;
  /** The first option, for no organisation chosen. */
  emptyLabel: string;
  error?: string;
  required?: boolean;
  name?: string;
}

/** An organisation of the directory, chosen by name; the hint says when the directory is loading or failed. */
export function OrganisationSelect({
  label,
  value,
  onValueChange,
  emptyLabel,
  error,
  required,
  name,
}: OrganisationSelectProps) {
  const organisations = useDirectoryOrganisations();
  return (
    <SelectField
      label={label}
      required={required}
      name={name}
      value={value}
      onValueChange={onValueChange}
      error={error}
      hint={
        organisations.isPending
          ? "Chargement de l'annuaire…"
          : organisations.isError
            ? "L'annuaire n'a pas pu être chargé."
            : 'Parmi les organisations de l’annuaire.'
      }
    >
      <option value="">{emptyLabel}</option>
      {(organisations.data ?? []).map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}
