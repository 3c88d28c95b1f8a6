import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ORGANISATION_KIND_LABELS } from '../identity/labels';
import { useActivePlatform } from './activePlatform';
import { usePsadPlatform } from './queries';

/** Home of the PSAD follow-up for a referent: their active platform and its partners (the worklist comes later). */
export function PsadPage() {
  const active = useActivePlatform();
  const details = usePsadPlatform(active.platform?.id);
  const platform = details.data?.platform;
  usePageTitle(active.platform ? `Suivi PSAD — ${active.platform.name}` : 'Suivi PSAD');

  if (active.isPending) return <LoadingState />;
  if (active.error) return <ErrorState error={active.error} onRetry={active.refetch} />;
  if (!active.platform) {
    return (
      <div className="page">
        <h1>Suivi PSAD</h1>
        <p>Vous n'êtes référent d'aucune plateforme pour l'instant. Un administrateur peut vous y rattacher.</p>
      </div>
    );
  }

  return (
    <div className="page">
      <h1>Suivi PSAD — {active.platform.name}</h1>
      <p className="lead">
        {platform ? `Territoire : ${platform.territory.name}. ` : ''}La liste de suivi arrive prochainement.
      </p>
      <section aria-labelledby="titre-partenaires" className="card">
        <h2 id="titre-partenaires">Partenaires</h2>
        {details.isPending ? (
          <LoadingState />
        ) : details.isError ? (
          <ErrorState error={details.error} onRetry={() => void details.refetch()} />
        ) : !platform || platform.partners.length === 0 ? (
          <p>Aucune organisation partenaire pour l'instant.</p>
        ) : (
          <ul className="psad-partners">
            {platform.partners.map((partner) => (
              <li key={partner.id}>
                <Link to={`/annuaire/${partner.id}`}>{partner.name}</Link> — {ORGANISATION_KIND_LABELS[partner.kind]}
                {partner.communeName ? `, ${partner.communeName}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
