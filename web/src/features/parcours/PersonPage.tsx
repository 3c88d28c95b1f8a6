import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { REFERENCE_STATUS_LABELS } from '@maillage/shared';
import { isErrorCode } from '../../app/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ConsentsSection } from './ConsentsSection';
import { intervenantsLabel, personName, referenceStatusClass } from './format';
import { IdentitySection } from './IdentitySection';
import { LockerSection } from './LockerSection';
import { MembersSection } from './MembersSection';
import { PlanSection } from './PlanSection';
import { useAccompaniedPerson } from './queries';
import { ReferenceSection } from './ReferenceSection';
import { SynthesesSection } from './SynthesesSection';
import './parcours.css';

const SECTIONS = [
  { id: 'identite', label: 'Identité' },
  { id: 'liste', label: "Liste d'accompagnement" },
  { id: 'reference', label: 'Référence' },
  { id: 'plan', label: "Plan d'action" },
  { id: 'syntheses', label: 'Synthèses' },
  { id: 'consentements', label: 'Consentements' },
  { id: 'armoire', label: 'Armoire numérique' },
];

/** `/parcours/personnes/:id`: a PA's record, section by section (each read is audited by the server). */
export function PersonPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useAccompaniedPerson(id);
  const person = query.data;
  const initial = (location.state as { message?: string } | null)?.message ?? '';
  const [message, setMessage] = useState(initial);
  useEffect(() => setMessage(initial), [id, initial]);
  usePageTitle(person ? `${personName(person)} — Personne accompagnée` : 'Personne accompagnée');

  const back = (
    <p className="breadcrumb">
      <Link to="/parcours">Retour aux personnes accompagnées</Link>
    </p>
  );

  if (query.isPending) return <LoadingState />;
  if ((query.isSuccess && !person) || isErrorCode(query.error, 'NOT_FOUND') || isErrorCode(query.error, 'BAD_USER_INPUT')) {
    return (
      <div className="page">
        {back}
        <h1>Personne introuvable</h1>
        <p>Cette personne n'existe pas, ou vous n'êtes pas (ou plus) sur sa liste d'accompagnement.</p>
      </div>
    );
  }
  if (query.isError || !person) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const reload = () => query.refetch();
  const reloading = query.isFetching;
  const activeCount = person.members.filter((m) => m.active).length;
  const referent = person.reference?.status === 'ACCEPTEE' ? person.reference.referent : null;

  return (
    <div className="page parcours-page">
      {back}
      <h1>{personName(person)}</h1>
      <p className="lead">
        {intervenantsLabel(activeCount)} sur la liste ·{' '}
        {person.reference ? (
          <>
            référence <span className={referenceStatusClass(person.reference.status)}>{REFERENCE_STATUS_LABELS[person.reference.status]}</span>
            {referent ? ` · référent : ${referent.displayName}` : ''}
          </>
        ) : (
          'aucune référence en cours'
        )}
      </p>
      <p className="notice notice--success" role="status">
        {message}
      </p>
      <nav aria-label="Sections de la fiche" className="parcours-toc">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <IdentitySection person={person} onSaved={setMessage} onReload={reload} reloading={reloading} />
      <MembersSection person={person} onReload={reload} reloading={reloading} />
      <ReferenceSection person={person} onReload={reload} reloading={reloading} />
      <PlanSection person={person} onReload={reload} reloading={reloading} />
      <SynthesesSection person={person} onReload={reload} reloading={reloading} />
      <ConsentsSection person={person} onReload={reload} reloading={reloading} />
      <LockerSection person={person} onReload={reload} reloading={reloading} />
    </div>
  );
}
