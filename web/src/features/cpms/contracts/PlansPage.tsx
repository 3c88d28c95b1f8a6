import { fr } from '@codegouvfr/react-dsfr';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  CPMS_CONTRACT_STATUS_LABELS,
  CPMS_SYSTEM_OBJECTIVE_LABELS,
  type CpmsContractStatus,
} from '@maillage/shared/cpms-contracts';
import { fetchWithToken, problemOf } from '../../../app/download';
import { splitErrors } from '../../../app/formErrors';
import { gqlRequest } from '../../../app/graphql';
import { DateField, Field } from '../../../ui/Field';
import { FormActions } from '../../../ui/FormActions';
import type { CpmsSchoolPlansQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { FileField } from '../../../ui/FileField';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../app/usePageTitle';
import { DownloadButtons } from '../../../ui/DownloadButtons';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { formatDate } from '../../../ui/format';
import { hasRole, useMe } from '../../../app/me';
import { ContractsNav } from './parts';
import { PlanForm } from './PlanForm';
import { UpdatePlanDocument, useContractMutation, usePlans } from './queries';

/** `/cpms/contrats/plans`: the plans de pilotage the caller reads, by evaluation date. */
export function PlansPage() {
  usePageTitle('Plans de pilotage');
  const plans = usePlans();
  const me = useMe();
  // The school the caller heads (a SCHOOL_HEAD of an ECOLE): they write its plan de pilotage.
  const school = me.data?.memberships.find(
    (m) => m.organisation.kind === 'ECOLE' && hasRole(m.roles, 'SCHOOL_HEAD'),
  )?.organisation;
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className={fr.cx('fr-container', 'fr-my-4w')}>
      <h1>Plans de pilotage</h1>
      <ContractsNav current="plans" />
      <p>
        Le plan de pilotage de chaque école : ses objectifs (parmi les objectifs d’amélioration du système, dans les
        mots de l’école), ses dates et ses évaluations. Les contrats CPMS–école se concluent et s’évaluent à son rythme.
      </p>
      <StatusMessage message={done} />
      {school && !creating ? (
        <p>
          <Button
            onClick={() => {
              setCreating(true);
              setDone(null);
            }}
          >
            Nouveau plan de pilotage pour {school.name}
          </Button>
        </p>
      ) : null}
      {school && creating ? (
        <section className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')} aria-labelledby="new-plan">
          <h2 id="new-plan" className={fr.cx('fr-h4')}>
            Nouveau plan de pilotage — {school.name}
          </h2>
          <PlanForm
            schoolId={school.id}
            onDone={(m) => {
              setCreating(false);
              setDone(m);
            }}
            onCancel={() => setCreating(false)}
          />
        </section>
      ) : null}
      {plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data.cpmsSchoolPlans.length === 0 ? (
        <p role="status">Aucun plan de pilotage à afficher.</p>
      ) : (
        plans.data.cpmsSchoolPlans.map((p) => (
          <section key={p.id} className={fr.cx('fr-card', 'fr-p-3w', 'fr-mb-3w')} aria-labelledby={`plan-${p.id}`}>
            <h2 id={`plan-${p.id}`} className={fr.cx('fr-h4')}>
              {p.school.name} — {p.title}
            </h2>
            <p>
              Du {formatDate(p.startsOn as string)} au {formatDate(p.endsOn as string)}. Évaluation à mi-parcours :{' '}
              {p.midEvaluationOn ? formatDate(p.midEvaluationOn as string) : '—'}
              {p.midEvaluationResult ? ` (${p.midEvaluationResult})` : ''}. Évaluation finale :{' '}
              <strong>{formatDate(p.endEvaluationOn as string)}</strong>
              {p.endEvaluationResult ? ` (${p.endEvaluationResult})` : ''}.
            </p>
            <h3 className={fr.cx('fr-h6')}>Objectifs</h3>
            <ul>
              {p.objectives.map((o) => (
                <li key={o.code}>
                  <strong>{CPMS_SYSTEM_OBJECTIVE_LABELS[o.code]}</strong> — {o.wording}
                </li>
              ))}
            </ul>
            {p.document ? (
              <DownloadButtons
                formats={['pdf'] as const}
                groupLabel={`Document du plan de ${p.school.name}`}
                buttonText={() => `Télécharger le plan (${p.document!.name})`}
                formatName={() => 'PDF'}
                fetchFile={() => fetchWithToken(p.document!.url)}
                fallbackFileName={() => 'plan-de-pilotage.pdf'}
              />
            ) : (
              <p className={fr.cx('fr-text--sm')}>Le document du plan n’est pas encore déposé.</p>
            )}
            {p.canEdit && editing === p.id ? (
              <PlanForm
                schoolId={p.school.id}
                plan={p}
                onDone={(m) => {
                  setEditing(null);
                  setDone(m);
                }}
                onCancel={() => {
                  setEditing(null);
                  void plans.refetch();
                }}
              />
            ) : p.canEdit ? (
              <p>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setEditing(p.id);
                    setDone(null);
                  }}
                >
                  Modifier le plan « {p.title} »
                </Button>
              </p>
            ) : null}
            {p.canEdit ? <PlanDocumentForm planId={p.id} schoolName={p.school.name} /> : null}
            {p.canEdit ? <PlanEvaluationsForm plan={p} /> : null}
            <h3 className={fr.cx('fr-h6')}>Contrats</h3>
            {p.contracts.length ? (
              <ul>
                {p.contracts.map((c) => (
                  <li key={c.id}>
                    <Link to={`/cpms/contrats/${c.id}`}>
                      Contrat avec {c.cpms.name} ({CPMS_CONTRACT_STATUS_LABELS[c.status as CpmsContractStatus]})
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p>Aucun contrat sur ce plan.</p>
            )}
            {p.canDraftContract ? (
              <Link className={fr.cx('fr-btn')} to={`/cpms/contrats/nouveau/${p.id}`}>
                Rédiger un contrat avec {p.school.name}
              </Link>
            ) : null}
          </section>
        ))
      )}
    </div>
  );
}

/** The school's head attaches the plan's document: a PDF, which the server recognises by its content. */
function PlanDocumentForm({ planId, schoolName }: { planId: string; schoolName: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useContractMutation(async (chosen: File) => {
    const body = new FormData();
    body.append('file', chosen);
    const response = await fetchWithToken(`/api/cpms/plans/${planId}/document`, { method: 'POST', body });
    if (!response.ok) throw await problemOf(response);
    return chosen.name;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    upload.mutate(file, {
      onSuccess: (name) => {
        setDone(`Document « ${name} » déposé.`);
        setFile(null);
        if (input.current) input.current.value = '';
      },
    });
  };
  return (
    <form noValidate onSubmit={submit} aria-label={`Document du plan de ${schoolName}`} className={fr.cx('fr-my-2w')}>
      <FileField
        label="Document du plan de pilotage"
        hint="Un PDF de 10 Mo au plus ; il remplace le document déjà déposé."
        accept="application/pdf"
        file={file}
        onFileChange={setFile}
        inputRef={input}
        error={upload.error ? upload.error.message : undefined}
      />
      <Button type="submit" variant="secondary" busy={upload.isPending} disabled={!file}>
        Déposer le document
      </Button>
      <StatusMessage message={done} />
    </form>
  );
}

type Plan = CpmsSchoolPlansQuery['cpmsSchoolPlans'][number];
const EVALUATION_LABELS = {
  midEvaluationOn: 'Évaluation à mi-parcours : date',
  midEvaluationResult: 'Évaluation à mi-parcours : résultat',
  endEvaluationOn: 'Évaluation finale : date',
  endEvaluationResult: 'Évaluation finale : résultat',
};

/** The school's head records the plan's evaluations: their dates and a short result. */
function PlanEvaluationsForm({ plan }: { plan: Plan }) {
  const initial = {
    midEvaluationOn: (plan.midEvaluationOn as string | null) ?? '',
    midEvaluationResult: plan.midEvaluationResult ?? '',
    endEvaluationOn: plan.endEvaluationOn as string,
    endEvaluationResult: plan.endEvaluationResult ?? '',
  };
  const [v, setV] = useState(initial);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const mutation = useContractMutation(() =>
    gqlRequest(UpdatePlanDocument, {
      input: {
        id: plan.id,
        version: plan.version,
        title: plan.title,
        startsOn: plan.startsOn,
        endsOn: plan.endsOn,
        objectives: plan.objectives.map((o) => ({ code: o.code, wording: o.wording })),
        midEvaluationOn: v.midEvaluationOn || null,
        midEvaluationResult: v.midEvaluationResult || null,
        endEvaluationOn: v.endEvaluationOn,
        endEvaluationResult: v.endEvaluationResult || null,
      },
    }),
  );
  const errors = splitErrors(mutation.error, Object.keys(EVALUATION_LABELS), (p) => p.replace(/^input\./, ''));
  if (!open)
    return (
      <p>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Saisir les évaluations du plan
        </Button>
        <StatusMessage message={done} />
      </p>
    );
  const text = (key: 'midEvaluationResult' | 'endEvaluationResult') => (
    <Field label={EVALUATION_LABELS[key]} error={errors.fields[key]}>
      {(props) => (
        <textarea {...props} rows={2} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
      )}
    </Field>
  );
  return (
    <form
      noValidate
      aria-label={`Évaluations du plan de ${plan.school.name}`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate(undefined, {
          onSuccess: () => {
            setOpen(false);
            setDone('Évaluations du plan enregistrées.');
          },
        });
      }}
    >
      <DateField
        label={EVALUATION_LABELS.midEvaluationOn}
        value={v.midEvaluationOn}
        onValueChange={(x) => setV({ ...v, midEvaluationOn: x })}
        error={errors.fields.midEvaluationOn}
      />
      {text('midEvaluationResult')}
      <DateField
        label={EVALUATION_LABELS.endEvaluationOn}
        required
        value={v.endEvaluationOn}
        onValueChange={(x) => setV({ ...v, endEvaluationOn: x })}
        error={errors.fields.endEvaluationOn}
      />
      {text('endEvaluationResult')}
      <FormActions
        errors={{ fields: errors.fields, general: errors.general, labels: EVALUATION_LABELS }}
        submitLabel="Enregistrer les évaluations"
        busy={mutation.isPending}
        onCancel={() => {
          setV(initial);
          setOpen(false);
          mutation.reset();
        }}
      />
    </form>
  );
}
