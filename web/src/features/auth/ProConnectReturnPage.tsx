import { fr } from '@codegouvfr/react-dsfr';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { LoadingState } from '../../ui/LoadingState';
import { safeReturnPath, SignInStepView, useSignInFlow } from './LoginPage';

/**
 * `/connexion/proconnect`: where ProConnect's callback sends the browser. The server has opened the
 * session (then this page goes on to the app), or asks for a step first: a second factor, the link to an
 * existing account, an enrolment.
 */
export function ProConnectReturnPage() {
  usePageTitle('Connexion avec ProConnect');
  const session = useSession();
  const location = useLocation();
  const from = safeReturnPath(new URLSearchParams(location.search).get('retour'));
  const flow = useSignInFlow(from);
  const showingCodes = flow.step?.status === 'SIGNED_IN';
  if (session.status === 'authenticated' && !showingCodes && !flow.resuming) return <Navigate to={from} replace />;

  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-6w">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <div className="login">
          <h1>Connexion avec ProConnect</h1>
          {flow.resuming ? (
            <LoadingState label="Connexion en cours…" />
          ) : flow.step ? (
            <SignInStepView
              step={flow.step}
              onStep={flow.onStep}
              onRestart={() => flow.onRestart(null)}
              onSignedIn={flow.onSignedIn}
            />
          ) : (
            <>
              <div role="alert" className={fr.cx('fr-alert', 'fr-alert--error', 'fr-alert--sm', 'fr-mb-3w')}>
                <p>
                  {flow.restartReason ??
                    'La connexion avec ProConnect n’a pas abouti, ou a expiré. Recommencez depuis la page de connexion.'}
                </p>
              </div>
              <p>
                <Link to="/connexion" className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
                  Retour à la page de connexion
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
