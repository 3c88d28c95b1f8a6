import { fr } from '@codegouvfr/react-dsfr';
import { useId, type ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { newAction, type ActionValues, type ProjectValues } from '../projectForm';

export const replaceAt = <T,>(list: readonly T[], index: number, patch: Partial<T>): T[] =>
  list.map((item, i) => (i === index ? { ...item, ...patch } : item));
export const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

interface RowListProps<T extends { key: string }> {
  legend: string;
  itemLegend: (index: number) => string;
  rows: readonly T[];
  empty: string;
  addLabel: string;
  removeLabel: (index: number) => string;
  onAdd: () => string;
  onRemove: (index: number) => void;
  render: (row: T, index: number) => ReactNode;
  focusAfterRender: (key: string) => void;
}

/** A list of rows, each in its own fieldset with a remove button, and an add button under them. */
export function RowList<T extends { key: string }>({
  legend,
  itemLegend,
  rows,
  empty,
  addLabel,
  removeLabel,
  onAdd,
  onRemove,
  render,
  focusAfterRender,
}: RowListProps<T>) {
  const addKey = useId();
  return (
    <fieldset className={fr.cx('fr-fieldset', 'fr-mb-3w')}>
      <legend className={fr.cx('fr-fieldset__legend', 'fr-text--lead', 'fr-mb-1w')}>{legend}</legend>
      {rows.length === 0 ? <p className={fr.cx('fr-fieldset__element', 'fr-text--sm', 'fr-mb-1w')}>{empty}</p> : null}
      {rows.map((row, i) => (
        <div key={row.key} className={fr.cx('fr-fieldset__element')}>
          <fieldset className="clas-row" data-focus={row.key}>
            <legend className={fr.cx('fr-text--bold')}>{itemLegend(i)}</legend>
            <div className="clas-row__fields">{render(row, i)}</div>
            <Button
              variant="tertiary"
              size="small"
              className={fr.cx('fr-icon-delete-line', 'fr-btn--icon-left')}
              onClick={() => {
                onRemove(i);
                focusAfterRender(addKey);
              }}
            >
              {removeLabel(i)}
            </Button>
          </fieldset>
        </div>
      ))}
      <div className={fr.cx('fr-fieldset__element')}>
        <Button
          variant="secondary"
          size="small"
          className={fr.cx('fr-icon-add-line', 'fr-btn--icon-left')}
          data-focus={addKey}
          onClick={() => focusAfterRender(onAdd())}
        >
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}

export type Change = (mutate: (v: ProjectValues) => ProjectValues, clearPrefix?: string) => void;

/** Planned actions (with the parents, of concertation): a title and an optional period each. */
export function ActionRows({
  legend,
  itemName,
  list,
  rows,
  addLabel,
  change,
  err,
  focusAfterRender,
}: {
  legend: string;
  itemName: string;
  list: 'parentActions' | 'concertationActions';
  rows: readonly ActionValues[];
  addLabel: string;
  change: Change;
  err: (path: string) => string | undefined;
  focusAfterRender: (key: string) => void;
}) {
  return (
    <RowList
      legend={legend}
      itemLegend={(i) => `${itemName} ${i + 1}`}
      rows={rows}
      empty="Aucune action prévue pour l'instant."
      addLabel={addLabel}
      removeLabel={(i) => `Retirer : ${itemName.toLowerCase()} ${i + 1}`}
      focusAfterRender={focusAfterRender}
      onAdd={() => {
        const row = newAction();
        change((v) => ({ ...v, [list]: [...v[list], row] }));
        return row.key;
      }}
      onRemove={(i) => change((v) => ({ ...v, [list]: removeAt(v[list], i) }), list)}
      render={(a, i) => (
        <>
          <TextField
            label="Intitulé"
            name={`${list}.${i}.title`}
            required
            autoComplete="off"
            value={a.title}
            onValueChange={(title) =>
              change((v) => ({ ...v, [list]: replaceAt(v[list], i, { title }) }), `${list}.${i}.title`)
            }
            error={err(`${list}.${i}.title`)}
          />
          <TextField
            label="Période (facultatif)"
            name={`${list}.${i}.period`}
            autoComplete="off"
            value={a.period}
            onValueChange={(period) =>
              change((v) => ({ ...v, [list]: replaceAt(v[list], i, { period }) }), `${list}.${i}.period`)
            }
            error={err(`${list}.${i}.period`)}
            hint="Par exemple « novembre » ou « fin de trimestre »."
          />
        </>
      )}
    />
  );
}
