import { TextField } from '../../../ui/Field';
import { nextRowKey, RowsFieldset } from '../../../ui/RowsFieldset';

export interface FlowRow {
  key: number;
  what: string;
  how: string;
  consent: string;
}

export const newFlowRow = (): FlowRow => ({ key: nextRowKey(), what: '', how: '', consent: '' });

/** The rows with something written in them (the empty ones are left out before sending). */
export const filledFlowRows = (rows: readonly FlowRow[]) => rows.filter((r) => r.what || r.how || r.consent);

export const flowInputs = (rows: readonly FlowRow[]) =>
  rows.map((r) => ({ what: r.what, how: r.how, consent: r.consent }));

/** The information flows' rows (what, how, with whose consent), with buttons to add and remove one. */
export function FlowRows({
  rows,
  onRowsChange,
  errors,
}: {
  rows: FlowRow[];
  onRowsChange: (rows: FlowRow[]) => void;
  errors: Record<string, string>;
}) {
  return (
    <RowsFieldset
      legend="Circulation de l’information"
      hint="Ce qui circule entre l’école et le centre, comment, avec l’accord de qui — dans le respect du secret professionnel."
      rowName="Flux"
      removeLabel={(n) => `Retirer le flux ${n}`}
      addLabel="Ajouter un flux d’information"
      rows={rows}
      onRowsChange={onRowsChange}
      newRow={newFlowRow}
      error={errors.informationFlows}
      renderRow={(r, i, set) => (
        <>
          <TextField
            label={`Flux ${i + 1} : information`}
            value={r.what}
            onValueChange={(x) => set({ what: x })}
            error={errors[`informationFlows.${i}.what`]}
          />
          <TextField
            label={`Flux ${i + 1} : moyen`}
            value={r.how}
            onValueChange={(x) => set({ how: x })}
            error={errors[`informationFlows.${i}.how`]}
          />
          <TextField
            label={`Flux ${i + 1} : avec l’accord de`}
            value={r.consent}
            onValueChange={(x) => set({ consent: x })}
            error={errors[`informationFlows.${i}.consent`]}
          />
        </>
      )}
    />
  );
}

/** The labels of the rows' fields, for the error summary. */
export const flowLabels = (rows: readonly FlowRow[]) =>
  Object.fromEntries(
    rows.flatMap((_, i) => [
      [`informationFlows.${i}.what`, `Flux ${i + 1} : information`],
      [`informationFlows.${i}.how`, `Flux ${i + 1} : moyen`],
      [`informationFlows.${i}.consent`, `Flux ${i + 1} : avec l’accord de`],
    ]),
  );
