import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';

export interface IndicatorRow {
  key: number;
  label: string;
  baseline: string;
  target: string;
  /** Kept as it was: the values reached are recorded elsewhere. */
  reached: number | null;
  objectiveCode: string | null;
}

let counter = 0;
export const newIndicatorRow = (): IndicatorRow => ({
  key: ++counter,
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
    key: ++counter,
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
  const set = (key: number, change: Partial<IndicatorRow>) =>
    onRowsChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <fieldset className={fr.cx('fr-fieldset')}>
      <legend className={fr.cx('fr-fieldset__legend')}>{legend}</legend>
      {rows.map((r, i) => (
        <div key={r.key} className={fr.cx('fr-fieldset__element')} role="group" aria-label={`Indicateur ${i + 1}`}>
          <TextField
            label={`Indicateur ${i + 1} : intitulé`}
            value={r.label}
            onValueChange={(x) => set(r.key, { label: x })}
            error={errors[`indicators.${i}.label`]}
          />
          <TextField
            label={`Indicateur ${i + 1} : situation de départ`}
            inputMode="decimal"
            value={r.baseline}
            onValueChange={(x) => set(r.key, { baseline: x })}
            error={errors[`indicators.${i}.baseline`]}
          />
          <TextField
            label={`Indicateur ${i + 1} : cible`}
            inputMode="decimal"
            value={r.target}
            onValueChange={(x) => set(r.key, { target: x })}
            error={errors[`indicators.${i}.target`]}
          />
          <Button variant="tertiary" onClick={() => onRowsChange(rows.filter((x) => x.key !== r.key))}>
            Retirer l’indicateur {i + 1}
          </Button>
        </div>
      ))}
      {errors.indicators ? (
        <p className={fr.cx('fr-error-text', 'fr-ml-1w')} role="alert">
          {errors.indicators}
        </p>
      ) : null}
      <div className={fr.cx('fr-fieldset__element')}>
        <Button variant="secondary" onClick={() => onRowsChange([...rows, newIndicatorRow()])}>
          Ajouter un indicateur
        </Button>
      </div>
    </fieldset>
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
