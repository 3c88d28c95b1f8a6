import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { graphql } from '../../../gql';
import type { EvaluationCriteriaQuery } from '../../../gql/graphql';
import { fetchWithToken } from '../../../app/download';
import { Button } from '../../../ui/Button';
import { DownloadButtons } from '../../../ui/DownloadButtons';
import { ErrorState } from '../../../ui/ErrorState';
import { DateField, TextField } from '../../../ui/Field';
import { EditDeleteButtons, FormActions } from '../../../ui/FormActions';
import { LoadingState } from '../../../ui/LoadingState';
import { SaveErrorBanner } from '../../../ui/SaveErrorBanner';
import { BarChart } from '../../psad-dashboard/charts/BarChart';
import { useChosenCio, useOrientationCios, type OrientationCio } from '../cios';
import { decimalText, parseDecimal } from './decimal';
import {
  useAddCriterionValue,
  useCreateCriterion,
  useDeleteCriterion,
  useRemoveCriterionValue,
  useUpdateCriterion,
} from './queries';
import '../../../ui/styles/dashboard.css';
import '../../../ui/styles/orientation.css';

const EvaluationCriteriaDocument = graphql(`
  query EvaluationCriteria($cioId: ID!) {
    evaluationCriteria(cioId: $cioId) {
      id
      label
      indicator
      baseline
      target
      unit
      version
      values {
        id
        measuredOn
        value
        comment
      }
    }
  }
`);

type Criterion = EvaluationCriteriaQuery['evaluationCriteria'][number];
const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });
const day = (d: unknown) => DAY.format(new Date(`${String(d)}T00:00:00Z`));
const num = (n: number | null | undefined, unit?: string | null) =>
  n == null ? '—' : `${n.toLocaleString('fr-FR')}${unit ? ` ${unit}` : ''}`;

const mapPath = (p: string) => p.replace(/^input\./, '');
const CRITERION_FIELDS = ['label', 'indicator', 'baseline', 'target', 'unit'] as const;
const CRITERION_LABELS = {
  label: 'Intitulé',
  indicator: 'Indicateur',
  baseline: 'Situation de départ',
  target: 'Cible',
  unit: 'Unité',
};
const NOT_A_NUMBER = 'saisissez un nombre (par exemple 12 ou 12,5)';

/** Creates a criterion for the CIO, or edits one (its indicator, baseline, target and unit). */
function CriterionForm({
  cio,
  editing,
  onDone,
}: {
  cio: OrientationCio;
  editing: Criterion | null;
  /** After a save (with the criterion's id) or « Annuler » (without). */
  onDone: (savedId?: string) => void;
}) {
  const [values, setValues] = useState({
    label: editing?.label ?? '',
    indicator: editing?.indicator ?? '',
    baseline: decimalText(editing?.baseline),
    target: decimalText(editing?.target),
    unit: editing?.unit ?? '',
  });
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const create = useCreateCriterion();
  const update = useUpdateCriterion();
  const mutation = editing ? update : create;
  const server = splitErrors(mutation.error, CRITERION_FIELDS, mapPath);
  const fields = { ...server.fields, ...local };
  // Unique: a criterion may be edited while another is being created.
  const titleId = useId();
  const Heading = editing ? 'h3' : 'h2';
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, fields);
  const set = (k: keyof typeof values) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const baseline = parseDecimal(values.baseline);
    const target = parseDecimal(values.target);
    const errors = {
      label: values.label.trim() ? undefined : 'saisissez l’intitulé du critère',
      indicator: values.indicator.trim() ? undefined : 'saisissez l’indicateur mesuré',
      baseline: Number.isNaN(baseline) ? NOT_A_NUMBER : undefined,
      target: Number.isNaN(target) ? NOT_A_NUMBER : undefined,
    };
    setLocal(errors);
    if (Object.values(errors).some(Boolean)) return;
    mutation.reset();
    const input = {
      label: values.label.trim(),
      indicator: values.indicator.trim(),
      baseline,
      target,
      unit: values.unit.trim() || null,
    };
    if (editing)
      update.mutate({ id: editing.id, version: editing.version, ...input }, { onSuccess: () => onDone(editing.id) });
    else create.mutate({ cioId: cio.id, ...input }, { onSuccess: (data) => onDone(data.createEvaluationCriterion.id) });
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="orientation__form" aria-labelledby={titleId}>
      {/* Within the criterion's own section when editing it. */}
      <Heading id={titleId} className={fr.cx('fr-h5')}>
        {editing ? `Modifier le critère « ${editing.label} »` : 'Nouveau critère d’évaluation'}
      </Heading>
      <SaveErrorBanner
        conflict={server.conflict}
        conflictMessage="Ce critère a été modifié entre-temps. Fermez le formulaire pour le recharger."
        reloadLabel="Fermer et recharger"
        onReload={onDone}
        reloading={false}
        general={null}
      />
      <TextField
        label="Intitulé"
        name="label"
        required
        maxLength={200}
        value={values.label}
        onValueChange={set('label')}
        error={fields.label}
      />
      <TextField
        label="Indicateur"
        name="indicator"
        required
        maxLength={500}
        hint="Ce qui est mesuré, et comment."
        value={values.indicator}
        onValueChange={set('indicator')}
        error={fields.indicator}
      />
      <TextField
        label="Situation de départ"
        name="baseline"
        inputMode="decimal"
        hint="Facultatif. Un nombre, par exemple 21 ou 12,5."
        value={values.baseline}
        onValueChange={set('baseline')}
        error={fields.baseline}
      />
      <TextField
        label="Cible"
        name="target"
        inputMode="decimal"
        hint="Facultatif. Un nombre."
        value={values.target}
        onValueChange={set('target')}
        error={fields.target}
      />
      <TextField
        label="Unité"
        name="unit"
        maxLength={40}
        hint="Facultatif : jours, %, établissements…"
        value={values.unit}
        onValueChange={set('unit')}
        error={fields.unit}
      />
      <FormActions
        errors={{ fields, general: server.conflict ? null : server.general, labels: CRITERION_LABELS }}
        submitLabel={editing ? 'Enregistrer' : 'Ajouter le critère'}
        busy={mutation.isPending}
        onCancel={() => onDone()}
      />
    </form>
  );
}

/** Adds a value measured on a day to a criterion. */
function ValueForm({ c, onDone }: { c: Criterion; onDone: () => void }) {
  const [values, setValues] = useState({ measuredOn: '', value: '', comment: '' });
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const add = useAddCriterionValue();
  const server = splitErrors(add.error, ['measuredOn', 'value', 'comment'], mapPath);
  const fields = { ...server.fields, ...local };
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, fields);
  const set = (k: keyof typeof values) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = parseDecimal(values.value);
    const errors = {
      measuredOn: !values.measuredOn
        ? 'saisissez la date de la mesure'
        : /^\d{4}-\d{2}-\d{2}$/.test(values.measuredOn)
          ? undefined
          : 'date invalide : saisissez-la au format jj/mm/aaaa',
      value: value === null ? 'saisissez la valeur mesurée' : Number.isNaN(value) ? NOT_A_NUMBER : undefined,
    };
    setLocal(errors);
    if (errors.measuredOn || errors.value || value === null) return;
    add.mutate(
      { criterionId: c.id, measuredOn: values.measuredOn, value, comment: values.comment.trim() || null },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="orientation__form"
      aria-labelledby={`valeur-titre-${c.id}`}
    >
      <h3 id={`valeur-titre-${c.id}`} className={fr.cx('fr-h6')}>
        Nouvelle valeur mesurée : {c.label}
      </h3>
      <DateField
        label="Date de la mesure"
        name="measuredOn"
        required
        value={values.measuredOn}
        onValueChange={set('measuredOn')}
        error={fields.measuredOn}
      />
      <TextField
        label={c.unit ? `Valeur mesurée (${c.unit})` : 'Valeur mesurée'}
        name="value"
        required
        inputMode="decimal"
        hint="Un nombre, par exemple 12 ou 12,5."
        value={values.value}
        onValueChange={set('value')}
        error={fields.value}
      />
      <TextField
        label="Commentaire"
        name="comment"
        maxLength={2000}
        hint="Facultatif. Aucun nom d’élève."
        value={values.comment}
        onValueChange={set('comment')}
        error={fields.comment}
      />
      <FormActions
        errors={{
          fields,
          general: server.general,
          labels: { measuredOn: 'Date de la mesure', value: 'Valeur mesurée', comment: 'Commentaire' },
        }}
        submitLabel="Ajouter la valeur"
        busy={add.isPending}
        onCancel={onDone}
      />
    </form>
  );
}

/**
 * A criterion: its values over time drawn with its baseline and target, and the same figures as a table;
 * to the direction team, its buttons to edit or delete it and to add or remove a value.
 */
function CriterionSection({ c, cio, focused }: { c: Criterion; cio: OrientationCio; focused: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focused) heading.current?.focus();
  }, [focused]);
  const [mode, setMode] = useState<'edit' | 'value' | null>(null);
  const remove = useDeleteCriterion();
  const removeValue = useRemoveCriterionValue();
  const removeError = splitErrors(remove.error ?? removeValue.error, []);
  const bars = [
    ...(c.baseline != null ? [{ key: 'baseline', label: 'Situation de départ', value: c.baseline }] : []),
    ...c.values.map((v) => ({ key: v.id, label: day(v.measuredOn), value: v.value })),
    ...(c.target != null ? [{ key: 'target', label: 'Cible', value: c.target }] : []),
  ];
  const direct = cio.canDirect;
  return (
    <section aria-labelledby={`crit-${c.id}`} className={fr.cx('fr-mb-6w')}>
      <h2 id={`crit-${c.id}`} ref={heading} tabIndex={-1}>
        {c.label}
      </h2>
      {direct && mode !== 'edit' ? (
        <EditDeleteButtons
          name={`le critère ${c.label}`}
          onEdit={() => setMode('edit')}
          confirmMessage={`Supprimer le critère « ${c.label} » et ses ${c.values.length} valeurs mesurées ?`}
          onDelete={() =>
            // The section is gone (its own callbacks with it): the focus goes back to « Nouveau critère ».
            void remove.mutateAsync({ id: c.id, version: c.version }).then(
              () => document.getElementById('nouveau-critere')?.focus(),
              () => undefined,
            )
          }
          deleting={remove.isPending}
        />
      ) : null}
      {removeError.general ? (
        <div className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mb-2w')} role="alert">
          <p>{removeError.general}</p>
        </div>
      ) : null}
      {mode === 'edit' ? (
        <CriterionForm
          cio={cio}
          editing={c}
          onDone={() => {
            setMode(null);
            heading.current?.focus();
          }}
        />
      ) : null}
      <p>
        Indicateur : {c.indicator}. Situation de départ : {num(c.baseline, c.unit)} ; cible : {num(c.target, c.unit)}.
      </p>
      <BarChart bars={bars} />
      <div className={fr.cx('fr-table', 'fr-table--sm')}>
        <table>
          <caption>Valeurs mesurées : {c.label}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Valeur</th>
              <th scope="col">Commentaire</th>
              {direct ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Situation de départ</th>
              <td>{num(c.baseline, c.unit)}</td>
              <td />
              {direct ? <td /> : null}
            </tr>
            {c.values.map((v) => (
              <tr key={v.id}>
                <th scope="row">{day(v.measuredOn)}</th>
                <td>{num(v.value, c.unit)}</td>
                <td>{v.comment ?? ''}</td>
                {direct ? (
                  <td>
                    <Button
                      size="small"
                      variant="danger"
                      title={`Supprimer la valeur du ${day(v.measuredOn)} (${c.label})`}
                      busy={removeValue.isPending && removeValue.variables === v.id}
                      onClick={() => {
                        if (window.confirm(`Supprimer la valeur du ${day(v.measuredOn)} (${num(v.value, c.unit)}) ?`))
                          removeValue.mutate(v.id, {
                            onSuccess: () => document.getElementById(`ajouter-valeur-${c.id}`)?.focus(),
                          });
                      }}
                    >
                      Supprimer
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
            <tr>
              <th scope="row">Cible</th>
              <td>{num(c.target, c.unit)}</td>
              <td />
              {direct ? <td /> : null}
            </tr>
          </tbody>
        </table>
      </div>
      {direct && mode === 'value' ? (
        <ValueForm
          key={c.values.length}
          c={c}
          onDone={() => {
            setMode(null);
            window.setTimeout(() => document.getElementById(`ajouter-valeur-${c.id}`)?.focus(), 0);
          }}
        />
      ) : direct ? (
        <Button
          id={`ajouter-valeur-${c.id}`}
          variant="secondary"
          onClick={() => setMode('value')}
          title={`Ajouter une valeur mesurée : ${c.label}`}
        >
          Ajouter une valeur
        </Button>
      ) : null}
    </section>
  );
}

/** The working group's evaluation criteria of the experiment, per CIO; the direction team edits them. */
export function EvaluationPage() {
  usePageTitle('Évaluation de l’expérimentation');
  const cios = useOrientationCios();
  const { cio, picker } = useChosenCio(cios.data?.orientationCios);
  const [creating, setCreating] = useState(false);
  /** The criterion just created, whose heading takes the focus once it is in the list. */
  const [created, setCreated] = useState<string | null>(null);
  const criteria = useQuery({
    queryKey: ['evaluationCriteria', cio?.id],
    queryFn: () => gqlRequest(EvaluationCriteriaDocument, { cioId: cio!.id }),
    enabled: !!cio,
  });
  if (cios.isPending) return <LoadingState />;
  if (cios.isError) return <ErrorState error={cios.error} onRetry={() => void cios.refetch()} />;
  return (
    <div className="page orientation">
      <h1>Évaluation de l’expérimentation</h1>
      {picker}
      {!cio ? <p>Vous n’êtes rattaché à aucun CIO.</p> : null}
      {cio ? (
        <DownloadButtons
          formats={['pdf'] as const}
          groupLabel="Rapport d’évaluation pour la réunion bilan"
          buttonText={() => 'Télécharger le rapport d’évaluation (PDF)'}
          formatName={() => 'PDF'}
          fallbackFileName={() => 'rapport-evaluation.pdf'}
          fetchFile={() => fetchWithToken(`/api/orientation/cios/${cio.id}/rapport-evaluation.pdf`)}
        />
      ) : null}
      {cio?.canDirect ? (
        creating ? (
          <CriterionForm
            key={cio.id}
            cio={cio}
            editing={null}
            onDone={(id) => {
              setCreating(false);
              setCreated(id ?? null);
            }}
          />
        ) : (
          <Button id="nouveau-critere" onClick={() => setCreating(true)} className={fr.cx('fr-mb-2w')}>
            Nouveau critère
          </Button>
        )
      ) : null}
      {criteria.isPending && cio ? <LoadingState /> : null}
      {criteria.isError ? <ErrorState error={criteria.error} onRetry={() => void criteria.refetch()} /> : null}
      {criteria.data?.evaluationCriteria.length === 0 ? <p>Aucun critère d’évaluation pour ce CIO.</p> : null}
      {cio
        ? criteria.data?.evaluationCriteria.map((c) => (
            <CriterionSection key={c.id} c={c} cio={cio} focused={c.id === created} />
          ))
        : null}
    </div>
  );
}
