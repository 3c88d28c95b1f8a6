import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ProblemError } from '../../app/http';
import { useFocusFirstInvalid } from '../../app/formErrors';
import { login } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { LoadingState } from '../../ui/LoadingState';

interface LocationState {
  from?: string;
  reason?: string;
}

export function LoginPage() {
  usePageTitle('Connexion');
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LocationState;
  const from = state.from && state.from.startsWith('/') && !state.from.startsWith('/connexion') ? state.from : '/';

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, fieldErrors);

  if (session.status === 'authenticated' && !pending) return <Navigate to={from} replace />;

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
      await login(email.trim(), password);
      navigate(from, { replace: true });
    } catch (caught) {
      setPassword('');
      // The server's own reason (wrong credentials, locked account, too many attempts, server unreachable).
      setError(
        caught instanceof ProblemError
          ? (caught.problem.detail ?? caught.message)
          : caught instanceof Error && caught.message
            ? caught.message
            : 'La connexion a échoué. Réessayez.',
      );
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

  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-6w">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <div className="login">
          <h1>Connexion</h1>
          {session.status === 'loading' ? (
            <LoadingState />
          ) : (
            <>
              <div role="status">
                {notice ? (
                  <div className={fr.cx('fr-alert', 'fr-alert--info', 'fr-alert--sm', 'fr-mb-3w')}>
                    <p>{notice}</p>
                  </div>
                ) : null}
              </div>
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
