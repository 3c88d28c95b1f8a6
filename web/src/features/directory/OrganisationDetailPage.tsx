import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { isErrorCode } from '../../app/graphql';
import type { TerritoryKind } from '../../gql/graphql';
import { ORGANISATION_KIND_LABELS, TERRITORY_KIND_LABELS } from '../identity/labels';
import { useOrganisationDetail } from './queries';

interface TerritoryNode {
  name: string;
  kind: TerritoryKind;
  parent?: TerritoryNode | null;
}

/** "Lille (bassin) › Nord (département) › Hauts-de-France (région)". */
function territoryPath(territory: TerritoryNode | null | undefined): string[] {
  const out: string[] = [];
  for (let current = territory; current; current = current.parent) {
    out.push(`${current.name} (${TERRITORY_KIND_LABELS[current.kind].toLowerCase()})`);
  }
  return out;
}

function websiteHref(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const detail = useOrganisationDetail(id);
  const organisation = detail.data?.organisation;
  usePageTitle(organisation ? `${organisation.name} — Annuaire` : 'Annuaire');

  if (detail.isPending) return <LoadingState />;
  if ((detail.isSuccess && !organisation) || isErrorCode(detail.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <h1>Organisation introuvable</h1>
        <p>Cette organisation n'existe pas ou n'est plus visible dans l'annuaire.</p>
        <p>
          <Link to="/annuaire">Retour à la recherche</Link>
        </p>
      </div>
    );
  }
  if (detail.isError || !organisation) {
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }

  const territoryChain = territoryPath(organisation.territory);

  const addressLines = [
    organisation.address,
    [organisation.postalCode, organisation.communeName].filter(Boolean).join(' '),
  ].filter((line): line is string => Boolean(line));

  return (
    <div className="page">
      <Breadcrumb
        currentPageLabel={organisation.name}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Annuaire', linkProps: { to: '/annuaire' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>{organisation.name}</h1>
      <p>
        <Badge as="span" severity="info" small noIcon>
          {ORGANISATION_KIND_LABELS[organisation.kind]}
        </Badge>{' '}
        {organisation.active ? null : (
          <Badge as="span" severity="error" small>
            Organisation désactivée
          </Badge>
        )}
      </p>

      <div className="detail-grid">
        <section aria-labelledby="titre-identite" className="card">
          <h2 id="titre-identite" className={fr.cx('fr-h4')}>
            Identification
          </h2>
          <dl className="description-list">
            <dt>Type</dt>
            <dd>{ORGANISATION_KIND_LABELS[organisation.kind]}</dd>
            {organisation.kind === 'EPLE' || organisation.uai ? (
              <>
                <dt>UAI</dt>
                <dd>{organisation.uai ?? 'Non renseigné'}</dd>
              </>
            ) : null}
            {organisation.kind === 'ECOLE' || organisation.fase ? (
              <>
                <dt>Numéro FASE</dt>
                <dd>{organisation.fase ?? 'Non renseigné'}</dd>
              </>
            ) : null}
            {organisation.timeZone !== 'Europe/Paris' ? (
              <>
                <dt>Fuseau horaire</dt>
                <dd>{organisation.timeZone === 'Europe/Brussels' ? 'Bruxelles' : organisation.timeZone}</dd>
              </>
            ) : null}
            {organisation.kind === 'EPLE' ? (
              <>
                <dt>Lycée tête de réseau</dt>
                <dd>{organisation.lyceeTeteDeReseau ? 'Oui' : 'Non'}</dd>
              </>
            ) : null}
            <dt>Territoire</dt>
            <dd>{territoryChain.length ? territoryChain.join(' › ') : 'Non renseigné'}</dd>
          </dl>
        </section>

        <section aria-labelledby="titre-adresse" className="card">
          <h2 id="titre-adresse" className={fr.cx('fr-h4')}>
            Adresse
          </h2>
          {addressLines.length ? (
            <address>
              {addressLines.map((line) => (
                <span key={line} className="address-line">
                  {line}
                </span>
              ))}
            </address>
          ) : (
            <p>Adresse non renseignée.</p>
          )}
          <dl className="description-list">
            <dt>Code INSEE de la commune</dt>
            <dd>{organisation.communeInsee ?? 'Non renseigné'}</dd>
          </dl>
        </section>

        <section aria-labelledby="titre-contacts" className="card">
          <h2 id="titre-contacts" className={fr.cx('fr-h4')}>
            Contacts
          </h2>
          {organisation.email || organisation.phone || organisation.website ? (
            <dl className="description-list">
              {organisation.email ? (
                <>
                  <dt>E-mail</dt>
                  <dd>
                    <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
                  </dd>
                </>
              ) : null}
              {organisation.phone ? (
                <>
                  <dt>Téléphone</dt>
                  <dd>
                    <a href={`tel:${organisation.phone.replace(/\s+/g, '')}`}>{organisation.phone}</a>
                  </dd>
                </>
              ) : null}
              {organisation.website ? (
                <>
                  <dt>Site web</dt>
                  <dd>
                    <a href={websiteHref(organisation.website)} rel="noopener noreferrer" target="_blank">
                      {organisation.website}
                      <span className={fr.cx('fr-sr-only')}> (nouvelle fenêtre)</span>
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          ) : (
            <p>Aucun contact renseigné.</p>
          )}
        </section>
      </div>
    </div>
  );
}
