import { useRef, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import type { Role } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { ORGANISATION_KIND_LABELS } from '../identity/labels';
import { OrganisationSelect } from './OrganisationSelect';
import { useAddMembership, useRemoveMembership, useUpdateMembershipRoles } from './queries';
import { RoleCheckboxes } from './RoleCheckboxes';
import { StaleBanner, type SectionProps, type UserData } from './accountSection';

export function MembershipEditor({
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
              ? {
                  roles: ['ADMIN'],
                  reason:
                    "C'est votre propre rôle d'administrateur : un autre administrateur seul peut vous le retirer.",
                }
              : undefined
          }
        />
        <ErrorSummary
          errors={split.conflict ? undefined : split}
          fields={{ roles: localError }}
          labels={{ roles: `Rôles dans ${orgName}` }}
        />
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

export function AddMembershipForm({ user, reload, announce }: SectionProps) {
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
