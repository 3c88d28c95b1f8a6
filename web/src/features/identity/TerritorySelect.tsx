import { SelectField } from '../../ui/Field';
import { useTerritoryOptions } from './territories';

interface TerritorySelectProps {
  label?: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Text of the empty choice. */
  emptyLabel: string;
  error?: string | undefined;
  hint?: string;
  /** The select's name (the ErrorSummary links to it); territoryId by default. */
  name?: string;
}

/** A select of régions, départements and bassins, grouped by kind. */
export function TerritorySelect({
  label = 'Territoire',
  value,
  onValueChange,
  emptyLabel,
  error,
  hint,
  name = 'territoryId',
}: TerritorySelectProps) {
  const territories = useTerritoryOptions();
  const groups = territories.data
    ? [
        { label: 'Régions', nodes: territories.data.regions.nodes },
        { label: 'Départements', nodes: territories.data.departements.nodes },
        { label: 'Bassins', nodes: territories.data.bassins.nodes },
      ].filter((group) => group.nodes.length > 0)
    : [];
  const loadHint = territories.isPending
    ? 'Chargement des territoires…'
    : territories.isError
      ? "Les territoires n'ont pas pu être chargés."
      : undefined;
  return (
    <SelectField
      label={label}
      name={name}
      value={value}
      onValueChange={onValueChange}
      error={error}
      hint={loadHint ?? hint}
    >
      <option value="">{emptyLabel}</option>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.nodes.map((territory) => (
            <option key={territory.id} value={territory.id}>
              {territory.code ? `${territory.name} (${territory.code})` : territory.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
