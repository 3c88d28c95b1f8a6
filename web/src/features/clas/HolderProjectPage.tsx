import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { isErrorCode } from '../../app/graphql';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { formatDateTime } from '../../ui/format';
import { Comments } from './Comments';
import { DecisionSummary } from './DecisionSummary';
import { EligibilitySummary, EligibilityTables, FundingTable, projectFunding } from './Eligibility';
import { defaultProjectYear } from './format';
import { StatusBadge, StatusMessage } from './parts';
import { ProjectDetails } from './ProjectDetails';
import { ProjectEditor } from './ProjectEditor';
import { useClasProject, type ClasProjectData } from './projectQueries';
import { YearFollowUp } from './YearFollowUp';
import '../../ui/styles/clas.css';

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

function HolderBreadcrumb({ current }: { current: string }) {
  return (
    <Breadcrumb
      currentPageLabel={current}
      homeLinkProps={{ to: '/' }}
      segments={[{ label: 'Mes projets CLAS', linkProps: { to: '/clas' } }]}
      className={fr.cx('fr-mt-0', 'fr-mb-2w')}
    />
  );
}

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

  const organisations = (me.data?.memberships ?? [])
    .filter((m) => m.roles.includes('CLAS_HOLDER'))
    .map((m) => m.organisation);

  async function reload() {
    setMessage('');
    await query.refetch();
    setReloads((n) => n + 1);
  }
  function created(saved: ClasProjectData, text: string) {
    // Same step of the form at the project's own address.
    navigate(`/clas/projets/${saved.id}${location.search}`, { replace: true, state: { message: text } });
  }

  if (me.isPending || (id && query.isPending)) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;

  if (!id) {
    return (
      <div className="page">
        <HolderBreadcrumb current="Nouveau projet" />
        <h1>Nouveau projet CLAS</h1>
        <p className={fr.cx('fr-text--lead')}>
          Décrivez le projet en quatre étapes : l'éligibilité se met à jour au fil de la saisie. Enregistrez-le en
          brouillon à tout moment, puis déposez-le auprès de la CAF.
        </p>
        <StatusMessage message={message} />
        {organisations.length === 0 ? (
          <p>Votre compte n'est rattaché à aucune structure porteuse de projets CLAS.</p>
        ) : (
          <ProjectEditor
            key="new"
            project={null}
            organisations={organisations}
            initialYear={defaultProjectYear()}
            onMessage={setMessage}
            onCreated={created}
            onReload={reload}
            reloading={false}
          />
        )}
      </div>
    );
  }

  if (
    (query.isSuccess && !project) ||
    isErrorCode(query.error, 'NOT_FOUND') ||
    isErrorCode(query.error, 'BAD_USER_INPUT')
  ) {
    return (
      <div className="page">
        <HolderBreadcrumb current="Projet introuvable" />
        <h1>Projet introuvable</h1>
        <p>Ce projet n'existe pas ou ne vous est pas visible.</p>
      </div>
    );
  }
  if (query.isError || !project) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <div className="page">
      <HolderBreadcrumb current={project.title} />
      <h1>{project.title}</h1>
      <p className="clas-meta">
        <StatusBadge status={project.status} /> {project.organisation.name} · année scolaire {project.schoolYear}
        {project.submittedAt ? ` · déposé le ${formatDateTime(project.submittedAt)}` : ''}
      </p>
      <StatusMessage message={message} />
      {project.decision ? <DecisionSummary decision={project.decision} /> : null}

      {project.editable ? (
        <>
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
          <Comments
            project={project}
            hint={
              project.status === 'BROUILLON'
                ? 'La CAF lira vos commentaires une fois le projet déposé.'
                : 'La CAF du département les lit.'
            }
          />
        </>
      ) : (
        <ReadOnlyProject project={project} onMessage={setMessage} onReload={reload} reloading={query.isFetching} />
      )}
    </div>
  );
}

/** A project the holder no longer edits, in tabs: the year (once accepted), the rules, the declaration, the comments. */
function ReadOnlyProject({
  project,
  onMessage,
  onReload,
  reloading,
}: {
  project: ClasProjectData;
  onMessage: (m: string) => void;
  onReload: () => Promise<void>;
  reloading: boolean;
}) {
  const accepted = AFTER_ACCEPT.has(project.status);
  const tabs = [
    ...(accepted ? [{ tabId: 'annee', label: "Suivi de l'année" }] : []),
    { tabId: 'eligibilite', label: 'Éligibilité' },
    { tabId: 'declaration', label: 'Déclaration' },
    { tabId: 'commentaires', label: `Commentaires (${project.comments.length})` },
  ];
  // Until the holder picks one: the first (the year once accepted), from the project as it is now.
  const [picked, setTab] = useState<string | null>(null);
  const tab = picked && tabs.some((t) => t.tabId === picked) ? picked : tabs[0]!.tabId;
  const groupLabels = project.groups.map((g) => g.label);
  return (
    <>
      <p>{READ_ONLY_NOTES[project.status] ?? ''}</p>
      <Tabs label="Sections du projet" selectedTabId={tab} onTabChange={setTab} tabs={tabs}>
        {tab === 'annee' ? (
          <YearFollowUp project={project} onMessage={onMessage} onReload={onReload} reloading={reloading} />
        ) : tab === 'eligibilite' ? (
          <section aria-labelledby="clas-titre-eligibilite">
            <h2 id="clas-titre-eligibilite" className={fr.cx('fr-h4')}>
              Éligibilité
            </h2>
            <EligibilitySummary eligibility={project.eligibility} />
            <FundingTable funding={projectFunding(project)} />
            <EligibilityTables eligibility={project.eligibility} groupLabels={groupLabels} />
          </section>
        ) : tab === 'declaration' ? (
          <ProjectDetails project={project} />
        ) : (
          <Comments project={project} hint="La CAF du département les lit." />
        )}
      </Tabs>
    </>
  );
}
