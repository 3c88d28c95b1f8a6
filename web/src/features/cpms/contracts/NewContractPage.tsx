import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CPMS_SYSTEM_OBJECTIVE_LABELS, type CpmsSystemObjective } from '@maillage/shared/cpms-contracts';
import { splitErrors, useFocusFirstInvalid } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { CheckboxField, Field, SelectField, TextField } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import { LoadingState } from '../../../ui/LoadingState';
import { ContractsNav } from './parts';
import { CreateContractDocument, useContractMutation, usePlans } from './queries';

const LABELS: Record<string, string> = {
  cpmsId: 'Centre',
  objectiveCodes: 'Objectifs soutenus',
  actions: 'Actions du centre',
  cpmsCommitments: 'Engagements du centre',
  schoolCommitments: 'Engagements de l’école',
  informationFlows: 'Circulation de l’information',
  indicators: 'Indicateur',
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
    flowWhat: '',
    flowHow: '',
    flowConsent: '',
    indicatorLabel: '',
    indicatorBaseline: '',
    indicatorTarget: '',
  });
  const formRef = useRef<HTMLFormElement>(null);
  const cpmsId = v.cpmsId || centres[0]?.id || '';
  const mutation = useContractMutation(() =>
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
        informationFlows:
          v.flowWhat || v.flowHow || v.flowConsent
            ? [{ what: v.flowWhat, how: v.flowHow, consent: v.flowConsent }]
            : [],
        indicators: v.indicatorLabel
          ? [
              {
                label: v.indicatorLabel,
                baseline: Number(v.indicatorBaseline.replace(',', '.')),
                target: Number(v.indicatorTarget.replace(',', '.')),
              },
            ]
          : [],
      },
    }),
  );
  const errors = splitErrors(mutation.error, Object.keys(LABELS), (p) =>
    p.replace(/^input\./, '').replace(/\.\d+(\.\w+)?$/, ''),
  );
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
    mutation.mutate(undefined, {
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
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend')}>{LABELS.informationFlows}</legend>
          <p className={fr.cx('fr-hint-text', 'fr-ml-1w')}>
            Ce qui circule entre l’école et le centre, comment, avec l’accord de qui — dans le respect du secret
            professionnel.
          </p>
          <div className={fr.cx('fr-fieldset__element')}>
            <TextField label="Information" value={v.flowWhat} onValueChange={(x) => setV({ ...v, flowWhat: x })} />
            <TextField label="Moyen" value={v.flowHow} onValueChange={(x) => setV({ ...v, flowHow: x })} />
            <TextField
              label="Avec l’accord de"
              value={v.flowConsent}
              onValueChange={(x) => setV({ ...v, flowConsent: x })}
            />
          </div>
          {errors.fields.informationFlows ? (
            <p className={fr.cx('fr-error-text')} role="alert">
              {errors.fields.informationFlows}
            </p>
          ) : null}
        </fieldset>
        <fieldset className={fr.cx('fr-fieldset')}>
          <legend className={fr.cx('fr-fieldset__legend')}>{LABELS.indicators}</legend>
          <div className={fr.cx('fr-fieldset__element')}>
            <TextField
              label="Intitulé de l’indicateur"
              value={v.indicatorLabel}
              onValueChange={(x) => setV({ ...v, indicatorLabel: x })}
              error={errors.fields.indicators}
            />
            <TextField
              label="Situation de départ"
              inputMode="decimal"
              value={v.indicatorBaseline}
              onValueChange={(x) => setV({ ...v, indicatorBaseline: x })}
            />
            <TextField
              label="Cible"
              inputMode="decimal"
              value={v.indicatorTarget}
              onValueChange={(x) => setV({ ...v, indicatorTarget: x })}
            />
          </div>
        </fieldset>
        <FormActions
          errors={{ fields: errors.fields, general: errors.general, labels: LABELS }}
          submitLabel="Créer le brouillon"
          busy={mutation.isPending}
          onCancel={() => navigate('/cpms/contrats/plans')}
        />
      </form>
    </div>
  );
}
