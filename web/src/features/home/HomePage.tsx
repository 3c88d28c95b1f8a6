import { fr } from '@codegouvfr/react-dsfr';
import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useMe } from '../../app/me';
import { schoolHeadKinds } from '../../app/navigation';
import { usePageTitle } from '../../app/usePageTitle';
import type { Role } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { ORGANISATION_KIND_LABELS, ROLE_LABELS, pluralize, rolesLabel } from '../identity/labels';
import {
  useAdminAlerts,
  useCounsellorWaiting,
  useHolderWaiting,
  useOfficerWaiting,
  useReferentWaiting,
} from './queries';
import { loadRoleHomes, workRolesOf, type Work } from './work';

function WorkTile({ work, detail, small }: { work: Work; detail?: string | undefined; small?: boolean }) {
  return (
    <div className={small ? fr.cx('fr-col-12', 'fr-col-sm-6', 'fr-col-lg-3') : fr.cx('fr-col-12', 'fr-col-md-8')}>
      <Tile
        title={work.title}
        titleAs={small ? 'h4' : 'h3'}
        desc={work.desc}
        detail={detail}
        linkProps={{ to: work.to }}
        enlargeLinkOrButton
        orientation={small ? 'vertical' : 'horizontal'}
        small={small}
      />
    </div>
  );
}

function useWaiting(roles: readonly Role[]): Partial<Record<Role, string>> {
  const referent = useReferentWaiting(roles.includes('PSAD_REFERENT'));
  const counsellor = useCounsellorWaiting(roles.includes('COUNSELLOR'));
  const officer = useOfficerWaiting(roles.includes('CAF_OFFICER'));
  const holder = useHolderWaiting(roles.includes('CLAS_HOLDER'));
  const say = (n: number | undefined, one: string, many: string, none: string) =>
    n === undefined ? undefined : pluralize(n, one, many, none);
  return {
    PSAD_REFERENT: say(referent.data, 'suivi à traiter', 'suivis à traiter', 'Aucun suivi à traiter'),
    COUNSELLOR: say(
      counsellor.data,
      'suivi affecté à démarrer',
      'suivis affectés à démarrer',
      'Aucun suivi à démarrer',
    ),
    CAF_OFFICER: say(
      officer.data,
      'projet déposé à instruire',
      'projets déposés à instruire',
      'Aucun projet déposé en attente',
    ),
    CLAS_HOLDER: say(holder.data, 'projet à compléter', 'projets à compléter', 'Aucun projet à compléter'),
  };
}

export function HomePage() {
  usePageTitle('Accueil');
  const me = useMe();
  const data = me.data;
  const distinctRoles = data ? workRolesOf(data.roles, data.memberships) : [];
  const head = schoolHeadKinds(data?.roles, data?.memberships);
  const belgianSchoolHead = head.belgian && !head.french;
  const homes = useQuery({
    queryKey: ['home', 'roles', distinctRoles, belgianSchoolHead],
    queryFn: () => loadRoleHomes(distinctRoles, { belgianSchoolHead }),
    enabled: data !== undefined,
    staleTime: Infinity,
  });
  const waiting = useWaiting(distinctRoles);
  const alerts = useAdminAlerts(distinctRoles.includes('ADMIN'));
  // The audit log's tile says how many security alerts the last 7 days had, and opens on them.
  const withAlerts = (work: Work): { work: Work; detail?: string } =>
    work.to === '/admin/audit' && alerts.data !== undefined
      ? {
          work: alerts.data > 0 ? { ...work, to: '/admin/audit?alertes' } : work,
          detail: pluralize(
            alerts.data,
            'alerte de sécurité en 7 jours',
            'alertes de sécurité en 7 jours',
            'Aucune alerte de sécurité en 7 jours',
          ),
        }
      : { work };

  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (me.isPending || homes.isPending) return <LoadingState />;
  if (homes.isError) return <ErrorState error={homes.error} onRetry={() => void homes.refetch()} />;

  const { user, memberships } = me.data;

  return (
    <div className="page">
      <h1>Bonjour {user.displayName}</h1>

      {homes.data.length === 0 ? (
        <p className={fr.cx('fr-text--lead')}>
          Aucun rôle ne vous est attribué pour l'instant. Adressez-vous à un administrateur.
        </p>
      ) : (
        homes.data.map(({ role, home }) => (
          <section key={role} aria-labelledby={`travail-${role}`} className={fr.cx('fr-mb-5w')}>
            <h2 id={`travail-${role}`} className={fr.cx('fr-h4', 'fr-mb-1w')}>
              {ROLE_LABELS[role]}
            </h2>
            <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>{home.description}</p>
            <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
              <WorkTile work={home.daily} detail={waiting[role]} />
            </div>
            {home.more.length ? (
              <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mt-1v')}>
                {home.more.map((work) => (
                  <WorkTile key={work.to} {...withAlerts(work)} small />
                ))}
              </div>
            ) : null}
          </section>
        ))
      )}

      <section aria-labelledby="titre-rattachements" className={fr.cx('fr-mb-5w')}>
        <h2 id="titre-rattachements" className={fr.cx('fr-h4')}>
          Vos rattachements
        </h2>
        {memberships.length === 0 ? (
          <p>Vous n'êtes rattaché à aucune organisation.</p>
        ) : (
          <ul>
            {memberships.map((membership) => (
              <li key={membership.id}>
                <Link to={`/annuaire/${membership.organisation.id}`}>{membership.organisation.name}</Link> (
                {ORGANISATION_KIND_LABELS[membership.organisation.kind]}) — Rôles : {rolesLabel(membership.roles)}
              </li>
            ))}
          </ul>
        )}
        <p className={fr.cx('fr-mt-2w')}>
          <Link to="/annuaire">Rechercher un acteur du réseau dans l'annuaire</Link>
        </p>
      </section>
    </div>
  );
}
