import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { postJson, ProblemError } from '../../app/http';
import type { Factor, SignInOutcome } from './signIn';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { currentSignInStep, problemMessage, signInStep } from './api';
import { CodeForm, RecoveryCodesShown, StepError, TotpEnrolment, type TotpSetup } from './factorParts';
import {
  createPasskey,
  passkeysSupported,
  signWithPasskey,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from './passkeys';

export interface StepProps {
  /** Where the sign-in stands (not SIGNED_IN without recovery codes: the session is then open). */
  step: SignInOutcome;
  /** The next step, as the server answered. */
  onStep: (next: SignInOutcome) => void;
  /** Back to the password form, with why (the attempt ended: too many wrong codes, expired). */
  onRestart: (reason: string | null) => void;
  /** The session is open: go on to the page asked for. */
  onSignedIn: () => void;
}

/** The step's heading, focused when the step appears, so that a screen reader starts there; the page's title. */
function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
    document.title = `${children} — Connexion — Maillage`;
  }, [children]);
  return (
    <h2 id="etape-connexion" ref={ref} tabIndex={-1} className={fr.cx('fr-h4')}>
      {children}
    </h2>
  );
}

/**
 * A refused code or passkey: when the attempt itself is over (the fifth wrong code, or it expired),
 * the sign-in starts again from the password; otherwise the message shows where the user acted.
 */
async function attemptStillThere(): Promise<boolean> {
  try {
    return (await currentSignInStep()) !== null;
  } catch {
    return true;
  }
}

/** The ways to prove it is the user: a passkey, an app's code, a recovery code (those the user has). */
function FactorChoices({
  methods,
  onStep,
  onRestart,
  intro,
}: {
  methods: readonly ('PASSWORD' | Factor)[];
  onStep: (next: SignInOutcome) => void;
  onRestart: (reason: string | null) => void;
  intro?: ReactNode;
}) {
  const [passkeyPending, setPasskeyPending] = useState(false);
  const [passkeyError, setPasskeyError] = useState<string | null>(null);
  const [showRecovery, setShowRecovery] = useState(false);
  const hasPasskey = methods.includes('PASSKEY') && passkeysSupported();
  const hasTotp = methods.includes('TOTP');
  const hasRecovery = methods.includes('RECOVERY_CODE');

  /** Sends one factor; on refusal, starts again when the attempt is over, or throws the server's reason. */
  async function send(run: () => Promise<SignInOutcome>): Promise<void> {
    try {
      onStep(await run());
    } catch (caught) {
      const message = problemMessage(caught, 'La vérification a échoué. Réessayez.');
      if (caught instanceof ProblemError && caught.status !== 0 && !(await attemptStillThere())) {
        onRestart(message);
        return;
      }
      throw new Error(message);
    }
  }

  async function passkey() {
    setPasskeyError(null);
    setPasskeyPending(true);
    try {
      await send(async () => {
        const options = await postJson<PublicKeyCredentialRequestOptionsJSON>(
          '/api/auth/second-factor/passkey/options',
        );
        if (!options) throw new ProblemError({ status: 500, detail: 'Réponse du serveur vide.' });
        const response = await signWithPasskey(options);
        return signInStep('/api/auth/second-factor/passkey', { response });
      });
    } catch (caught) {
      setPasskeyError(caught instanceof Error ? caught.message : 'La clé d’accès n’a pas pu être utilisée.');
    } finally {
      setPasskeyPending(false);
    }
  }

  return (
    <>
      {intro}
      {hasPasskey ? (
        <div className="fr-mb-3w">
          <Button onClick={() => void passkey()} busy={passkeyPending}>
            Utiliser une clé d’accès
          </Button>
          <StepError title="La clé d’accès n’a pas été acceptée" message={passkeyError} />
        </div>
      ) : null}
      {hasTotp ? (
        <CodeForm
          title="Code de l’application d’authentification"
          label="Code de votre application d’authentification"
          hint="Les 6 chiffres que l’application affiche pour Maillage."
          submitLabel="Vérifier le code"
          kind="totp"
          autoFocus={!hasPasskey}
          onSubmit={(code) => send(() => signInStep('/api/auth/second-factor/totp', { code }))}
        />
      ) : null}
      {hasRecovery ? (
        showRecovery ? (
          <div className="fr-mt-3w">
            <CodeForm
              title="Code de secours"
              label="Code de secours"
              hint="Un des codes notés quand vous avez activé la vérification en deux étapes. Chacun ne sert qu’une fois."
              submitLabel="Utiliser ce code"
              kind="recovery"
              autoFocus
              onSubmit={(code) => send(() => signInStep('/api/auth/second-factor/recovery-code', { code }))}
            />
          </div>
        ) : (
          <p className="fr-mt-3w">
            <Button variant="tertiary" onClick={() => setShowRecovery(true)}>
              Utiliser un code de secours
            </Button>
          </p>
        )
      ) : null}
    </>
  );
}

/** The password asks for a second factor. */
function SecondFactorStep({ step, onStep, onRestart }: StepProps & { step: { status: 'SECOND_FACTOR' } }) {
  return (
    <section aria-labelledby="etape-connexion">
      <StepHeading>Vérification en deux étapes</StepHeading>
      <FactorChoices
        methods={step.methods}
        onStep={onStep}
        onRestart={onRestart}
        intro={<p>Confirmez qu’il s’agit bien de vous avec l’un des moyens que vous avez activés.</p>}
      />
      <RestartLink onRestart={onRestart} />
    </section>
  );
}

function RestartLink({ onRestart }: { onRestart: (reason: string | null) => void }) {
  return (
    <p className="fr-mt-4w fr-mb-0">
      <Button variant="link" onClick={() => onRestart(null)}>
        Recommencer la connexion
      </Button>
    </p>
  );
}

/** A role of the user requires a second factor, and none is set up: one is set up before any page. */
function EnrolStep({ step, onStep, onRestart }: StepProps & { step: { status: 'ENROL' } }) {
  const [choice, setChoice] = useState<'PASSKEY' | 'TOTP' | null>(null);
  const [totp, setTotp] = useState<TotpSetup | null>(null);
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canPasskey = step.methods.includes('PASSKEY') && passkeysSupported();
  const canTotp = step.methods.includes('TOTP');

  async function restartIfOver(caught: unknown): Promise<boolean> {
    if (caught instanceof ProblemError && caught.status !== 0 && !(await attemptStillThere())) {
      onRestart(problemMessage(caught));
      return true;
    }
    return false;
  }

  async function enrolPasskey(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const options = await postJson<PublicKeyCredentialCreationOptionsJSON>('/api/auth/enrol/passkey/options');
      if (!options) throw new ProblemError({ status: 500, detail: 'Réponse du serveur vide.' });
      const response = await createPasskey(options);
      onStep(await signInStep('/api/auth/enrol/passkey', { response, ...(name.trim() ? { name: name.trim() } : {}) }));
    } catch (caught) {
      if (!(await restartIfOver(caught))) setError(problemMessage(caught, 'La clé d’accès n’a pas pu être créée.'));
    } finally {
      setPending(false);
    }
  }

  async function startTotp() {
    setChoice('TOTP');
    setError(null);
    setPending(true);
    try {
      const setup = await postJson<TotpSetup>('/api/auth/enrol/totp/options');
      if (!setup) throw new ProblemError({ status: 500, detail: 'Réponse du serveur vide.' });
      setTotp(setup);
    } catch (caught) {
      if (!(await restartIfOver(caught))) setError(problemMessage(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="etape-connexion">
      <StepHeading>Protégez votre compte</StepHeading>
      <p>
        Votre rôle dans Maillage demande une deuxième étape de connexion, en plus du mot de passe. Mettez-en une en
        place pour continuer : une clé d’accès (l’empreinte, le visage ou le code de cet appareil, ou une clé de
        sécurité), ou une application d’authentification sur votre téléphone.
      </p>
      {choice === null ? (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
          {canPasskey ? (
            <li>
              <Button onClick={() => setChoice('PASSKEY')}>Créer une clé d’accès</Button>
            </li>
          ) : null}
          {canTotp ? (
            <li>
              <Button variant={canPasskey ? 'secondary' : 'primary'} onClick={() => void startTotp()}>
                Utiliser une application d’authentification
              </Button>
            </li>
          ) : null}
        </ul>
      ) : null}
      {choice === 'PASSKEY' ? (
        <form className="form" noValidate aria-label="Créer une clé d’accès" onSubmit={(e) => void enrolPasskey(e)}>
          <TextField
            label="Nom de la clé d’accès (facultatif)"
            hint="Pour la reconnaître dans « Mon compte » : « Ordinateur du bureau », par exemple."
            name="name"
            autoComplete="off"
            maxLength={60}
            value={name}
            onValueChange={setName}
            autoFocus
          />
          <div className="actions">
            <Button type="submit" busy={pending}>
              Créer la clé d’accès
            </Button>
            {canTotp ? (
              <Button variant="tertiary" onClick={() => void startTotp()}>
                Utiliser plutôt une application d’authentification
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
      {choice === 'TOTP' && totp ? (
        <>
          <TotpEnrolment
            setup={totp}
            onSubmit={async (code) => {
              try {
                onStep(await signInStep('/api/auth/enrol/totp', { code }));
              } catch (caught) {
                if (await restartIfOver(caught)) return;
                throw new Error(problemMessage(caught, 'Le code a été refusé.'));
              }
            }}
          />
          {canPasskey ? (
            <p className="fr-mt-2w">
              <Button variant="tertiary" onClick={() => setChoice('PASSKEY')}>
                Créer plutôt une clé d’accès
              </Button>
            </p>
          ) : null}
        </>
      ) : null}
      {choice === 'TOTP' && !totp && pending ? <p role="status">Préparation…</p> : null}
      <StepError title="La deuxième étape n’a pas pu être mise en place" message={error} />
      <RestartLink onRestart={onRestart} />
    </section>
  );
}

/** A first ProConnect sign-in whose e-mail is a Maillage account's: confirmed once, by the password or a factor. */
function LinkStep({ step, onStep, onRestart }: StepProps & { step: { status: 'LINK' } }) {
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const factors = step.methods.filter((m): m is Factor => m !== 'PASSWORD');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!password) {
      setFieldError('Saisissez votre mot de passe.');
      return;
    }
    setFieldError(undefined);
    setPending(true);
    try {
      onStep(await signInStep('/api/auth/link', { password }));
    } catch (caught) {
      setPassword('');
      const message = problemMessage(caught);
      if (caught instanceof ProblemError && caught.status !== 0 && !(await attemptStillThere())) onRestart(message);
      else setError(message);
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="etape-connexion">
      <StepHeading>Rattacher votre compte ProConnect</StepHeading>
      <p>
        Ce compte ProConnect correspond à un compte Maillage existant : confirmez avec votre mot de passe. Vous ne le
        ferez qu’une fois ; ensuite ProConnect suffira pour vous connecter.
      </p>
      <p>
        Compte Maillage : <strong>{step.email}</strong>
      </p>
      {step.methods.includes('PASSWORD') ? (
        <form
          className="form login__form"
          noValidate
          aria-label="Confirmer avec le mot de passe"
          onSubmit={(e) => void submit(e)}
        >
          <input type="hidden" name="username" autoComplete="username" value={step.email} readOnly />
          <TextField
            label="Mot de passe de votre compte Maillage"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            autoFocus
            value={password}
            onValueChange={setPassword}
            error={fieldError}
          />
          <ErrorSummary title="La confirmation a échoué" general={error} />
          <Button type="submit" busy={pending}>
            Confirmer et me connecter
          </Button>
        </form>
      ) : null}
      {factors.length > 0 ? (
        <div className="fr-mt-4w">
          <FactorChoices
            methods={factors}
            onStep={onStep}
            onRestart={onRestart}
            intro={<p>Ou confirmez avec un moyen de vérification de votre compte Maillage :</p>}
          />
        </div>
      ) : null}
      <RestartLink onRestart={onRestart} />
    </section>
  );
}

/** The step of a sign-in under way, whatever it is. */
export function SignInStepView(props: StepProps) {
  const { step, onSignedIn } = props;
  switch (step.status) {
    case 'SECOND_FACTOR':
      return <SecondFactorStep {...props} step={step} />;
    case 'ENROL':
      return <EnrolStep {...props} step={step} />;
    case 'LINK':
      return <LinkStep {...props} step={step} />;
    case 'SIGNED_IN':
      return step.recoveryCodes ? (
        <RecoveryCodesShown
          codes={step.recoveryCodes}
          onDone={() => {
            step.enter();
            onSignedIn();
          }}
          doneLabel="J’ai noté mes codes, continuer"
        />
      ) : null;
  }
}
