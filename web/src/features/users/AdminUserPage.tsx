import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Link, useLocation, useParams } from 'react-router-dom';
import { identity } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { validate } from '../../app/validation';
import { isErrorCode } from '../../app/graphql';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import type { Role } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { SaveErrorBanner } from '../../ui/SaveErrorBanner';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { ORGANISATION_KIND_LABELS } from '../identity/labels';
import { ApiKeysSection } from './ApiKeysSection';
import { MIN_PASSWORD_LENGTH } from './CreateUserForm';
import { OrganisationSelect } from './OrganisationSelect';
import {
  useAddMembership,
  useAdminUser,
  useRemoveMembership,
  useSetUserActive,
  useUnlockUser,
  useUpdateMembershipRoles,
  useUpdateUser,
} from './queries';
import { RoleCheckboxes } from './RoleCheckboxes';
import { isLocked, UserStatus } from './status';
import { StatusMessage } from '../../ui/StatusMessage';

const CONFLICT_MESSAGE =
  "Ce compte a été modifié entre-temps par quelqu'un d'autre. Rechargez-le pour repartir de sa dernière version : vos saisies non enregistrées seront perdues.";

interface UserData {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  lockedUntil?: string | null;
  lastLoginAt?: string | null;
  createdAt: string;
  version: number;
  memberships: {
    id: string;
    roles: Role[];
    version: number;
    organisation: { id: string; name: string; kind: keyof typeof ORGANISATION_KIND_LABELS; active: boolean };
  }[];
}

interface SectionProps {
  user: UserData;
  /** The signed-in administrator is looking at their own account (some actions are refused then). */
  self: boolean;
  /** Re-reads the user; resolves once the new data is in. */
  reload: () => Promise<unknown>;
  /** Announces a success in the page's status region. */
  announce: (message: string) => void;
}

/** A stale version only: the DSFR alert with « Recharger » (the other errors go to the ErrorSummary). */
function StaleBanner({ error, onReload }: { error: unknown; onReload: () => void }) {
  const split = splitErrors(error, []);
  return <SaveErrorBanner conflict={split.conflict} conflictMessage={CONFLICT_MESSAGE} reloadLabel="Recharger le compte" onReload={onReload} reloading={false} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id} className={fr.cx('fr-h4')}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function InformationSection({ user, reload, announce }: SectionProps) {
  const update = useUpdateUser();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState(user.email);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const split = splitErrors(update.error, ['email', 'displayName']);
  const errors: Record<string, string | undefined> = { ...split.fields, ...localErrors };
  useFocusFirstInvalid(formRef, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!email.trim()) found.email = "Saisissez l'adresse e-mail.";
    if (!displayName.trim()) found.displayName = 'Saisissez le nom affiché.';
    const input: { id: string; version: number; email?: string; displayName?: string } = { id: user.id, version: user.version };
    if (email.trim() !== user.email) input.email = email.trim();
    if (displayName.trim() !== user.displayName) input.displayName = displayName.trim();
    if (!Object.keys(found).length) Object.assign(found, validate(identity.updateUserInput, input, { known: ['email', 'displayName'] }));
    setLocalErrors(found);
    if (Object.keys(found).length) return;
    update.mutate(input, {
      onSuccess: async () => {
        await reload();
        announce('Informations enregistrées.');
      },
    });
  }

  return (
    <Section id="titre-informations" title="Informations">
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="titre-informations">
        <StaleBanner
          error={update.error}
          onReload={() => {
            update.reset();
            void reload();
          }}
        />
        <TextField
          label="Adresse e-mail"
          type="email"
          autoComplete="off"
          required
          name="email"
          value={email}
          onValueChange={setEmail}
          error={errors.email}
        />
        <TextField
          label="Nom affiché"
          autoComplete="off"
          required
          name="displayName"
          value={displayName}
          onValueChange={setDisplayName}
          error={errors.displayName}
        />
        <ErrorSummary
          errors={split.conflict ? undefined : split}
          fields={localErrors}
          labels={{ email: 'Adresse e-mail', displayName: 'Nom affiché' }}
          order={['email', 'displayName']}
        />
        <div className="form__actions">
          <Button type="submit" busy={update.isPending}>
            Enregistrer les modifications
          </Button>
        </div>
      </form>
    </Section>
  );
}

function PasswordSection({ user, reload, announce }: SectionProps) {
  const update = useUpdateUser();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const split = splitErrors(update.error, ['password']);
  const error = localError ?? split.fields.password;
  useFocusFirstInvalid(formRef, { password: error });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) {
      setLocalError(`Le nouveau mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`);
      return;
    }
    setLocalError(undefined);
    update.mutate(
      { id: user.id, version: user.version, password },
      {
        onSuccess: async () => {
          setPassword('');
          await reload();
          announce('Mot de passe réinitialisé. Transmettez-le à la personne par un canal sûr.');
        },
      },
    );
  }

  return (
    <Section id="titre-mot-de-passe" title="Mot de passe">
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="titre-mot-de-passe">
        <StaleBanner
          error={update.error}
          onReload={() => {
            update.reset();
            void reload();
          }}
        />
        <TextField
          label="Nouveau mot de passe"
          type="password"
          autoComplete="new-password"
          required
          hint={`Au moins ${MIN_PASSWORD_LENGTH} caractères.`}
          value={password}
          onValueChange={(value) => {
            setPassword(value);
            setLocalError(undefined);
          }}
          name="password"
          error={error}
        />
        <ErrorSummary
          errors={split.conflict ? undefined : split}
          fields={{ password: localError }}
          labels={{ password: 'Nouveau mot de passe' }}
        />
        <div className="form__actions">
          <Button type="submit" busy={update.isPending}>
            Réinitialiser le mot de passe
          </Button>
        </div>
      </form>
    </Section>
  );
}

function AccountStatusSection({ user, self, reload, announce }: SectionProps) {
  const setActive = useSetUserActive();
  const unlock = useUnlockUser();
  const locked = isLocked(user.lockedUntil);
  const error = setActive.error ?? unlock.error;
  const split = splitErrors(error, []);
  // The server refuses to deactivate one's own account: not offered, and said why.
  const canToggle = !(self && user.active);

  return (
    <Section id="titre-statut" title="Statut du compte">
      <p>
        <UserStatus active={user.active} lockedUntil={user.lockedUntil} />
      </p>
      <p>
        {user.active
          ? 'Ce compte est actif : la personne peut se connecter.'
          : 'Ce compte est désactivé : la personne ne peut plus se connecter et ses sessions ont été fermées.'}
        {locked ? ` Il est verrouillé après trop d'échecs de connexion, jusqu'au ${formatDateTime(user.lockedUntil)}.` : ''}
      </p>
      {canToggle ? null : (
        <p className={fr.cx('fr-hint-text')}>C'est votre propre compte : vous ne pouvez pas le désactiver vous-même. Un autre administrateur le peut.</p>
      )}
      <StaleBanner
        error={error}
        onReload={() => {
          setActive.reset();
          unlock.reset();
          void reload();
        }}
      />
      <ErrorSummary title="L'action n'a pas abouti" general={split.conflict ? null : split.general} />
      <div className="actions">
        {canToggle ? (
          <Button
            variant={user.active ? 'danger' : 'primary'}
            busy={setActive.isPending}
            onClick={() => {
              unlock.reset();
              setActive.mutate(
                { id: user.id, version: user.version, active: !user.active },
                {
                  onSuccess: async (data) => {
                    await reload();
                    announce(data.setUserActive.active ? 'Compte activé.' : 'Compte désactivé.');
                  },
                },
              );
            }}
          >
            {user.active ? 'Désactiver le compte' : 'Activer le compte'}
          </Button>
        ) : null}
        {locked ? (
          <Button
            variant="secondary"
            busy={unlock.isPending}
            onClick={() => {
              setActive.reset();
              unlock.mutate(
                { id: user.id, version: user.version },
                {
                  onSuccess: async () => {
                    await reload();
                    announce('Compte déverrouillé.');
                  },
                },
              );
            }}
          >
            Déverrouiller le compte
          </Button>
        ) : null}
      </div>
    </Section>
  );
}

function MembershipEditor({
  membership,
  self,
  reload,
  announce,
}: {
  membership: UserData['memberships'][number];
  self: boolean;
  reload: () => Promise<unknown>;
  announce: (message: string) => void;
}) {
  const updateRoles = useUpdateMembershipRoles();
  const remove = useRemoveMembership();
  const formRef = useRef<HTMLFormElement>(null);
  const [roles, setRoles] = useState<Role[]>(membership.roles);
  const [localError, setLocalError] = useState<string | undefined>();
  const split = splitErrors(updateRoles.error ?? remove.error, ['roles']);
  const orgName = membership.organisation.name;
  const headingId = `rattachement-${membership.id}`;
  // The server refuses to take one's own administrator role or membership away: not offered, and said why.
  const ownAdmin = self && membership.roles.includes('ADMIN');
  const rolesError = localError ?? split.fields.roles;
  useFocusFirstInvalid(formRef, { roles: rolesError });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (roles.length === 0) {
      setLocalError('Cochez au moins un rôle, ou retirez le rattachement.');
      return;
    }
    remove.reset();
    updateRoles.mutate(
      { id: membership.id, version: membership.version, roles },
      {
        onSuccess: async () => {
          await reload();
          announce(`Rôles dans ${orgName} enregistrés.`);
        },
      },
    );
  }

  return (
    <li className="membership">
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        <h3 id={headingId} className={fr.cx('fr-h6', 'fr-mb-2w')}>
          <Link to={`/annuaire/${membership.organisation.id}`}>{orgName}</Link>{' '}
          <span className="muted">
            ({ORGANISATION_KIND_LABELS[membership.organisation.kind]}
            {membership.organisation.active ? '' : ', désactivée'})
          </span>
        </h3>
        <StaleBanner
          error={updateRoles.error ?? remove.error}
          onReload={() => {
            updateRoles.reset();
            remove.reset();
            void reload();
          }}
        />
        <RoleCheckboxes
          legend={`Rôles dans ${orgName}`}
          value={roles}
          onChange={(next) => {
            setRoles(next);
            setLocalError(undefined);
          }}
          error={rolesError}
          locked={
            ownAdmin
              ? { roles: ['ADMIN'], reason: "C'est votre propre rôle d'administrateur : un autre administrateur seul peut vous le retirer." }
              : undefined
          }
        />
        <ErrorSummary errors={split.conflict ? undefined : split} fields={{ roles: localError }} labels={{ roles: `Rôles dans ${orgName}` }} />
        <div className="actions">
          <Button type="submit" busy={updateRoles.isPending}>
            Enregistrer les rôles<VisuallyHidden> dans {orgName}</VisuallyHidden>
          </Button>
          {ownAdmin ? null : (
            <Button
              variant="danger"
              busy={remove.isPending}
              onClick={() => {
                updateRoles.reset();
                remove.mutate(
                  { id: membership.id, version: membership.version },
                  {
                    onSuccess: async () => {
                      await reload();
                      announce(`Rattachement à ${orgName} retiré.`);
                    },
                  },
                );
              }}
            >
              Retirer le rattachement<VisuallyHidden> à {orgName}</VisuallyHidden>
            </Button>
          )}
        </div>
      </form>
    </li>
  );
}

function AddMembershipForm({ user, reload, announce }: SectionProps) {
  const add = useAddMembership();
  const formRef = useRef<HTMLFormElement>(null);
  const [organisationId, setOrganisationId] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const split = splitErrors(add.error, ['organisationId', 'roles']);
  const errors: Record<string, string | undefined> = { ...split.fields, ...localErrors };
  useFocusFirstInvalid(formRef, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!organisationId) found.organisationId = "Choisissez l'organisation.";
    if (roles.length === 0) found.roles = 'Cochez au moins un rôle.';
    setLocalErrors(found);
    if (Object.keys(found).length) return;
    add.mutate(
      { userId: user.id, input: { organisationId, roles } },
      {
        onSuccess: async () => {
          setOrganisationId('');
          setRoles([]);
          await reload();
          announce('Rattachement ajouté.');
        },
      },
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="titre-ajout-rattachement">
      <h3 id="titre-ajout-rattachement" className={fr.cx('fr-h6')}>
        Ajouter un rattachement
      </h3>
      <OrganisationSelect
        label="Organisation"
        emptyLabel="Choisir une organisation"
        required
        name="organisationId"
        value={organisationId}
        onValueChange={(value) => {
          setOrganisationId(value);
          setLocalErrors((current) => ({ ...current, organisationId: '' }));
        }}
        error={errors.organisationId || undefined}
        exclude={user.memberships.map((m) => m.organisation.id)}
      />
      <RoleCheckboxes
        legend="Rôles du nouveau rattachement"
        value={roles}
        onChange={(next) => {
          setRoles(next);
          setLocalErrors((current) => ({ ...current, roles: '' }));
        }}
        error={errors.roles || undefined}
      />
      <ErrorSummary
        errors={split}
        fields={localErrors}
        labels={{ organisationId: 'Organisation', roles: 'Rôles du nouveau rattachement' }}
        order={['organisationId', 'roles']}
      />
      <div className="form__actions">
        <Button type="submit" busy={add.isPending}>
          Ajouter le rattachement
        </Button>
      </div>
    </form>
  );
}

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
        <ApiKeysSection key={user.id} userId={user.id} active={user.active} announce={setMessage} />
      ) : null}
    </div>
  );
}
