import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { identity } from '@maillage/shared';
import { splitErrors, useFocusFirstInvalid } from '../../app/formErrors';
import { useMe } from '../../app/me';
import { usePageTitle } from '../../app/usePageTitle';
import { sentence } from '../../app/validation';
import { Button } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorState } from '../../ui/ErrorState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { LoadingState } from '../../ui/LoadingState';
import { StatusMessage } from '../../ui/StatusMessage';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { problemMessage } from '../auth/api';
import { RecoveryCodesShown, TotpEnrolment } from '../auth/factorParts';
import { passkeysSupported } from '../auth/passkeys';
import type { Factors } from './api';
import {
  useAddPasskey,
  useChangeOwnPassword,
  useConfirmTotp,
  useFactors,
  useRegenerateRecoveryCodes,
  useRemovePasskey,
  useRemoveTotp,
  useTotpOptions,
} from './queries';

const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirmation'] as const;
type PasswordField = (typeof PASSWORD_FIELDS)[number];
const PASSWORD_LABELS: Record<PasswordField, string> = {
  currentPassword: 'Mot de passe actuel',
  newPassword: 'Nouveau mot de passe',
  confirmation: 'Confirmation du nouveau mot de passe',
};

/** « Changer mon mot de passe »: the current one, the new one twice; every other session ends. */
function PasswordSection({ email, announce }: { email: string; announce: (message: string) => void }) {
  const change = useChangeOwnPassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<PasswordField, string>>({
    currentPassword: '',
    newPassword: '',
    confirmation: '',
  });
  const [local, setLocal] = useState<Partial<Record<PasswordField, string>>>({});
  const server = splitErrors(change.error, [...PASSWORD_FIELDS]);
  const errors = Object.fromEntries(PASSWORD_FIELDS.map((f) => [f, local[f] ?? server.fields[f]])) as Record<
    PasswordField,
    string | undefined
  >;
  useFocusFirstInvalid(formRef, errors);

  const set = (field: PasswordField) => (value: string) => {
    setValues((old) => ({ ...old, [field]: value }));
    setLocal((old) => ({ ...old, [field]: undefined }));
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Partial<Record<PasswordField, string>> = {};
    if (!values.currentPassword) next.currentPassword = 'Saisissez votre mot de passe actuel.';
    const parsed = identity.password.safeParse(values.newPassword);
    if (!values.newPassword) next.newPassword = 'Saisissez le nouveau mot de passe.';
    else if (!parsed.success) next.newPassword = sentence(parsed.error.issues[0]?.message ?? 'mot de passe invalide');
    if (!next.newPassword && values.confirmation !== values.newPassword) {
      next.confirmation = 'La confirmation ne reprend pas le nouveau mot de passe.';
    }
    setLocal(next);
    change.reset();
    if (Object.values(next).some(Boolean)) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues({ currentPassword: '', newPassword: '', confirmation: '' });
          announce(
            'Mot de passe changé. Vos autres sessions sont fermées : les autres appareils devront se reconnecter.',
          );
        },
        onError: () => setValues((old) => ({ ...old, currentPassword: '' })),
      },
    );
  }

  return (
    <section aria-labelledby="titre-mot-de-passe" className="card fr-mb-4w">
      <h2 id="titre-mot-de-passe" className={fr.cx('fr-h4')}>
        Mot de passe
      </h2>
      <p>
        Changer votre mot de passe ferme toutes vos autres sessions : sur vos autres appareils et navigateurs, il faudra
        se reconnecter. Cette session-ci reste ouverte.
      </p>
      <form ref={formRef} className="form" noValidate aria-labelledby="titre-mot-de-passe" onSubmit={onSubmit}>
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <TextField
          label={PASSWORD_LABELS.currentPassword}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onValueChange={set('currentPassword')}
          error={errors.currentPassword}
        />
        <TextField
          label={PASSWORD_LABELS.newPassword}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          hint="12 caractères au moins. Une phrase de plusieurs mots est facile à retenir et difficile à deviner."
          value={values.newPassword}
          onValueChange={set('newPassword')}
          error={errors.newPassword}
        />
        <TextField
          label={PASSWORD_LABELS.confirmation}
          type="password"
          name="confirmation"
          autoComplete="new-password"
          required
          value={values.confirmation}
          onValueChange={set('confirmation')}
          error={errors.confirmation}
        />
        <ErrorSummary
          title="Le mot de passe n'a pas été changé"
          errors={server}
          fields={local}
          labels={PASSWORD_LABELS}
          order={PASSWORD_FIELDS}
        />
        <div className="actions">
          <Button type="submit" busy={change.isPending}>
            Changer le mot de passe
          </Button>
        </div>
      </form>
    </section>
  );
}

type Passkey = Factors['passkeys'][number];

/** The user's passkeys: the list, removal (asked first), and one more created on this device. */
function PasskeysPart({
  factors,
  announce,
  onCodes,
}: {
  factors: Factors;
  announce: (message: string) => void;
  onCodes: (codes: string[]) => void;
}) {
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const supported = passkeysSupported();
  const lastFactor = factors.required && factors.passkeys.length === 1 && !factors.totp;

  const columns: Column<Passkey>[] = [
    { key: 'name', header: 'Nom', rowHeader: true, cell: (p) => p.name },
    { key: 'createdAt', header: 'Ajoutée le', cell: (p) => formatDateTime(p.createdAt) },
    {
      key: 'lastUsedAt',
      header: 'Dernière utilisation',
      cell: (p) => (p.lastUsedAt ? formatDateTime(p.lastUsedAt) : 'Jamais'),
    },
    {
      key: 'actions',
      header: 'Actions',
      cell: (p) =>
        lastFactor ? (
          <span className={fr.cx('fr-hint-text', 'fr-mb-0')}>Dernière deuxième étape : ne peut être retirée</span>
        ) : (
          <ConfirmButton
            label="Retirer"
            labelSuffix={` la clé d’accès ${p.name}`}
            question={`Retirer la clé d’accès « ${p.name} » ? Elle ne permettra plus de vous connecter.`}
            confirmLabel="Retirer la clé"
            busy={remove.isPending && remove.variables?.id === p.id}
            onConfirm={() =>
              remove.mutate(
                { id: p.id },
                {
                  onSuccess: () => {
                    announce(`Clé d’accès « ${p.name} » retirée.`);
                    headingRef.current?.focus();
                  },
                },
              )
            }
          />
        ),
    },
  ];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError('Donnez un nom à la clé, pour la reconnaître ensuite.');
      return;
    }
    setNameError(undefined);
    add.mutate(
      { name: trimmed },
      {
        onSuccess: (result) => {
          setName('');
          announce(`Clé d’accès « ${trimmed} » ajoutée.`);
          if (result.recoveryCodes?.length) onCodes(result.recoveryCodes);
        },
      },
    );
  }

  return (
    <div className="fr-mb-4w">
      <h3 id="titre-cles-acces" ref={headingRef} tabIndex={-1} className={fr.cx('fr-h5')}>
        Clés d’accès
      </h3>
      <p>
        Une clé d’accès vous connecte avec l’empreinte, le visage ou le code de votre appareil, ou avec une clé de
        sécurité : rien à taper, rien qu’un site frauduleux puisse vous soutirer.
      </p>
      <ErrorSummary
        title="La clé d’accès n’a pas été retirée"
        general={remove.error ? problemMessage(remove.error) : null}
      />
      <DataTable
        caption="Vos clés d’accès"
        captionHidden
        columns={columns}
        rows={factors.passkeys}
        rowKey={(p) => p.id}
        emptyMessage="Aucune clé d’accès pour l’instant."
      />
      {supported ? (
        <form className="form" noValidate aria-label="Ajouter une clé d’accès" onSubmit={onSubmit}>
          <TextField
            label="Nom de la nouvelle clé d’accès"
            hint="Pour la reconnaître ensuite : « Ordinateur du bureau », « Téléphone »…"
            name="passkeyName"
            autoComplete="off"
            maxLength={60}
            required
            value={name}
            onValueChange={(value) => {
              setName(value);
              setNameError(undefined);
            }}
            error={nameError}
          />
          <ErrorSummary
            title="La clé d’accès n’a pas été ajoutée"
            general={add.error ? problemMessage(add.error) : null}
          />
          <div className="actions">
            <Button type="submit" variant="secondary" busy={add.isPending}>
              Ajouter une clé d’accès
            </Button>
          </div>
        </form>
      ) : (
        <p>Ce navigateur ne permet pas de créer de clé d’accès.</p>
      )}
    </div>
  );
}

/** The authenticator app: set up (QR code, secret, first code) or removed. */
function TotpPart({
  factors,
  announce,
  onCodes,
}: {
  factors: Factors;
  announce: (message: string) => void;
  onCodes: (codes: string[]) => void;
}) {
  const options = useTotpOptions();
  const confirm = useConfirmTotp();
  const remove = useRemoveTotp();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastFactor = factors.required && factors.passkeys.length === 0;

  return (
    <div className="fr-mb-4w">
      <h3 id="titre-application" ref={headingRef} tabIndex={-1} className={fr.cx('fr-h5')}>
        Application d’authentification
      </h3>
      {factors.totp ? (
        <>
          <p>
            Activée le {formatDateTime(factors.totp.createdAt)}
            {factors.totp.lastUsedAt
              ? `, utilisée pour la dernière fois le ${formatDateTime(factors.totp.lastUsedAt)}`
              : ''}
            .
          </p>
          {lastFactor ? (
            <p className={fr.cx('fr-hint-text')}>
              Votre rôle demande une deuxième étape : ajoutez une clé d’accès avant de désactiver l’application.
            </p>
          ) : (
            <ConfirmButton
              label="Désactiver l’application d’authentification"
              question="Désactiver l’application d’authentification ? Ses codes ne permettront plus de vous connecter."
              confirmLabel="Désactiver"
              busy={remove.isPending}
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    announce('Application d’authentification désactivée.');
                    headingRef.current?.focus();
                  },
                })
              }
            />
          )}
          <ErrorSummary
            title="L’application n’a pas été désactivée"
            general={remove.error ? problemMessage(remove.error) : null}
          />
        </>
      ) : options.data ? (
        <>
          <TotpEnrolment
            setup={options.data}
            headingLevel={4}
            onSubmit={async (code) => {
              try {
                const result = await confirm.mutateAsync({ code });
                options.reset();
                announce('Application d’authentification activée.');
                if (result.recoveryCodes?.length) onCodes(result.recoveryCodes);
              } catch (caught) {
                throw new Error(problemMessage(caught, 'Le code a été refusé.'));
              }
            }}
          />
          <p className="fr-mt-2w">
            <Button variant="tertiary" onClick={() => options.reset()}>
              Annuler
            </Button>
          </p>
        </>
      ) : (
        <>
          <p>
            Une application sur votre téléphone (FreeOTP, Aegis…) affiche un code à 6 chiffres qui change toutes les 30
            secondes, à saisir après votre mot de passe.
          </p>
          <Button variant="secondary" busy={options.isPending} onClick={() => options.mutate()}>
            Configurer une application d’authentification
          </Button>
          <ErrorSummary
            title="L’application n’a pas pu être configurée"
            general={options.error ? problemMessage(options.error) : null}
          />
        </>
      )}
    </div>
  );
}

/** Recovery codes: how many are left, and a new set (the old ones void). */
function RecoveryCodesPart({ factors, onCodes }: { factors: Factors; onCodes: (codes: string[]) => void }) {
  const regenerate = useRegenerateRecoveryCodes();
  if (!factors.totp && factors.passkeys.length === 0) return null;
  return (
    <div className="fr-mb-2w">
      <h3 className={fr.cx('fr-h5')}>Codes de secours</h3>
      <p>
        {factors.recoveryCodesLeft === 0
          ? 'Il ne vous reste aucun code de secours : générez-en de nouveaux.'
          : factors.recoveryCodesLeft === 1
            ? 'Il vous reste 1 code de secours inutilisé.'
            : `Il vous reste ${factors.recoveryCodesLeft} codes de secours inutilisés.`}
      </p>
      <ConfirmButton
        label="Générer de nouveaux codes de secours"
        question="Générer de nouveaux codes ? Les codes que vous avez notés jusqu’ici ne fonctionneront plus."
        confirmLabel="Générer les codes"
        busy={regenerate.isPending}
        onConfirm={() => regenerate.mutate(undefined, { onSuccess: (result) => onCodes(result.recoveryCodes) })}
      />
      <ErrorSummary
        title="Les codes n’ont pas été générés"
        general={regenerate.error ? problemMessage(regenerate.error) : null}
      />
    </div>
  );
}

function FactorsSection({ announce }: { announce: (message: string) => void }) {
  const factors = useFactors();
  const [codes, setCodes] = useState<string[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="titre-deux-etapes" className="card fr-mb-4w">
      <h2 id="titre-deux-etapes" ref={headingRef} tabIndex={-1} className={fr.cx('fr-h4')}>
        Vérification en deux étapes
      </h2>
      {factors.isPending ? (
        <LoadingState label="Chargement de vos moyens de vérification…" />
      ) : factors.isError ? (
        <ErrorState error={factors.error} onRetry={() => void factors.refetch()} />
      ) : (
        <>
          <p>
            Après votre mot de passe, Maillage vous demande une clé d’accès ou un code de votre application
            d’authentification : qui devine ou vole votre mot de passe ne peut pas se connecter pour autant.
            {factors.data.required
              ? ' Votre rôle l’exige : gardez au moins un moyen de vérification.'
              : ' Elle est facultative pour votre rôle, et vivement conseillée.'}
          </p>
          {codes ? (
            <RecoveryCodesShown
              codes={codes}
              headingLevel={3}
              onDone={() => {
                setCodes(null);
                headingRef.current?.focus();
              }}
            />
          ) : null}
          <PasskeysPart factors={factors.data} announce={announce} onCodes={setCodes} />
          <TotpPart factors={factors.data} announce={announce} onCodes={setCodes} />
          <RecoveryCodesPart factors={factors.data} onCodes={setCodes} />
        </>
      )}
    </section>
  );
}

/** `/compte`: the signed-in user's own account: password, second factors, and a link to their sessions. */
export function AccountPage() {
  usePageTitle('Mon compte');
  const me = useMe();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <Breadcrumb
        currentPageLabel="Mon compte"
        homeLinkProps={{ to: '/' }}
        segments={[]}
        className={fr.cx('fr-mt-0', 'fr-mb-2w')}
      />
      <h1>Mon compte</h1>
      {me.data ? (
        <p>
          {me.data.user.displayName}
          <VisuallyHidden>, </VisuallyHidden>
          <br />
          <span className={fr.cx('fr-text--sm')}>{me.data.user.email}</span>
        </p>
      ) : null}
      <p>
        <Link to="/compte/sessions" className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}>
          Mes sessions : les appareils connectés à votre compte
        </Link>
      </p>
      <StatusMessage message={status} />
      <PasswordSection email={me.data?.user.email ?? ''} announce={setStatus} />
      <FactorsSection announce={setStatus} />
    </>
  );
}
