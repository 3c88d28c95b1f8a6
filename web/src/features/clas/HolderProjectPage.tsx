import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { CLAS_STATUS_LABELS } from '@maillage/shared';
import { isErrorCode } from '../../app/graphql';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { formatDateTime } from '../../ui/format';
import { Comments } from './Comments';
import { DecisionSummary } from './DecisionSummary';
import { EligibilityTables, FundingTable, eligibilitySummary, projectFunding } from './Eligibility';
import { defaultProjectYear, statusClass } from './format';
import { ProjectDetails } from './ProjectDetails';
import { ProjectEditor } from './ProjectEditor';
import { useClasProject, type ClasProjectData } from './queries';
import { YearFollowUp } from './YearFollowUp';
import './clas.css';

const AFTER_ACCEPT = new Set(['ACCEPTE', 'BILAN_DEPOSE', 'CLOTURE']);

/** Why the declaration is read-only, by status. */
const READ_ONLY_NOTES: Partial<Record<ClasProjectData['status'], string>> = {
  DEPOSE: "Le projet est déposé : il n'est plus modifiable, sauf si la CAF vous demande des compléments.",
  EN_INSTRUCTION: "La CAF instruit le projet : il n'est plus modifiable, sauf si elle vous demande des compléments.",
  ACCEPTE: "Le projet est accepté : saisissez les séances et les actions de l'année, puis déposez le bilan.",
  REFUSE: 'Le projet a été refusé : il ne se modifie plus.',
  BILAN_DEPOSE: 'Le bilan est déposé : la CAF clôturera le projet.',
  CLOTURE: 'Le projet est clôturé.',
};

/** `/clas/projets/nouveau` and `/clas/projets/:id`: the holder's project, editable in draft or « à compléter ». */
export function HolderProjectPage() {
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const query = useClasProject(id);
  const project = query.data;
  const initial = (location.state as { message?: string } | null)?.message ?? '';
  const [message, setMessage] = useState(initial);
  const [reloads, setReloads] = useState(0);
  useEffect(() => setMessage(initial), [id, initial]);
  usePageTitle(id ? (project ? `${project.title} — Projet CLAS` : 'Projet CLAS') : 'Nouveau projet CLAS');

  const organisations = (me.data?.memberships ?? []).filter((m) => m.roles.includes('CLAS_HOLDER')).map((m) => m.organisation);
  const status = (
    <p className="notice notice--success" role="status">
      {message}
    </p>
  );
  const back = (
    <p className="breadcrumb">
      <Link to="/clas">Retour à mes projets</Link>
    </p>
  );

  async function reload() {
    setMessage('');
    await query.refetch();
    setReloads((n) => n + 1);
  }
  function created(saved: ClasProjectData, text: string) {
    navigate(`/clas/projets/${saved.id}`, { replace: true, state: { message: text } });
  }

  if (me.isPending || (id && query.isPending)) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;

  if (!id) {
    return (
      <div className="page clas-page">
        {back}
        <h1>Nouveau projet CLAS</h1>
        <p className="lead">Décrivez le projet et ses groupes : l'éligibilité se met à jour au fil de la saisie. Enregistrez-le en brouillon, puis déposez-le auprès de la CAF.</p>
        {status}
        {organisations.length === 0 ? (
          <p>Votre compte n'est rattaché à aucune structure porteuse de projets CLAS.</p>
        ) : (
          <ProjectEditor key="new" project={null} organisations={organisations} initialYear={defaultProjectYear()} onMessage={setMessage} onCreated={created} onReload={reload} reloading={false} />
        )}
      </div>
    );
  }

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

  return (
    <div className="page clas-page">
      {back}
      <h1>{project.title}</h1>
      <p className="lead">
        <span className={statusClass(project.status)}>{CLAS_STATUS_LABELS[project.status]}</span> {project.organisation.name} · année scolaire {project.schoolYear}
        {project.submittedAt ? ` · déposé le ${formatDateTime(project.submittedAt)}` : ''}
      </p>
      {status}
      {project.decision ? <DecisionSummary decision={project.decision} /> : null}

      {project.editable ? (
        <ProjectEditor
          key={`${project.id}-${reloads}`}
          project={project}
          organisations={organisations}
          initialYear={project.schoolYear}
          onMessage={setMessage}
          onCreated={created}
          onReload={reload}
          reloading={query.isFetching}
        />
      ) : (
        <>
          <p className="muted">{READ_ONLY_NOTES[project.status] ?? ''}</p>
          {AFTER_ACCEPT.has(project.status) ? <YearFollowUp project={project} onMessage={setMessage} onReload={reload} reloading={query.isFetching} /> : null}
          <section aria-labelledby="clas-titre-eligibilite" className="clas-section">
            <h2 id="clas-titre-eligibilite">Éligibilité</h2>
            <p className="clas-panel__summary">{eligibilitySummary(project.eligibility)}</p>
            <FundingTable funding={projectFunding(project)} />
            <EligibilityTables eligibility={project.eligibility} groupLabels={groupLabels} />
          </section>
          <ProjectDetails project={project} />
        </>
      )}

      <Comments project={project} hint={project.status === 'BROUILLON' ? 'La CAF lira vos commentaires une fois le projet déposé.' : 'La CAF du département les lit.'} />
    </div>
  );
}
