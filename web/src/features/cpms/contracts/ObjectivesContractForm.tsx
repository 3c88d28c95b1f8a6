import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import type { CpmsObjectivesContractsQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { CheckboxField, DateField, SelectField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { LoadingState } from '../../../ui/LoadingState';
import { SaveErrorBanner } from '../../../ui/SaveErrorBanner';
import {
  IndicatorRows,
  indicatorInputs,
  indicatorNumberErrors,
  filledIndicatorRows,
  indicatorRowsOf,
  newIndicatorRow,
  type IndicatorRow,
} from './IndicatorRows';
import { rowPathMapper } from './PlanForm';
import {
  CreateObjectivesContractDocument,
  UpdateObjectivesContractDocument,
  useContractMutation,
  useContracts,
} from './queries';

type ObjectivesContract = CpmsObjectivesContractsQuery['cpmsObjectivesContracts'][number];
type Centre = CpmsObjectivesContractsQuery['cpmsDirectedCentres'][number];

const LABELS: Record<string, string> = {
  cpmsId: 'Centre',
  title: 'Intitulé du contrat d’objectifs',
  startsOn: 'Début',
  endsOn: 'Fin',
  objectives: 'Objectifs',
  contractIds: 'Contrats d’écoles couverts',
  indicators: 'Indicateurs',
};

/**
 * The centre's director writes an objectives contract (`current` absent) or changes it: its dates, its
 * objectives, the school contracts of the centre it covers and its indicators.
 */
export function ObjectivesContractForm({
  centres,
  current,
  onDone,
  onCancel,
}: {
  centres: readonly Centre[];
  current?: ObjectivesContract;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const nextKey = useRef(1);
  const [v, setV] = useState({
    cpmsId: current?.cpms.id ?? centres[0]?.id ?? '',
    title: current?.title ?? '',
    startsOn: (current?.startsOn as string | undefined) ?? '',
    endsOn: (current?.endsOn as string | undefined) ?? '',
    contractIds: current?.contracts.map((c) => c.id) ?? [],
  });
  const [objectives, setObjectives] = useState(() =>
    (current?.objectives.length ? current.objectives : ['']).map((text) => ({ key: nextKey.current++, text })),
  );
  const [indicators, setIndicators] = useState<IndicatorRow[]>(() =>
    current ? indicatorRowsOf(current.indicators) : [newIndicatorRow()],
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const contracts = useContracts({});
  const ofCentre = (contracts.data?.cpmsContracts ?? []).filter((c) => c.cpms.id === v.cpmsId);
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useContractMutation(async (rows: IndicatorRow[]) => {
    const common = {
      title: v.title,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      objectives: objectives.map((o) => o.text),
      contractIds: v.contractIds,
      indicators: indicatorInputs(rows),
    };
    if (current) {
      await gqlRequest(UpdateObjectivesContractDocument, {
        input: { id: current.id, version: current.version, ...common },
      });
      return `Contrat d’objectifs « ${v.title} » enregistré.`;
    }
    await gqlRequest(CreateObjectivesContractDocument, { input: { cpmsId: v.cpmsId, ...common } });
    return `Contrat d’objectifs « ${v.title} » créé.`;
  });
  const known = [
    ...Object.keys(LABELS),
    ...objectives.map((_, i) => `objectives.${i}`),
    ...indicators.flatMap((_, i) => [`indicators.${i}.label`, `indicators.${i}.baseline`, `indicators.${i}.target`]),
  ];
  const labels = {
    ...LABELS,
    ...Object.fromEntries(objectives.map((_, i) => [`objectives.${i}`, `Objectif ${i + 1}`])),
    ...Object.fromEntries(
      indicators.flatMap((_, i) => [
        [`indicators.${i}.label`, `Indicateur ${i + 1} : intitulé`],
        [`indicators.${i}.baseline`, `Indicateur ${i + 1} : situation de départ`],
        [`indicators.${i}.target`, `Indicateur ${i + 1} : cible`],
      ]),
    ),
  };
  const server = splitErrors(
    mutation.error,
    known,
    rowPathMapper(() => known),
  );
  const errors = { ...server, fields: { ...server.fields, ...clientErrors } };
  useFocusFirstInvalid(formRef, errors.fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kept = filledIndicatorRows(indicators);
    setIndicators(kept);
    const numbers = indicatorNumberErrors(kept);
    setClientErrors(numbers);
    if (Object.keys(numbers).length) return;
    mutation.mutate(kept, { onSuccess: onDone });
  };
  const toggle = (id: string, on: boolean) =>
    setV({ ...v, contractIds: on ? [...v.contractIds, id] : v.contractIds.filter((c) => c !== id) });
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-label={current ? `Modifier le contrat d’objectifs « ${current.title} »` : 'Nouveau contrat d’objectifs'}
      className={fr.cx('fr-my-3w')}
    >
      <SaveErrorBanner
        conflict={errors.conflict}
        conflictMessage="Le contrat d’objectifs a été modifié entre-temps : rechargez-le avant de le modifier à nouveau."
        reloadLabel="Recharger le contrat d’objectifs"
        onReload={onCancel}
        reloading={false}
      />
      {!current && centres.length > 1 ? (
        <SelectField
          label={LABELS.cpmsId!}
          required
          value={v.cpmsId}
          onValueChange={(x) => setV({ ...v, cpmsId: x, contractIds: [] })}
          error={errors.fields.cpmsId}
        >
          {centres.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p>Centre : {current?.cpms.name ?? centres[0]?.name ?? '—'}</p>
      )}
      <TextField
        label={LABELS.title!}
        required
        value={v.title}
        onValueChange={(x) => setV({ ...v, title: x })}
        error={errors.fields.title}
      />
      <DateField
        label={LABELS.startsOn!}
        required
        value={v.startsOn}
        onValueChange={(x) => setV({ ...v, startsOn: x })}
        error={errors.fields.startsOn}
      />
      <DateField
        label={LABELS.endsOn!}
        required
        value={v.endsOn}
        onValueChange={(x) => setV({ ...v, endsOn: x })}
        error={errors.fields.endsOn}
      />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>{LABELS.objectives}</legend>
        {objectives.map((o, i) => (
          <div key={o.key} className={fr.cx('fr-fieldset__element')}>
            <TextField
              label={`Objectif ${i + 1}`}
              required
              value={o.text}
              onValueChange={(x) => setObjectives(objectives.map((y) => (y.key === o.key ? { ...y, text: x } : y)))}
              error={errors.fields[`objectives.${i}`]}
            />
            {objectives.length > 1 ? (
              <Button variant="tertiary" onClick={() => setObjectives(objectives.filter((y) => y.key !== o.key))}>
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
            onClick={() => setObjectives([...objectives, { key: nextKey.current++, text: '' }])}
          >
            Ajouter un objectif
          </Button>
        </div>
      </fieldset>
      <fieldset className={fr.cx('fr-fieldset')} aria-describedby="oc-contracts-hint">
        <legend className={fr.cx('fr-fieldset__legend')}>{LABELS.contractIds}</legend>
        <p id="oc-contracts-hint" className={fr.cx('fr-hint-text', 'fr-ml-1w')}>
          Les contrats conclus par le centre avec ses écoles, que ce contrat d’objectifs couvre.
        </p>
        {contracts.isPending ? (
          <LoadingState />
        ) : ofCentre.length === 0 ? (
          <p className={fr.cx('fr-ml-1w')}>Le centre n’a encore aucun contrat avec une école.</p>
        ) : (
          ofCentre.map((c) => (
            <div key={c.id} className={fr.cx('fr-fieldset__element')}>
              <CheckboxField
                label={`${c.school.name} — ${c.plan.title}`}
                checked={v.contractIds.includes(c.id)}
                onCheckedChange={(on) => toggle(c.id, on)}
              />
            </div>
          ))
        )}
        {errors.fields.contractIds ? (
          <p className={fr.cx('fr-error-text', 'fr-ml-1w')} role="alert">
            {errors.fields.contractIds}
          </p>
        ) : null}
      </fieldset>
      <IndicatorRows
        legend={LABELS.indicators!}
        rows={indicators}
        onRowsChange={setIndicators}
        errors={errors.fields}
      />
      <FormActions
        errors={{ fields: errors.fields, general: errors.conflict ? null : errors.general, labels }}
        submitLabel={current ? 'Enregistrer le contrat d’objectifs' : 'Créer le contrat d’objectifs'}
        busy={mutation.isPending}
        onCancel={() => {
          mutation.reset();
          onCancel();
        }}
      />
    </form>
  );
}
