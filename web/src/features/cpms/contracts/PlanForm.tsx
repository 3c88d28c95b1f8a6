import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import {
  CPMS_SYSTEM_OBJECTIVES,
  CPMS_SYSTEM_OBJECTIVE_LABELS,
  type CpmsSystemObjective,
} from '@maillage/shared/cpms-contracts';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import type { CpmsSchoolPlansQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { DateField, Field, SelectField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { SaveErrorBanner } from '../../../ui/SaveErrorBanner';
import { CreatePlanDocument, UpdatePlanDocument, useContractMutation } from './queries';

type Plan = CpmsSchoolPlansQuery['cpmsSchoolPlans'][number];

const LABELS: Record<string, string> = {
  title: 'Intitulé du plan',
  startsOn: 'Début',
  endsOn: 'Fin',
  midEvaluationOn: 'Évaluation à mi-parcours',
  endEvaluationOn: 'Évaluation finale',
  objectives: 'Objectifs',
};

/** Maps a server path (`input.objectives.1.wording`) to a key the form shows, else to its list's key. */
export function rowPathMapper(known: () => readonly string[]) {
  return (path: string) => {
    const p = path.replace(/^input\./, '');
    if (known().includes(p)) return p;
    return p.replace(/\.\d+(\.\w+)?$/, '');
  };
}

interface Row {
  key: number;
  code: CpmsSystemObjective | '';
  wording: string;
}

/**
 * The school's head writes the school's plan de pilotage (`plan` absent) or changes it: its dates, its
 * evaluation dates and its objectives, chosen among the system's, each in the school's own words.
 */
export function PlanForm({
  schoolId,
  plan,
  onDone,
  onCancel,
}: {
  schoolId: string;
  plan?: Plan;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const nextKey = useRef(1);
  const [v, setV] = useState({
    title: plan?.title ?? '',
    startsOn: (plan?.startsOn as string | undefined) ?? '',
    endsOn: (plan?.endsOn as string | undefined) ?? '',
    midEvaluationOn: (plan?.midEvaluationOn as string | null | undefined) ?? '',
    endEvaluationOn: (plan?.endEvaluationOn as string | undefined) ?? '',
  });
  const [rows, setRows] = useState<Row[]>(() =>
    plan?.objectives.length
      ? plan.objectives.map((o) => ({ key: nextKey.current++, code: o.code, wording: o.wording }))
      : [{ key: nextKey.current++, code: '', wording: '' }],
  );
  const formRef = useRef<HTMLFormElement>(null);
  const common = () => ({
    title: v.title,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    midEvaluationOn: v.midEvaluationOn || null,
    endEvaluationOn: v.endEvaluationOn,
    objectives: rows.map((r) => ({ code: r.code as CpmsSystemObjective, wording: r.wording })),
  });
  const mutation = useContractMutation(async () => {
    if (plan) {
      await gqlRequest(UpdatePlanDocument, {
        input: {
          id: plan.id,
          version: plan.version,
          ...common(),
          midEvaluationResult: plan.midEvaluationResult ?? null,
          endEvaluationResult: plan.endEvaluationResult ?? null,
        },
      });
      return `Plan « ${v.title} » enregistré.`;
    }
    await gqlRequest(CreatePlanDocument, { input: { schoolId, ...common() } });
    return `Plan « ${v.title} » créé.`;
  });
  const known = [
    ...Object.keys(LABELS),
    ...rows.flatMap((_, i) => [`objectives.${i}.code`, `objectives.${i}.wording`]),
  ];
  const labels = {
    ...LABELS,
    ...Object.fromEntries(
      rows.flatMap((_, i) => [
        [`objectives.${i}.code`, `Objectif ${i + 1}`],
        [`objectives.${i}.wording`, `Objectif ${i + 1} : formulation de l’école`],
      ]),
    ),
  };
  const errors = splitErrors(
    mutation.error,
    known,
    rowPathMapper(() => known),
  );
  useFocusFirstInvalid(formRef, errors.fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(undefined, { onSuccess: onDone });
  };
  const setRow = (key: number, change: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const date = (key: 'startsOn' | 'endsOn' | 'midEvaluationOn' | 'endEvaluationOn', required = true) => (
    <DateField
      label={LABELS[key]!}
      required={required}
      value={v[key]}
      onValueChange={(x) => setV({ ...v, [key]: x })}
      error={errors.fields[key]}
    />
  );
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-label={plan ? `Modifier le plan « ${plan.title} »` : 'Nouveau plan de pilotage'}
      className={fr.cx('fr-my-3w')}
    >
      <SaveErrorBanner
        conflict={errors.conflict}
        conflictMessage="Le plan a été modifié entre-temps : rechargez-le avant de le modifier à nouveau."
        reloadLabel="Recharger le plan"
        onReload={onCancel}
        reloading={false}
      />
      <TextField
        label={LABELS.title!}
        required
        value={v.title}
        onValueChange={(x) => setV({ ...v, title: x })}
        error={errors.fields.title}
      />
      {date('startsOn')}
      {date('endsOn')}
      {date('midEvaluationOn', false)}
      {date('endEvaluationOn')}
      <fieldset className={fr.cx('fr-fieldset')} aria-describedby="plan-objectives-hint">
        <legend className={fr.cx('fr-fieldset__legend')}>{LABELS.objectives}</legend>
        <p id="plan-objectives-hint" className={fr.cx('fr-hint-text', 'fr-ml-1w')}>
          Chaque objectif du plan est l’un des objectifs d’amélioration du système, dans les mots de l’école.
        </p>
        {rows.map((r, i) => (
          <div key={r.key} className={fr.cx('fr-fieldset__element')} role="group" aria-label={`Objectif ${i + 1}`}>
            <SelectField
              label={`Objectif ${i + 1}`}
              required
              value={r.code}
              onValueChange={(x) => setRow(r.key, { code: x as CpmsSystemObjective })}
              error={errors.fields[`objectives.${i}.code`]}
            >
              <option value="" disabled>
                Choisir un objectif du système
              </option>
              {CPMS_SYSTEM_OBJECTIVES.map((code) => (
                <option key={code} value={code}>
                  {CPMS_SYSTEM_OBJECTIVE_LABELS[code]}
                </option>
              ))}
            </SelectField>
            <Field
              label={`Objectif ${i + 1} : formulation de l’école`}
              required
              error={errors.fields[`objectives.${i}.wording`]}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={2}
                  value={r.wording}
                  onChange={(e) => setRow(r.key, { wording: e.target.value })}
                />
              )}
            </Field>
            {rows.length > 1 ? (
              <Button variant="tertiary" onClick={() => setRows(rows.filter((x) => x.key !== r.key))}>
                Retirer l’objectif {i + 1}
              </Button>
            ) : null}
          </div>
        ))}
        {errors.fields.objectives ? (
          <p className={fr.cx('fr-error-text', 'fr-ml-1w')} role="alert">
            {errors.fields.objectives}
          </p>
        ) : null}
        <div className={fr.cx('fr-fieldset__element')}>
          <Button
            variant="secondary"
            onClick={() => setRows([...rows, { key: nextKey.current++, code: '', wording: '' }])}
          >
            Ajouter un objectif
          </Button>
        </div>
      </fieldset>
      <FormActions
        errors={{ fields: errors.fields, general: errors.conflict ? null : errors.general, labels }}
        submitLabel={plan ? 'Enregistrer le plan' : 'Créer le plan'}
        busy={mutation.isPending}
        onCancel={() => {
          mutation.reset();
          onCancel();
        }}
      />
    </form>
  );
}
