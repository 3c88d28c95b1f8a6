import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useEffect, useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { formatDateTime } from '../../ui/format';
import { Comments } from './Comments';
import { DECISION_LABELS, DecisionSummary } from './DecisionSummary';
import { EligibilitySummary, EligibilityTables, FundingTable, eligibilitySummary, projectFunding } from './Eligibility';
import { formatEuros, formatPercent } from './format';
import { DecisionForm, StepCard } from './OfficerSteps';
import { StatusBadge, StatusMessage } from './parts';
import { ProjectDetails } from './ProjectDetails';
import { useClasProject, type ClasProjectData } from './projectQueries';
import { BilanFigures, YearRecord } from './YearFollowUp';
import '../../ui/styles/clas.css';

function OfficerBreadcrumb({ current }: { current: string }) {
  return (
    <Breadcrumb
      currentPageLabel={current}
      homeLinkProps={{ to: '/' }}
      segments={[{ label: 'Projets CLAS du département', linkProps: { to: '/caf/clas' } }]}
      className={fr.cx('fr-mt-0', 'fr-mb-2w')}
    />
  );
}

/** `/caf/clas/:id`: a project with every rule, its evidence and result, and the officer's steps. */
export function OfficerProjectPage() {
  const { id = '' } = useParams();
  const query = useClasProject(id);
  const project = query.data;
  const [message, setMessage] = useState('');
  useEffect(() => setMessage(''), [id]);
  usePageTitle(project ? `${project.title} — Projets CLAS` : 'Projet CLAS');

  if (query.isPending) return <LoadingState />;
  if (
    (query.isSuccess && !project) ||
    isErrorCode(query.error, 'NOT_FOUND') ||
    isErrorCode(query.error, 'BAD_USER_INPUT')
  ) {
    return (
      <div className="page">
        <OfficerBreadcrumb current="Projet introuvable" />
        <h1>Projet introuvable</h1>
        <p>Ce projet n'existe pas ou ne vous est pas visible.</p>
      </div>
    );
  }
  if (query.isError || !project) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const allowed = new Set(project.allowedActions);
  const reload = async () => {
    setMessage('');
    await query.refetch();
  };
  const canDecide = allowed.has('ACCEPT') || allowed.has('REFUSE') || allowed.has('REQUEST_COMPLETION');

  return (
    <div className="page">
      <OfficerBreadcrumb current={project.title} />
      <h1>{project.title}</h1>
      <p className="clas-meta">
        <StatusBadge status={project.status} /> {project.organisation.name} · {project.departement.name} · année
        scolaire {project.schoolYear}
        {project.submittedAt ? ` · déposé le ${formatDateTime(project.submittedAt)}` : ''}
      </p>
      <StatusMessage message={message} />
      {project.decision ? <DecisionSummary decision={project.decision} /> : null}

      <section aria-labelledby="clas-titre-actions" className={fr.cx('fr-mb-4w')}>
        <h2 id="clas-titre-actions" className={fr.cx('fr-h4')}>
          Instruction
        </h2>
        {allowed.size === 0 ? (
          <p>{NO_ACTION_NOTES[project.status] ?? 'Aucune action possible sur ce projet dans son état actuel.'}</p>
        ) : null}
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          {allowed.has('EXAMINE') ? (
            <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <StepCard
                project={project}
                title="Mettre en instruction"
                description="Vous prenez le projet en charge : le porteur le voit « en instruction ». La décision se prend ensuite."
                button="Mettre en instruction"
                done="Projet mis en instruction."
                kind="examine"
                onDone={setMessage}
                onReload={reload}
                reloading={query.isFetching}
              />
            </div>
          ) : null}
          {canDecide ? (
            <div className={fr.cx('fr-col-12')}>
              <DecisionForm
                key={`${project.id}-${project.version}`}
                project={project}
                onDone={setMessage}
                onReload={reload}
                reloading={query.isFetching}
              />
            </div>
          ) : null}
          {allowed.has('CLOSE') ? (
            <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
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
            </div>
          ) : null}
        </div>
      </section>

      <OfficerTabs project={project} />
    </div>
  );
}

/** Why the officer has nothing to do on a project, by status (and what comes next). */
const NO_ACTION_NOTES: Partial<Record<ClasProjectData['status'], string>> = {
  A_COMPLETER:
    'Le projet est revenu au porteur pour compléments : il sera de nouveau « déposé » quand il les aura apportés.',
  ACCEPTE: "Le projet est accepté : le porteur saisit l'année, puis dépose le bilan ; vous pourrez alors le clôturer.",
  REFUSE: 'Le projet est refusé : il ne change plus.',
  CLOTURE: 'Le projet est clôturé.',
};

/** The project's sections as DSFR tabs: rules, the year and its bilan, the declaration, past decisions, comments. */
function OfficerTabs({ project }: { project: ClasProjectData }) {
  const followed = project.status === 'BILAN_DEPOSE' || project.status === 'CLOTURE' || project.status === 'ACCEPTE';
  const tabs = [
    { tabId: 'eligibilite', label: 'Éligibilité' },
    ...(followed ? [{ tabId: 'bilan', label: project.bilan.submittedAt ? 'Bilan' : "Suivi de l'année" }] : []),
    { tabId: 'declaration', label: 'Déclaration' },
    { tabId: 'decisions', label: `Décisions (${project.decisions.length})` },
    { tabId: 'commentaires', label: `Commentaires (${project.comments.length})` },
  ];
  // Until the officer picks one: the bilan once deposited, else the rules (from the project as it is now, not as first read).
  const [tab, setTab] = useState<string | null>(null);
  const wanted = tab ?? (project.bilan.submittedAt ? 'bilan' : 'eligibilite');
  const selected = tabs.some((t) => t.tabId === wanted) ? wanted : 'eligibilite';
  const groupLabels = project.groups.map((g) => g.label);
  const past = [...project.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
  const ids = useId();
  return (
    <Tabs label="Sections du projet" selectedTabId={selected} onTabChange={setTab} tabs={tabs}>
      {selected === 'eligibilite' ? (
        <section aria-labelledby={`${ids}-eligibilite`}>
          <h2 id={`${ids}-eligibilite`} className={fr.cx('fr-h4')}>
            Éligibilité
          </h2>
          <EligibilitySummary
            eligibility={project.eligibility}
            prefix={project.eligibility.eligible ? 'Éligible : ' : 'Non éligible : '}
          />
          <p className={fr.cx('fr-hint-text')}>
            Règles évaluées par le serveur avec la configuration {project.config.schoolYear}
            {project.config.configured ? '' : ' (valeurs par défaut)'}.
          </p>
          <EligibilityTables eligibility={project.eligibility} groupLabels={groupLabels} />
          <FundingTable funding={projectFunding(project)} caption="Prestation de service estimée (montant demandé)" />
        </section>
      ) : selected === 'bilan' ? (
        <section aria-labelledby="clas-titre-bilan-caf">
          <h2 id="clas-titre-bilan-caf" className={fr.cx('fr-h4')}>
            {project.bilan.submittedAt ? 'Bilan' : 'Suivi de l’année'}
          </h2>
          <BilanFigures project={project} />
          {project.bilan.submittedAt ? (
            <>
              <p>Bilan déposé le {formatDateTime(project.bilan.submittedAt)}.</p>
              <h3 className={fr.cx('fr-h6')}>Appréciation du porteur</h3>
              <p className="clas-text">{project.bilan.assessment}</p>
            </>
          ) : null}
          <YearRecord project={project} />
        </section>
      ) : selected === 'declaration' ? (
        <ProjectDetails project={project} />
      ) : selected === 'decisions' ? (
        <section aria-labelledby={`${ids}-decisions`}>
          <h2 id={`${ids}-decisions`} className={fr.cx('fr-h4')}>
            Décisions
          </h2>
          {past.length === 0 ? <p>Aucune décision pour l'instant.</p> : null}
          <div className={fr.cx('fr-accordions-group')}>
            {past.map((d) => (
              <Accordion
                key={d.id}
                label={`${DECISION_LABELS[d.decision]} le ${formatDateTime(d.decidedAt)}${d.decidedBy ? ` par ${d.decidedBy.displayName}` : ''}${d.decision === 'ACCEPTE' ? ` — ${formatEuros(d.amountGrantedCents)}` : ''}`}
              >
                {d.reasons ? <p className="clas-text">Motifs : {d.reasons}</p> : null}
                <p className={fr.cx('fr-hint-text')}>
                  Prise avec la configuration {d.config.schoolYear} : taux {formatPercent(d.config.ratePercent)},
                  plafond {formatEuros(d.config.ceilingCentsPerGroup)} par groupe, {d.config.maxChildrenPerAdult}{' '}
                  enfants par accompagnateur au plus. Règles telles qu'évaluées alors :{' '}
                  {eligibilitySummary(d.eligibility)}.
                </p>
                <EligibilityTables
                  eligibility={d.eligibility}
                  groupLabels={groupLabels}
                  captionPrefix={`Décision du ${formatDateTime(d.decidedAt)}`}
                />
              </Accordion>
            ))}
          </div>
        </section>
      ) : (
        <Comments project={project} hint="Le porteur du projet les lit." />
      )}
    </Tabs>
  );
}
