import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CLAS_STATUS_LABELS, clasSchemas, clasTransition, type ClasAction } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { errorMessage, isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { validate } from '../../app/validation';
import type { ClasDecisionKind } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { formatDateTime } from '../../ui/format';
import { Comments } from './Comments';
import { DECISION_LABELS, DecisionSummary } from './DecisionSummary';
import { EligibilityTables, FundingTable, eligibilitySummary, projectFunding } from './Eligibility';
import { TextAreaField } from './fields';
import { centsToInput, formatEuros, formatPercent, parseEuros, statusClass } from './format';
import { ProjectDetails } from './ProjectDetails';
import { useClasProject, useCloseClasProject, useDecideClasProject, useExamineClasProject, type ClasProjectData } from './queries';
import { BilanFigures, YearRecord } from './YearFollowUp';
import './clas.css';

const CONFLICT = 'Le projet a été modifié entre-temps : rechargez-le puis recommencez.';

/** `/caf/clas/:id`: a project with every rule, its evidence and result, and the officer's steps. */
export function OfficerProjectPage() {
  const { id = '' } = useParams();
  const query = useClasProject(id);
  const project = query.data;
  const [message, setMessage] = useState('');
  useEffect(() => setMessage(''), [id]);
  usePageTitle(project ? `${project.title} — Projets CLAS` : 'Projet CLAS');

  const back = (
    <p className="breadcrumb">
      <Link to="/caf/clas">Retour aux projets du département</Link>
    </p>
  );
  if (query.isPending) return <LoadingState />;
  if ((query.isSuccess && !project) || isErrorCode(query.error, 'NOT_FOUND') || isErrorCode(query.error, 'BAD_USER_INPUT')) {
    return (
      <div className="page">
        {back}
        <h1>Projet introuvable</h1>
        <p>Ce projet n'existe pas ou ne vous est pas visible.</p>
      </div>
    );
  }
  if (query.isError || !project) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const groupLabels = project.groups.map((g) => g.label);
  const allowed = new Set(project.allowedActions);
  const reload = async () => {
    setMessage('');
    await query.refetch();
  };
  const canDecide = allowed.has('ACCEPT') || allowed.has('REFUSE') || allowed.has('REQUEST_COMPLETION');
  const past = [...project.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));

  return (
    <div className="page clas-page">
      {back}
      <h1>{project.title}</h1>
      <p className="lead">
        <span className={statusClass(project.status)}>{CLAS_STATUS_LABELS[project.status]}</span> {project.organisation.name} · {project.departement.name} · année scolaire{' '}
        {project.schoolYear}
        {project.submittedAt ? ` · déposé le ${formatDateTime(project.submittedAt)}` : ''}
      </p>
      <p className="notice notice--success" role="status">
        {message}
      </p>
      {project.decision ? <DecisionSummary decision={project.decision} /> : null}

      <section aria-labelledby="clas-titre-actions" className="clas-section">
        <h2 id="clas-titre-actions">Instruction</h2>
        {allowed.size === 0 ? <p className="muted">Aucune action possible sur ce projet dans son état actuel.</p> : null}
        <div className="case-actions__list">
          {allowed.has('EXAMINE') ? (
            <StepCard
              project={project}
              title="Mettre en instruction"
              description="Vous prenez le projet en charge : le porteur le voit « en instruction »."
              button="Mettre en instruction"
              done="Projet mis en instruction."
              kind="examine"
              onDone={setMessage}
              onReload={reload}
              reloading={query.isFetching}
            />
          ) : null}
          {canDecide ? <DecisionForm project={project} onDone={setMessage} onReload={reload} reloading={query.isFetching} /> : null}
          {allowed.has('CLOSE') ? (
            <StepCard
              project={project}
              title="Clôturer le projet"
              description="Le bilan est déposé : la clôture termine le projet de l'année."
              button="Clôturer"
              done="Projet clôturé."
              kind="close"
              onDone={setMessage}
              onReload={reload}
              reloading={query.isFetching}
            />
          ) : null}
        </div>
      </section>

      <section aria-labelledby="clas-titre-eligibilite" className="clas-section">
        <h2 id="clas-titre-eligibilite">Éligibilité</h2>
        <p className={`clas-panel__summary ${project.eligibility.failures ? 'clas-panel__summary--fail' : project.eligibility.warnings ? 'clas-panel__summary--warning' : 'clas-panel__summary--pass'}`}>
          {project.eligibility.eligible ? 'Éligible' : 'Non éligible'} : {eligibilitySummary(project.eligibility)}.
        </p>
        <p className="field__hint">
          Règles évaluées par le serveur avec la configuration {project.config.schoolYear}
          {project.config.configured ? '' : ' (valeurs par défaut)'}.
        </p>
        <EligibilityTables eligibility={project.eligibility} groupLabels={groupLabels} />
        <FundingTable funding={projectFunding(project)} caption="Prestation de service estimée (montant demandé)" />
      </section>

      {project.status === 'BILAN_DEPOSE' || project.status === 'CLOTURE' || project.status === 'ACCEPTE' ? (
        <section aria-labelledby="clas-titre-bilan-caf" className="clas-section">
          <h2 id="clas-titre-bilan-caf">{project.bilan.submittedAt ? 'Bilan' : 'Suivi de l’année'}</h2>
          <BilanFigures project={project} />
          {project.bilan.submittedAt ? (
            <>
              <p>Bilan déposé le {formatDateTime(project.bilan.submittedAt)}.</p>
              <h3>Appréciation du porteur</h3>
              <p className="clas-text">{project.bilan.assessment}</p>
            </>
          ) : null}
          <YearRecord project={project} />
        </section>
      ) : null}

      <ProjectDetails project={project} />

      {past.length ? (
        <section aria-labelledby="clas-titre-decisions" className="clas-section">
          <h2 id="clas-titre-decisions">Décisions</h2>
          {past.map((d) => (
            <details key={d.id} className="card clas-past-decision">
              <summary>
                {DECISION_LABELS[d.decision]} le {formatDateTime(d.decidedAt)}
                {d.decidedBy ? ` par ${d.decidedBy.displayName}` : ''}
                {d.decision === 'ACCEPTE' ? ` — ${formatEuros(d.amountGrantedCents)}` : ''}
              </summary>
              {d.reasons ? <p className="clas-text">Motifs : {d.reasons}</p> : null}
              <p className="field__hint">
                Prise avec la configuration {d.config.schoolYear} : taux {formatPercent(d.config.ratePercent)}, plafond {formatEuros(d.config.ceilingCentsPerGroup)} par groupe,{' '}
                {d.config.maxChildrenPerAdult} enfants par accompagnateur au plus. Règles telles qu'évaluées alors : {eligibilitySummary(d.eligibility)}.
              </p>
              <EligibilityTables eligibility={d.eligibility} groupLabels={groupLabels} captionPrefix={`Décision du ${formatDateTime(d.decidedAt)}`} />
            </details>
          ))}
        </section>
      ) : null}

      <Comments project={project} hint="Le porteur du projet les lit." />
    </div>
  );
}

interface StepProps {
  project: ClasProjectData;
  onDone: (message: string) => void;
  onReload: () => Promise<void> | void;
  reloading: boolean;
}

/** A one-button step (put in instruction, close) under its own heading. */
function StepCard({ project, title, description, button, done, kind, onDone, onReload, reloading }: StepProps & { title: string; description: string; button: string; done: string; kind: 'examine' | 'close' }) {
  const titleId = useId();
  const examine = useExamineClasProject();
  const close = useCloseClasProject();
  const mutation = kind === 'examine' ? examine : close;
  const error = splitErrors(mutation.error, []);
  return (
    <section className="card case-action" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <p className="muted case-action__description">{description}</p>
      <SaveErrorBanner conflict={error.conflict} conflictMessage={error.general ?? CONFLICT} reloadLabel="Recharger le projet" onReload={() => void onReload()} reloading={reloading} general={error.general} />
      <Button busy={mutation.isPending} onClick={() => mutation.mutate({ id: project.id, version: project.version }, { onSuccess: () => onDone(done) })}>
        {button}
      </Button>
    </section>
  );
}

const DECISION_OPTIONS: { value: ClasDecisionKind; label: string; action: 'ACCEPT' | 'REFUSE' | 'REQUEST_COMPLETION' }[] = [
  { value: 'ACCEPTE', label: 'Accepter', action: 'ACCEPT' },
  { value: 'REFUSE', label: 'Refuser', action: 'REFUSE' },
  { value: 'A_COMPLETER', label: 'Demander des compléments', action: 'REQUEST_COMPLETION' },
];
const FIELDS = ['decision', 'amountGrantedCents', 'reasons'] as const;

/** Accept with an amount (prefilled with the estimate), refuse, or send back for completion, with reasons. */
function DecisionForm({ project, onDone, onReload, reloading }: StepProps) {
  const titleId = useId();
  const radioName = useId();
  const options = DECISION_OPTIONS.filter((o) => project.allowedActions.includes(o.action));
  const [decision, setDecision] = useState<ClasDecisionKind>(options[0]?.value ?? 'ACCEPTE');
  const [amount, setAmount] = useState(centsToInput(project.fundingEstimateCents));
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const decide = useDecideClasProject();
  const server = splitErrors(decide.error, FIELDS, (p) => p.replace(/^input\./, ''));
  const err = (f: string) => server.fields[f] ?? errors[f];
  useFocusFirstInvalid(formRef, errors);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const cents = decision === 'ACCEPTE' ? parseEuros(amount) : null;
    if (decision === 'ACCEPTE' && (cents === undefined || cents === null)) found.amountGrantedCents = 'Saisissez le montant accordé en euros (par exemple 1 950 ou 1 950,50).';
    const input = { projectId: project.id, version: project.version, decision, reasons: reasons.trim(), amountGrantedCents: cents ?? null };
    if (!Object.keys(found).length) Object.assign(found, validate(clasSchemas.clasDecisionInput, input, { known: FIELDS }));
    if (!Object.keys(found).length) {
      const option = DECISION_OPTIONS.find((o) => o.value === decision)!;
      const action: ClasAction =
        option.action === 'ACCEPT' ? { type: 'ACCEPT', amountGrantedCents: cents ?? 0 } : { type: option.action, reasons: input.reasons };
      const transition = clasTransition({ status: project.status, requestedCents: project.fundingEstimateCents }, action);
      if (!transition.ok) found[option.action === 'ACCEPT' ? 'amountGrantedCents' : 'reasons'] = transition.reason;
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    decide.mutate(input, {
      onSuccess: () =>
        onDone(
          decision === 'ACCEPTE'
            ? `Projet accepté : ${formatEuros(cents)} accordés.`
            : decision === 'REFUSE'
              ? 'Projet refusé : le porteur en est informé.'
              : 'Compléments demandés : le projet revient au porteur.',
        ),
    });
  }

  return (
    <section className="card case-action clas-decision-form" aria-labelledby={titleId}>
      <h3 id={titleId}>Décision</h3>
      <p className="muted case-action__description">La décision garde les résultats des règles et la configuration de l'année tels qu'ils sont maintenant.</p>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <SaveErrorBanner conflict={server.conflict} conflictMessage={server.general ?? CONFLICT} reloadLabel="Recharger le projet" onReload={() => void onReload()} reloading={reloading} general={server.general} />
        <fieldset className="clas-radios" data-invalid={err('decision') ? 'true' : undefined}>
          <legend>Décision</legend>
          {options.map((o) => (
            <div className="checkbox" key={o.value}>
              <input
                type="radio"
                id={`${radioName}-${o.value}`}
                name={radioName}
                value={o.value}
                checked={decision === o.value}
                onChange={() => {
                  setDecision(o.value);
                  setErrors({});
                  decide.reset();
                }}
              />
              <label htmlFor={`${radioName}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </fieldset>
        {decision === 'ACCEPTE' ? (
          <TextField
            label="Montant accordé (€)"
            required
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onValueChange={(v) => {
              setAmount(v);
              setErrors((e) => ({ ...e, amountGrantedCents: '' }));
            }}
            error={err('amountGrantedCents') || undefined}
            hint={`Prérempli avec la prestation calculée : ${formatEuros(project.fundingEstimateCents)} au plus.`}
          />
        ) : null}
        <TextAreaField
          label={decision === 'ACCEPTE' ? 'Motifs (facultatif)' : decision === 'REFUSE' ? 'Motifs du refus' : 'Ce que le porteur doit compléter'}
          required={decision !== 'ACCEPTE'}
          value={reasons}
          onValueChange={(v) => {
            setReasons(v);
            setErrors((e) => ({ ...e, reasons: '' }));
          }}
          error={err('reasons') || undefined}
          rows={4}
        />
        {decide.error && !server.conflict && !server.general && !Object.keys(server.fields).length ? (
          <p className="field__error" role="alert">
            {errorMessage(decide.error)}
          </p>
        ) : null}
        <div className="form__actions">
          <Button type="submit" variant={decision === 'REFUSE' ? 'danger' : 'primary'} busy={decide.isPending}>
            Enregistrer la décision
          </Button>
        </div>
      </form>
    </section>
  );
}
