import { TextField } from '../../../ui/Field';
import { nextRowKey, RowsFieldset } from '../../../ui/RowsFieldset';

export interface IndicatorRow {
  key: number;
  label: string;
  baseline: string;
  target: string;
  /** Kept as it was: the values reached are recorded elsewhere. */
  reached: number | null;
  objectiveCode: string | null;
}

export const newIndicatorRow = (): IndicatorRow => ({
  key: nextRowKey(),
  label: '',
  baseline: '',
  target: '',
  reached: null,
  objectiveCode: null,
});

export const indicatorRowsOf = (
  list: readonly {
    label: string;
    baseline: number;
    target: number;
    reached?: number | null;
    objectiveCode?: string | null;
  }[],
): IndicatorRow[] =>
  list.map((i) => ({
    key: nextRowKey(),
    label: i.label,
    baseline: String(i.baseline).replace('.', ','),
    target: String(i.target).replace('.', ','),
    reached: i.reached ?? null,
    objectiveCode: i.objectiveCode ?? null,
  }));

const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

/** The numbers the form cannot read, at their fields (checked before sending: the API takes numbers). */
export function indicatorNumberErrors(rows: readonly IndicatorRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((r, i) => {
    if (Number.isNaN(num(r.baseline))) errors[`indicators.${i}.baseline`] = 'Indiquez un nombre, par exemple 12,5.';
    if (Number.isNaN(num(r.target))) errors[`indicators.${i}.target`] = 'Indiquez un nombre, par exemple 12,5.';
  });
  return errors;
}

/** The rows with something written in them (the empty ones are left out before sending). */
export const filledIndicatorRows = (rows: readonly IndicatorRow[]) =>
  rows.filter((r) => r.label || r.baseline || r.target);

/** The rows as the API takes them. */
export const indicatorInputs = (rows: readonly IndicatorRow[]) =>
  rows.map((r) => ({
    label: r.label,
    baseline: num(r.baseline),
    target: num(r.target),
    reached: r.reached,
    objectiveCode: r.objectiveCode as never,
  }));

/** The indicators' rows (label, baseline, target), with buttons to add and remove one. */
export function IndicatorRows({
  legend,
  rows,
  onRowsChange,
  errors,
}: {
  legend: string;
  rows: IndicatorRow[];
  onRowsChange: (rows: IndicatorRow[]) => void;
  errors: Record<string, string>;
}) {
  return (
    <RowsFieldset
      legend={legend}
      rowName="Indicateur"
      removeLabel={(n) => `Retirer l’indicateur ${n}`}
      addLabel="Ajouter un indicateur"
      rows={rows}
      onRowsChange={onRowsChange}
      newRow={newIndicatorRow}
      error={errors.indicators}
      renderRow={(r, i, set) => (
        <>
          <TextField
            label={`Indicateur ${i + 1} : intitulé`}
            value={r.label}
            onValueChange={(x) => set({ label: x })}
            error={errors[`indicators.${i}.label`]}
          />
          <TextField
            label={`Indicateur ${i + 1} : situation de départ`}
            inputMode="decimal"
            value={r.baseline}
            onValueChange={(x) => set({ baseline: x })}
            error={errors[`indicators.${i}.baseline`]}
          />
          <TextField
            label={`Indicateur ${i + 1} : cible`}
            inputMode="decimal"
            value={r.target}
            onValueChange={(x) => set({ target: x })}
            error={errors[`indicators.${i}.target`]}
          />
        </>
      )}
    />
  );
}

/** The labels of the rows' fields, for the error summary. */
export const indicatorLabels = (rows: readonly IndicatorRow[]) =>
  Object.fromEntries(
    rows.flatMap((_, i) => [
      [`indicators.${i}.label`, `Indicateur ${i + 1} : intitulé`],
      [`indicators.${i}.baseline`, `Indicateur ${i + 1} : situation de départ`],
      [`indicators.${i}.target`, `Indicateur ${i + 1} : cible`],
    ]),
  );
