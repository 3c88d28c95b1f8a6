import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useFocusFirstInvalid } from '../../app/formErrors';
import { getSessionState, restoreSession } from '../../app/session';
import { login, type SignInOutcome } from './signIn';
import { useSession } from '../../app/useSession';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';
import { authOptions, currentSignInStep, problemMessage } from './api';

/**
 * A step after the password (second factor, enrolment, ProConnect link, recovery codes), with the passkeys'
 * library: loaded when a step is shown only, so that a plain sign-in downloads none of it.
 */
const ProConnectButton = lazy(() =>
  import('@codegouvfr/react-dsfr/ProConnectButton').then((m) => ({ default: m.ProConnectButton })),
);

const LazyStepView = lazy(() => import('./SignInSteps').then((m) => ({ default: m.SignInStepView })));

export function SignInStepView(props: ComponentProps<typeof LazyStepView>) {
  return (
    <Suspense fallback={<LoadingState />}>
      <LazyStepView {...props} />
    </Suspense>
  );
}

interface LocationState {
  from?: string;
  reason?: string;
}

/** A path of the app to go back to after signing in (never another site, never the sign-in pages). */
export function safeReturnPath(path: string | null | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/connexion') ? path : '/';
}

/** ProConnect's callback refused the sign-in (`/connexion?erreur=proconnect`): its reason is in the audit log. */
const PROCONNECT_ERROR =
  'La connexion avec ProConnect a échoué ou a été refusée. Réessayez, ou connectez-vous avec votre adresse e-mail et votre mot de passe.';

/**
 * The sign-in steps of one page: the step under way (second factor, enrolment, ProConnect link,
 * recovery codes) when there is one, `fallback` otherwise. On first show it asks the server for the
 * sign-in under way (its httpOnly cookie): a reload, or an address typed meanwhile, comes back to the
 * same step, never past it.
 */
export function useSignInFlow(from: string) {
  const navigate = useNavigate();
  const [step, setStep] = useState<SignInOutcome | null>(null);
  const [resuming, setResuming] = useState(true);
  const [restartReason, setRestartReason] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // After the session's own restore (the refresh cookie rotates: two refreshes at once would clash);
    // a session restored, there is no step to resume.
    restoreSession()
      .then(() => (getSessionState().status === 'authenticated' ? null : currentSignInStep()))
      .then((current) => {
        if (!live) return;
        if (current?.status === 'SIGNED_IN' && !current.recoveryCodes) navigate(from, { replace: true });
        else setStep(current);
      })
      // Unreachable: the password form, whose own call will say so.
      .catch(() => undefined)
      .finally(() => {
        if (live) setResuming(false);
      });
    return () => {
      live = false;
    };
    // Once, when the page opens.
  }, []);

  function onStep(next: SignInOutcome) {
    setRestartReason(null);
    if (next.status === 'SIGNED_IN' && !next.recoveryCodes) navigate(from, { replace: true });
    else setStep(next);
  }

  return {
    step,
    resuming,
    restartReason,
    onStep,
    onRestart: (reason: string | null) => {
      setStep(null);
      setRestartReason(reason);
    },
    onSignedIn: () => navigate(from, { replace: true }),
  };
}

export function LoginPage() {
  const session = useSession();
  const location = useLocation();
  const state = (location.state ?? {}) as LocationState;
  const from = safeReturnPath(state.from);
  const erreur = new URLSearchParams(location.search).get('erreur');
  const flow = useSignInFlow(from);
  // A step sets its own title (SignInSteps' heading), after this effect: this one only titles the form.
  const stepShown = flow.step !== null;
  useEffect(() => {
    if (!stepShown) document.title = 'Connexion — Maillage';
  }, [stepShown]);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [proconnect, setProconnect] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, fieldErrors);

  useEffect(() => {
    let live = true;
    void authOptions().then((options) => {
      if (live) setProconnect(options.proconnect);
    });
    return () => {
      live = false;
    };
  }, []);

  // Recovery codes still to be noted: the session opens only once they are.
  const showingCodes = flow.step?.status === 'SIGNED_IN';
  if (session.status === 'authenticated' && !pending && !showingCodes) return <Navigate to={from} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: { email?: string; password?: string } = {};
    if (!email.trim()) errors.email = 'Saisissez votre adresse e-mail.';
    if (!password) errors.password = 'Saisissez votre mot de passe.';
    setFieldErrors(errors);
    setError(null);
    if (errors.email || errors.password) return;
    setPending(true);
    try {
      const outcome = await login(email.trim(), password);
      setPassword('');
      flow.onStep(outcome);
    } catch (caught) {
      setPassword('');
      // The server's own reason (wrong credentials, locked account, too many attempts, server unreachable).
      setError(problemMessage(caught));
    } finally {
      setPending(false);
    }
  }

  const notice =
    session.status === 'anonymous' && session.reason === 'expired'
      ? 'Votre session a expiré. Reconnectez-vous pour continuer.'
      : state.reason === 'logout' || (session.status === 'anonymous' && session.reason === 'logout')
        ? 'Vous êtes déconnecté.'
        : null;
  const refusal = flow.restartReason
    ? `${flow.restartReason} Reprenez la connexion depuis le début.`
    : erreur
      ? PROCONNECT_ERROR
      : null;

  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-6w">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <div className="login">
          <h1>Connexion</h1>
          {session.status === 'loading' || flow.resuming ? (
            <LoadingState />
          ) : flow.step ? (
            <SignInStepView
              step={flow.step}
              onStep={flow.onStep}
              onRestart={flow.onRestart}
              onSignedIn={flow.onSignedIn}
            />
          ) : (
            <>
              <div role="status">
                {notice ? (
                  <div className={fr.cx('fr-alert', 'fr-alert--info', 'fr-alert--sm', 'fr-mb-3w')}>
                    <p>{notice}</p>
                  </div>
                ) : null}
              </div>
              {refusal ? (
                <div role="alert" className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mb-3w')}>
                  <p>{refusal}</p>
                </div>
              ) : null}
              {proconnect ? (
                <Suspense fallback={null}>
                  {/* ProConnect's own button, loaded only where ProConnect is configured. */}
                  <ProConnectButton url={`/api/auth/proconnect/start?return=${encodeURIComponent(from)}`} />
                  <p className={fr.cx('fr-hr-or')}>ou</p>
                </Suspense>
              ) : null}
              <form
                ref={formRef}
                className="form login__form"
                noValidate
                onSubmit={(event) => void onSubmit(event)}
                aria-label="Connexion"
              >
                <TextField
                  label="Adresse e-mail"
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  onValueChange={setEmail}
                  error={fieldErrors.email}
                />
                <TextField
                  label="Mot de passe"
                  type="password"
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onValueChange={setPassword}
                  error={fieldErrors.password}
                />
                <ErrorSummary
                  title="La connexion a échoué"
                  fields={fieldErrors}
                  general={error}
                  labels={{ email: 'Adresse e-mail', password: 'Mot de passe' }}
                  order={['email', 'password']}
                />
                <Button type="submit" busy={pending}>
                  Se connecter
                </Button>
              </form>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
