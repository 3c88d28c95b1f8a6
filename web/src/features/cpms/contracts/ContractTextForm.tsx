import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { CPMS_SYSTEM_OBJECTIVE_LABELS, type CpmsSystemObjective } from '@maillage/shared/cpms-contracts';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import type { CpmsContractFieldsFragment } from '../../../gql/graphql';
import { CheckboxField, Field } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { SaveErrorBanner } from '../../../ui/SaveErrorBanner';
import { FlowRows, filledFlowRows, flowInputs, flowLabels, newFlowRow, type FlowRow } from './FlowRows';
import {
  IndicatorRows,
  filledIndicatorRows,
  indicatorInputs,
  indicatorLabels,
  indicatorNumberErrors,
  indicatorRowsOf,
  type IndicatorRow,
} from './IndicatorRows';
import { rowPathMapper } from './PlanForm';
import { UpdateContractDocument, useContractMutation } from './queries';

type Contract = CpmsContractFieldsFragment;

const LABELS: Record<string, string> = {
  objectiveCodes: 'Objectifs soutenus',
  actions: 'Actions du centre',
  cpmsCommitments: 'Engagements du centre',
  schoolCommitments: 'Engagements de l’école',
  informationFlows: 'Circulation de l’information',
  indicators: 'Indicateurs',
};

let flowKey = 1000;

/** The contract's text while it is still a draft or negotiated: objectives, actions, commitments, flows, indicators. */
export function ContractTextForm({
  contract,
  onDone,
  onCancel,
  onReload,
}: {
  contract: Contract;
  onDone: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [v, setV] = useState({
    objectiveCodes: contract.objectives.map((o) => o.code),
    actions: contract.actions.join('\n'),
    cpmsCommitments: contract.cpmsCommitments ?? '',
    schoolCommitments: contract.schoolCommitments ?? '',
  });
  const [flows, setFlows] = useState<FlowRow[]>(() =>
    contract.informationFlows.length
      ? contract.informationFlows.map((f) => ({ key: ++flowKey, what: f.what, how: f.how, consent: f.consent }))
      : [newFlowRow()],
  );
  const [indicators, setIndicators] = useState<IndicatorRow[]>(() => indicatorRowsOf(contract.indicators));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = useContractMutation((rows: { flows: FlowRow[]; indicators: IndicatorRow[] }) =>
    gqlRequest(UpdateContractDocument, {
      input: {
        id: contract.id,
        version: contract.version,
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kept = { flows: filledFlowRows(flows), indicators: filledIndicatorRows(indicators) };
    setFlows(kept.flows.length ? kept.flows : [newFlowRow()]);
    setIndicators(kept.indicators);
    const numbers = indicatorNumberErrors(kept.indicators);
    setClientErrors(numbers);
    if (Object.keys(numbers).length) return;
    mutation.mutate(kept, { onSuccess: () => onDone('Texte du contrat enregistré.') });
  };
  const toggle = (code: CpmsSystemObjective, on: boolean) =>
    setV({ ...v, objectiveCodes: on ? [...v.objectiveCodes, code] : v.objectiveCodes.filter((c) => c !== code) });
  const text = (key: 'actions' | 'cpmsCommitments' | 'schoolCommitments', hint?: string) => (
    <Field label={LABELS[key]!} hint={hint} error={errors.fields[key]}>
      {(props) => (
        <textarea {...props} rows={3} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
      )}
    </Field>
  );
  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-label="Texte du contrat" className={fr.cx('fr-my-3w')}>
      <SaveErrorBanner
        conflict={errors.conflict}
        conflictMessage="Le contrat a été modifié entre-temps : rechargez-le avant de le modifier à nouveau."
        reloadLabel="Recharger le contrat"
        onReload={onReload}
        reloading={false}
      />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>{LABELS.objectiveCodes}</legend>
        {contract.plan.objectives.map((o) => (
          <div key={o.code} className={fr.cx('fr-fieldset__element')}>
            <CheckboxField
              label={`${CPMS_SYSTEM_OBJECTIVE_LABELS[o.code]} — ${o.wording}`}
              checked={v.objectiveCodes.includes(o.code)}
              onCheckedChange={(on) => toggle(o.code, on)}
            />
          </div>
        ))}
        {errors.fields.objectiveCodes ? (
          <p className={fr.cx('fr-error-text', 'fr-ml-1w')} role="alert">
            {errors.fields.objectiveCodes}
          </p>
        ) : null}
      </fieldset>
      {text('actions', 'Une action par ligne')}
      {text('cpmsCommitments')}
      {text('schoolCommitments')}
      <FlowRows rows={flows} onRowsChange={setFlows} errors={errors.fields} />
      <IndicatorRows
        legend={LABELS.indicators!}
        rows={indicators}
        onRowsChange={setIndicators}
        errors={errors.fields}
      />
      <FormActions
        errors={{ fields: errors.fields, general: errors.conflict ? null : errors.general, labels }}
        submitLabel="Enregistrer le texte"
        busy={mutation.isPending}
        onCancel={() => {
          mutation.reset();
          onCancel();
        }}
      />
    </form>
  );
}
