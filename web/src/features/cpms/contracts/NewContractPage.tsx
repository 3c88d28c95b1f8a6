import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CPMS_SYSTEM_OBJECTIVE_LABELS, type CpmsSystemObjective } from '@maillage/shared/cpms-contracts';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { CheckboxField, Field, SelectField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { LoadingState } from '../../../ui/LoadingState';
import { FlowRows, filledFlowRows, flowInputs, flowLabels, newFlowRow, type FlowRow } from './FlowRows';
import {
  IndicatorRows,
  filledIndicatorRows,
  indicatorInputs,
  indicatorLabels,
  indicatorNumberErrors,
  newIndicatorRow,
  type IndicatorRow,
} from './IndicatorRows';
import { ContractsNav } from './parts';
import { rowPathMapper } from './PlanForm';
import { CreateContractDocument, useContractMutation, usePlans } from './queries';

const LABELS: Record<string, string> = {
  cpmsId: 'Centre',
  objectiveCodes: 'Objectifs soutenus',
  actions: 'Actions du centre',
  cpmsCommitments: 'Engagements du centre',
  schoolCommitments: 'Engagements de l’école',
  informationFlows: 'Circulation de l’information',
  indicators: 'Indicateurs',
};

/** `/cpms/contrats/nouveau/:planId`: a centre's director drafts a contract from a school's plan de pilotage. */
export function NewContractPage() {
  usePageTitle('Rédiger un contrat CPMS–école');
  const { planId = '' } = useParams();
  const plans = usePlans();
  const navigate = useNavigate();
  const plan = plans.data?.cpmsSchoolPlans.find((p) => p.id === planId);
  const centres = plans.data?.cpmsDirectedCentres ?? [];
  const [v, setV] = useState({
    cpmsId: '',
    objectiveCodes: [] as CpmsSystemObjective[],
    actions: '',
    cpmsCommitments: '',
    schoolCommitments: '',
  });
  const [flows, setFlows] = useState<FlowRow[]>(() => [newFlowRow()]);
  const [indicators, setIndicators] = useState<IndicatorRow[]>(() => [newIndicatorRow()]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const cpmsId = v.cpmsId || centres[0]?.id || '';
  const mutation = useContractMutation((rows: { flows: FlowRow[]; indicators: IndicatorRow[] }) =>
    gqlRequest(CreateContractDocument, {
      input: {
        cpmsId,
        planId,
        objectiveCodes: v.objectiveCodes,
        actions: v.actions
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
        cpmsCommitments: v.cpmsCommitments || null,
        schoolCommitments: v.schoolCommitments || null,
        informationFlows: flowInputs(rows.flows),
        indicators: indicatorInputs(rows.indicators),
      },
    }),
  );
  const labels = { ...LABELS, ...flowLabels(flows), ...indicatorLabels(indicators) };
  const known = Object.keys(labels);
  const server = splitErrors(
    mutation.error,
    known,
    rowPathMapper(() => known),
  );
  const errors = { ...server, fields: { ...server.fields, ...clientErrors } };
  useFocusFirstInvalid(formRef, errors.fields);
  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (!plan)
    return (
      <div className={fr.cx('fr-container', 'fr-my-4w')}>
        <h1>Plan de pilotage introuvable</h1>
        <Link to="/cpms/contrats/plans">Retour aux plans de pilotage</Link>
      </div>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kept = { flows: filledFlowRows(flows), indicators: filledIndicatorRows(indicators) };
    setFlows(kept.flows);
    setIndicators(kept.indicators);
    const numbers = indicatorNumberErrors(kept.indicators);
    setClientErrors(numbers);
    if (Object.keys(numbers).length) return;
    mutation.mutate(kept, {
      onSuccess: (res) => navigate(`/cpms/contrats/${res.createCpmsContract.id}`),
    });
  };
  const toggle = (code: CpmsSystemObjective, on: boolean) =>
    setV({ ...v, objectiveCodes: on ? [...v.objectiveCodes, code] : v.objectiveCodes.filter((c) => c !== code) });
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Rédiger un contrat avec {plan.school.name}</h1>
      <ContractsNav current="plans" />
      <p>
        À partir du plan de pilotage « {plan.title} ». Le contrat naît en brouillon ; marquez-le « négocié » une fois le
        texte arrêté avec l’école, puis chaque partie le signe.
      </p>
      <form ref={formRef} noValidate onSubmit={submit} aria-label="Nouveau contrat">
        {centres.length > 1 ? (
          <SelectField label={LABELS.cpmsId!} required value={cpmsId} onValueChange={(x) => setV({ ...v, cpmsId: x })}>
            {centres.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <p>Centre : {centres[0]?.name ?? '—'}</p>
        )}
        <fieldset className={fr.cx('fr-fieldset')} aria-describedby="objectives-hint">
          <legend className={fr.cx('fr-fieldset__legend')}>{LABELS.objectiveCodes}</legend>
          <p id="objectives-hint" className={fr.cx('fr-hint-text')}>
            Les objectifs du plan de pilotage que le contrat soutient.
          </p>
          {plan.objectives.map((o) => (
            <div key={o.code} className={fr.cx('fr-fieldset__element')}>
              <CheckboxField
                label={`${CPMS_SYSTEM_OBJECTIVE_LABELS[o.code]} — ${o.wording}`}
                checked={v.objectiveCodes.includes(o.code)}
                onCheckedChange={(on) => toggle(o.code, on)}
                error={undefined}
              />
            </div>
          ))}
          {errors.fields.objectiveCodes ? (
            <p className={fr.cx('fr-error-text')} role="alert">
              {errors.fields.objectiveCodes}
            </p>
          ) : null}
        </fieldset>
        <Field label={LABELS.actions!} hint="Une action par ligne" error={errors.fields.actions}>
          {(props) => (
            <textarea {...props} rows={4} value={v.actions} onChange={(e) => setV({ ...v, actions: e.target.value })} />
          )}
        </Field>
        <Field label={LABELS.cpmsCommitments!} error={errors.fields.cpmsCommitments}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={v.cpmsCommitments}
              onChange={(e) => setV({ ...v, cpmsCommitments: e.target.value })}
            />
          )}
        </Field>
        <Field label={LABELS.schoolCommitments!} error={errors.fields.schoolCommitments}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={v.schoolCommitments}
              onChange={(e) => setV({ ...v, schoolCommitments: e.target.value })}
            />
          )}
        </Field>
        <FlowRows rows={flows} onRowsChange={setFlows} errors={errors.fields} />
        <IndicatorRows
          legend={LABELS.indicators!}
          rows={indicators}
          onRowsChange={setIndicators}
          errors={errors.fields}
        />
        <FormActions
          errors={{ fields: errors.fields, general: errors.general, labels }}
          submitLabel="Créer le brouillon"
          busy={mutation.isPending}
          onCancel={() => navigate('/cpms/contrats/plans')}
        />
      </form>
    </div>
  );
}
