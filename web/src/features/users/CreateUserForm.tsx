import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { identity } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { validate } from '../../app/validation';
import type { CreateUserInput, Role } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { useCreateUser } from './queries';
import { OrganisationSelect } from './OrganisationSelect';
import { RoleCheckboxes } from './RoleCheckboxes';

export const MIN_PASSWORD_LENGTH = 12;

const FIELDS = ['email', 'displayName', 'password', 'organisationId', 'roles'] as const;
const LABELS = {
  email: 'Adresse e-mail',
  displayName: 'Nom affiché',
  password: 'Mot de passe initial',
  organisationId: 'Organisation de rattachement',
  roles: 'Rôles',
};

/** Server paths "memberships.0.organisationId" / "memberships.0.roles" → the form's field names. */
function membershipPath(path: string): string {
  return path.replace(/^memberships(\.\d+)?\./, '').replace(/^memberships$/, 'roles');
}

export function CreateUserForm() {
  const create = useCreateUser();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const server = splitErrors(create.error, FIELDS, membershipPath);

  const errors: Record<string, string | undefined> = { ...server.fields, ...localErrors };
  useFocusFirstInvalid(formRef, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!email.trim()) found.email = "Saisissez l'adresse e-mail.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      found.email = 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.';
    if (!displayName.trim()) found.displayName = 'Saisissez le nom affiché.';
    if (password.length < MIN_PASSWORD_LENGTH)
      found.password = `Le mot de passe initial doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`;
    if (organisationId && roles.length === 0) found.roles = 'Cochez au moins un rôle pour ce rattachement.';
    if (!organisationId && roles.length > 0)
      found.organisationId = "Choisissez l'organisation à laquelle attribuer ces rôles.";
    const input: CreateUserInput = {
      email: email.trim(),
      displayName: displayName.trim(),
      password,
      memberships: organisationId ? [{ organisationId, roles }] : [],
    };
    if (!Object.keys(found).length)
      Object.assign(found, validate(identity.createUserInput, input, { mapPath: membershipPath, known: FIELDS }));
    setLocalErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(input, {
      onSuccess: (data) => {
        navigate(`/admin/utilisateurs/${data.createUser.id}`, {
          state: { flash: `Compte de ${data.createUser.displayName} créé.` },
        });
      },
    });
  }

  function clear(key: string) {
    setLocalErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="nouvel-utilisateur">
      <TextField
        label="Adresse e-mail"
        type="email"
        autoComplete="off"
        required
        name="email"
        value={email}
        onValueChange={(value) => {
          setEmail(value);
          clear('email');
        }}
        error={errors.email}
      />
      <TextField
        label="Nom affiché"
        autoComplete="off"
        required
        name="displayName"
        value={displayName}
        onValueChange={(value) => {
          setDisplayName(value);
          clear('displayName');
        }}
        error={errors.displayName}
      />
      <TextField
        label="Mot de passe initial"
        type="password"
        autoComplete="new-password"
        required
        name="password"
        hint={`Au moins ${MIN_PASSWORD_LENGTH} caractères. Transmettez-le à la personne par un canal sûr.`}
        value={password}
        onValueChange={(value) => {
          setPassword(value);
          clear('password');
        }}
        error={errors.password}
      />
      <OrganisationSelect
        label="Organisation de rattachement"
        emptyLabel="Aucune pour l'instant"
        name="organisationId"
        value={organisationId}
        onValueChange={(value) => {
          setOrganisationId(value);
          clear('organisationId');
          clear('roles');
        }}
        error={errors.organisationId}
      />
      <RoleCheckboxes
        legend="Rôles"
        value={roles}
        onChange={(next) => {
          setRoles(next);
          clear('roles');
          clear('organisationId');
        }}
        error={errors.roles}
      />
      <ErrorSummary errors={server} fields={localErrors} labels={LABELS} order={FIELDS} />
      <div className="form__actions">
        <Button type="submit" busy={create.isPending}>
          Créer l'utilisateur
        </Button>
      </div>
    </form>
  );
}
