import { useRef, useState, type FormEvent } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { identity } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { validate } from '../../app/validation';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { MIN_PASSWORD_LENGTH } from './CreateUserForm';
import { useSetUserActive, useUnlockUser, useUpdateUser } from './queries';
import { failedLoginsText, UserStatus } from './status';
import { Section, StaleBanner, type SectionProps } from './accountSection';

export function InformationSection({ user, reload, announce }: SectionProps) {
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
    const input: { id: string; version: number; email?: string; displayName?: string } = {
      id: user.id,
      version: user.version,
    };
    if (email.trim() !== user.email) input.email = email.trim();
    if (displayName.trim() !== user.displayName) input.displayName = displayName.trim();
    if (!Object.keys(found).length)
      Object.assign(found, validate(identity.updateUserInput, input, { known: ['email', 'displayName'] }));
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

export function PasswordSection({ user, reload, announce }: SectionProps) {
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

export function AccountStatusSection({ user, self, reload, announce }: SectionProps) {
  const setActive = useSetUserActive();
  const unlock = useUnlockUser();
  const failures = user.failedLoginCount ?? 0;
  const error = setActive.error ?? unlock.error;
  const split = splitErrors(error, []);
  // The server refuses to deactivate one's own account: not offered, and said why.
  const canToggle = !(self && user.active);

  return (
    <Section id="titre-statut" title="Statut du compte">
      <p>
        <UserStatus active={user.active} failedLoginCount={user.failedLoginCount} />
      </p>
      <p>
        {user.active
          ? 'Ce compte est actif : la personne peut se connecter.'
          : 'Ce compte est désactivé : la personne ne peut plus se connecter et ses sessions ont été fermées.'}
        {failures > 0
          ? ` ${failedLoginsText(failures)} depuis sa dernière connexion réussie (le dernier le ${formatDateTime(user.lastFailedLoginAt)}). Le compte n'est pas verrouillé : l'adresse d'où viennent les échecs attend de plus en plus longtemps avant chaque nouvel essai. Lever les délais la laisse réessayer tout de suite, par exemple après un nouveau mot de passe.`
          : ''}
      </p>
      {canToggle ? null : (
        <p className={fr.cx('fr-hint-text')}>
          C'est votre propre compte : vous ne pouvez pas le désactiver vous-même. Un autre administrateur le peut.
        </p>
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
        {failures > 0 ? (
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
                    announce('Délais de connexion levés.');
                  },
                },
              );
            }}
          >
            Lever les délais de connexion
          </Button>
        ) : null}
      </div>
    </Section>
  );
}
