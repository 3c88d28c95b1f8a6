import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';

export interface FlowRow {
  key: number;
  what: string;
  how: string;
  consent: string;
}

let counter = 0;
export const newFlowRow = (): FlowRow => ({ key: ++counter, what: '', how: '', consent: '' });

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
  const set = (key: number, change: Partial<FlowRow>) =>
    onRowsChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <fieldset className={fr.cx('fr-fieldset')} aria-describedby="flows-hint">
      <legend className={fr.cx('fr-fieldset__legend')}>Circulation de l’information</legend>
      <p id="flows-hint" className={fr.cx('fr-hint-text', 'fr-ml-1w')}>
        Ce qui circule entre l’école et le centre, comment, avec l’accord de qui — dans le respect du secret
        professionnel.
      </p>
      {rows.map((r, i) => (
        <div key={r.key} className={fr.cx('fr-fieldset__element')} role="group" aria-label={`Flux ${i + 1}`}>
          <TextField
            label={`Flux ${i + 1} : information`}
            value={r.what}
            onValueChange={(x) => set(r.key, { what: x })}
            error={errors[`informationFlows.${i}.what`]}
          />
          <TextField
            label={`Flux ${i + 1} : moyen`}
            value={r.how}
            onValueChange={(x) => set(r.key, { how: x })}
            error={errors[`informationFlows.${i}.how`]}
          />
          <TextField
            label={`Flux ${i + 1} : avec l’accord de`}
            value={r.consent}
            onValueChange={(x) => set(r.key, { consent: x })}
            error={errors[`informationFlows.${i}.consent`]}
          />
          <Button variant="tertiary" onClick={() => onRowsChange(rows.filter((x) => x.key !== r.key))}>
            Retirer le flux {i + 1}
          </Button>
        </div>
      ))}
      {errors.informationFlows ? (
        <p className={fr.cx('fr-error-text', 'fr-ml-1w')} role="alert">
          {errors.informationFlows}
        </p>
      ) : null}
      <div className={fr.cx('fr-fieldset__element')}>
        <Button variant="secondary" onClick={() => onRowsChange([...rows, newFlowRow()])}>
          Ajouter un flux d’information
        </Button>
      </div>
    </fieldset>
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
