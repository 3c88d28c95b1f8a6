import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ProblemError } from '../../app/http';
import { login } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { Button } from '../../ui/Button';
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
      setError(
        caught instanceof ProblemError
          ? (caught.problem.detail ?? caught.message)
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
              {notice ? (
                <p className="notice" role="status">
                  {notice}
                </p>
              ) : null}
              <form className="form login__form" noValidate onSubmit={(event) => void onSubmit(event)}>
                {error ? (
                  <div className="error-state" role="alert">
                    <p>{error}</p>
                  </div>
                ) : null}
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
