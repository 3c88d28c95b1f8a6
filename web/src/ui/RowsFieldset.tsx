import { fr } from '@codegouvfr/react-dsfr';
import { useId, type ReactNode } from 'react';
import { Button } from './Button';

/** A row of a list edited in a form: its key keeps React's identity while rows are added and removed. */
export interface KeyedRow {
  key: number;
}

let counter = 0;
/** A key no other row of the page holds. */
export const nextRowKey = () => ++counter;

/**
 * A list of rows edited in place (information flows, indicators, a week's templates): a fieldset whose
 * rows are labelled groups, each with its remove button, an error for the whole list, and a button to add
 * a row.
 */
export function RowsFieldset<R extends KeyedRow>({
  legend,
  hint,
  rowName,
  removeLabel,
  addLabel,
  rows,
  onRowsChange,
  newRow,
  error,
  renderRow,
}: {
  legend: string;
  hint?: ReactNode;
  /** The name of a row in its group's label: « Flux » gives « Flux 1 », « Flux 2 »… */
  rowName: string;
  /** The remove button's text for row `n` (from 1). */
  removeLabel: (n: number) => string;
  addLabel: string;
  rows: R[];
  onRowsChange: (rows: R[]) => void;
  newRow: () => R;
  error?: string;
  renderRow: (row: R, index: number, set: (change: Partial<R>) => void) => ReactNode;
}) {
  const hintId = useId();
  const set = (key: number) => (change: Partial<R>) =>
    onRowsChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <fieldset className={fr.cx('fr-fieldset')} aria-describedby={hint ? hintId : undefined}>
      <legend className={fr.cx('fr-fieldset__legend')}>{legend}</legend>
      {hint ? (
        <p id={hintId} className={fr.cx('fr-hint-text', 'fr-ml-1w')}>
          {hint}
        </p>
      ) : null}
      {rows.map((r, i) => (
        <div key={r.key} className={fr.cx('fr-fieldset__element')} role="group" aria-label={`${rowName} ${i + 1}`}>
          {renderRow(r, i, set(r.key))}
          <Button variant="tertiary" onClick={() => onRowsChange(rows.filter((x) => x.key !== r.key))}>
            {removeLabel(i + 1)}
          </Button>
        </div>
      ))}
      {error ? (
        <p className={fr.cx('fr-error-text', 'fr-ml-1w')} role="alert">
          {error}
        </p>
      ) : null}
      <div className={fr.cx('fr-fieldset__element')}>
        <Button variant="secondary" onClick={() => onRowsChange([...rows, newRow()])}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
