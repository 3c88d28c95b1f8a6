import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';

/**
 * `/connexion/demande-envoyee`: a first ProConnect sign-in with an e-mail Maillage does not know. No
 * account is made from what ProConnect says: an administrator of the organisation (found by its SIRET)
 * reads the request, and grants the roles.
 */
export function AccessRequestSentPage() {
  usePageTitle('Demande d’accès envoyée');
  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-6w">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <div className="login">
          <h1>Demande d’accès envoyée</h1>
          <div className={fr.cx('fr-alert', 'fr-alert--success', 'fr-mb-3w')}>
            <p>
              Votre identité ProConnect ne correspond encore à aucun compte Maillage : une demande d’accès a été
              transmise aux administrateurs de Maillage.
            </p>
          </div>
          <p>
            Un administrateur vérifie votre organisation et vous attribue les rôles qui conviennent à votre mission. Une
            fois la demande acceptée, connectez-vous de nouveau avec ProConnect : vous accéderez directement à Maillage.
          </p>
          <p>Si votre demande reste sans réponse, rapprochez-vous du référent Maillage de votre structure.</p>
          <p>
            <Link to="/connexion" className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
              Retour à la page de connexion
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
