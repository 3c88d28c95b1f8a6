import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectField, TextField } from '../../../ui/Field';
import { nextRowKey, RowsFieldset } from '../../../ui/RowsFieldset';
import { useReplaceTemplates, type OncallPoolItem } from './queries';

export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

interface TemplateRow {
  key: number;
  weekday: string;
  startTime: string;
  endTime: string;
  agentId: string;
  backupId: string;
}

const FIELDS = ['weekday', 'startTime', 'endTime', 'agentId', 'backupId'] as const;
const FIELD_LABELS: Record<(typeof FIELDS)[number], string> = {
  weekday: 'jour',
  startTime: 'début',
  endTime: 'fin',
  agentId: 'agent',
  backupId: 'backup',
};

const rowsOf = (pool: OncallPoolItem): TemplateRow[] =>
  pool.templates.map((t) => ({
    key: nextRowKey(),
    weekday: String(t.weekday),
    startTime: t.startTime,
    endTime: t.endTime,
    agentId: t.agent?.id ?? '',
    backupId: t.backup?.id ?? '',
  }));

/** After the last row: the next day, at the hour the last row ends, with its agent and backup. */
const nextRow = (rows: readonly TemplateRow[]): TemplateRow => {
  const last = rows.at(-1);
  return {
    key: nextRowKey(),
    weekday: last ? String((Number(last.weekday) % 7) + 1) : '1',
    startTime: last?.endTime ?? '08:00',
    endTime: last?.startTime ?? '20:00',
    agentId: '',
    backupId: '',
  };
};

/**
 * The pool's week of templates, edited as a whole and saved at once under the pool's version. The weeks
 * generated afterwards follow it; the shifts already built do not change.
 */
export function TemplatesForm({ pool, onDone }: { pool: OncallPoolItem; onDone: (saved?: string) => void }) {
  const replace = useReplaceTemplates();
  const [rows, setRows] = useState<TemplateRow[]>(() => rowsOf(pool));
  const formRef = useRef<HTMLFormElement>(null);
  const known = [...rows.flatMap((_, i) => FIELDS.map((f) => `templates.${i}.${f}`)), 'templates'];
  const errors = splitErrors(replace.error, known, (p) => p.replace(/^input\./, ''));
  useFocusFirstInvalid(formRef, errors.fields);
  const labels = Object.fromEntries(
    rows.flatMap((_, i) => FIELDS.map((f) => [`templates.${i}.${f}`, `Modèle ${i + 1} : ${FIELD_LABELS[f]}`])),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    replace.mutate(
      {
        poolId: pool.id,
        version: pool.version,
        templates: rows.map((r) => ({
          weekday: Number(r.weekday),
          startTime: r.startTime.trim(),
          endTime: r.endTime.trim(),
          agentId: r.agentId,
          backupId: r.backupId,
        })),
      },
      { onSuccess: () => onDone('Modèles enregistrés : les semaines générées désormais les suivent.') },
    );
  };
  const people = (label: string) => (
    <>
      <option value="">{label}</option>
      {pool.people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.displayName} ({p.cpmsName})
        </option>
      ))}
    </>
  );
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="modeles-edition" className={fr.cx('fr-mb-3w')}>
      <h4 id="modeles-edition">Modifier les modèles de la semaine</h4>
      <RowsFieldset
        legend="Permanences d’une semaine type"
        hint="Heure de Bruxelles (HH:MM). Une fin avant le début, ou égale, est le lendemain. Chaque modèle a un agent et un backup distincts."
        rowName="Modèle"
        removeLabel={(n) => `Retirer le modèle ${n}`}
        addLabel="Ajouter un modèle"
        rows={rows}
        onRowsChange={setRows}
        newRow={() => nextRow(rows)}
        error={errors.fields.templates}
        renderRow={(r, i, set) => (
          <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
            <div className={fr.cx('fr-col-12', 'fr-col-md-2')}>
              <SelectField
                label={`Modèle ${i + 1} : jour`}
                value={r.weekday}
                onValueChange={(x) => set({ weekday: x })}
                error={errors.fields[`templates.${i}.weekday`]}
              >
                {WEEKDAYS.map((d, n) => (
                  <option key={d} value={String(n + 1)}>
                    {d}
                  </option>
                ))}
              </SelectField>
            </div>
            <div className={fr.cx('fr-col-6', 'fr-col-md-2')}>
              <TextField
                label={`Modèle ${i + 1} : début`}
                value={r.startTime}
                onValueChange={(x) => set({ startTime: x })}
                error={errors.fields[`templates.${i}.startTime`]}
              />
            </div>
            <div className={fr.cx('fr-col-6', 'fr-col-md-2')}>
              <TextField
                label={`Modèle ${i + 1} : fin`}
                value={r.endTime}
                onValueChange={(x) => set({ endTime: x })}
                error={errors.fields[`templates.${i}.endTime`]}
              />
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
              <SelectField
                label={`Modèle ${i + 1} : agent`}
                value={r.agentId}
                onValueChange={(x) => set({ agentId: x })}
                error={errors.fields[`templates.${i}.agentId`]}
              >
                {people('Choisir l’agent')}
              </SelectField>
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
              <SelectField
                label={`Modèle ${i + 1} : backup`}
                value={r.backupId}
                onValueChange={(x) => set({ backupId: x })}
                error={errors.fields[`templates.${i}.backupId`]}
              >
                {people('Choisir le backup')}
              </SelectField>
            </div>
          </div>
        )}
      />
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button type="submit" busy={replace.isPending}>
            Enregistrer les modèles
          </Button>
        </li>
        <li>
          <Button variant="secondary" onClick={() => onDone()}>
            Fermer sans enregistrer
          </Button>
        </li>
      </ul>
    </form>
  );
}
