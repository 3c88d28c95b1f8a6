import { useState } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useLocation, useParams } from 'react-router-dom';
import { isErrorCode } from '../../app/graphql';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorState } from '../../ui/ErrorState';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { ApiKeysSection } from './ApiKeysSection';
import { useAdminUser } from './queries';
import { StatusMessage } from '../../ui/StatusMessage';
import { AccountStatusSection, InformationSection, PasswordSection } from './AccountSections';
import { AddMembershipForm, MembershipEditor } from './MembershipSections';
import { Section, type SectionProps } from './accountSection';

export function AdminUserPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useAdminUser(id);
  const me = useMe();
  const user = query.data?.user;
  const flash = (location.state as { flash?: string } | null)?.flash;
  const [message, setMessage] = useState<string | null>(flash ?? null);
  usePageTitle(user ? `${user.displayName} — Utilisateurs` : 'Utilisateur');

  if (query.isPending) return <LoadingState />;
  if ((query.isSuccess && !user) || isErrorCode(query.error, 'NOT_FOUND')) {
    return (
      <div className="page">
        <h1>Utilisateur introuvable</h1>
        <p>
          <Link to="/admin/utilisateurs">Retour à la liste des utilisateurs</Link>
        </p>
      </div>
    );
  }
  if (query.isError || !user) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const props: SectionProps = {
    user,
    self: me.data?.user.id === user.id,
    reload: () => query.refetch(),
    announce: setMessage,
  };

  return (
    <div className="page">
      <Breadcrumb
        currentPageLabel={user.displayName}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: 'Utilisateurs', linkProps: { to: '/admin/utilisateurs' } }]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>{user.displayName}</h1>
      <p className={fr.cx('fr-text--lead')}>
        {user.email} · créé le {formatDateTime(user.createdAt)} · dernière connexion :{' '}
        {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'jamais'}
      </p>
      <StatusMessage message={message} />

      <div className="detail-grid">
        <InformationSection key={`info-${user.version}`} {...props} />
        <PasswordSection {...props} />
      </div>
      <AccountStatusSection {...props} />

      <Section id="titre-rattachements" title="Rattachements">
        {user.memberships.length === 0 ? (
          <p>Ce compte n'est rattaché à aucune organisation.</p>
        ) : (
          <ul className="membership-editors">
            {user.memberships.map((membership) => (
              <MembershipEditor
                key={`${membership.id}-${membership.version}`}
                membership={membership}
                self={props.self}
                reload={props.reload}
                announce={setMessage}
              />
            ))}
          </ul>
        )}
        <AddMembershipForm {...props} />
      </Section>

      {/* Only a service account gets API keys (the server refuses the others). */}
      {user.memberships.some((m) => m.roles.includes('SERVICE_ACCOUNT')) ? (
        <ApiKeysSection
          key={user.id}
          userId={user.id}
          organisations={user.memberships.map((m) => m.organisation)}
          active={user.active}
          announce={setMessage}
        />
      ) : null}
      {user.memberships.some((m) => m.roles.includes('SERVICE_ACCOUNT')) ? (
        <p>
          <Link to={`/admin/utilisateurs/${user.id}/webhooks`}>Webhooks de ce compte de service</Link> : les adresses où
          son système reçoit les événements, et leur journal des envois.
        </p>
      ) : null}
    </div>
  );
}
