import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';

/** Mentions légales, linked from every page's footer. */
export function LegalNoticePage() {
  usePageTitle('Mentions légales');
  return (
    <div className="page fr-my-4w">
      <h1>Mentions légales</h1>

      <h2>Éditeur</h2>
      <p>
        Maillage est un logiciel libre. Chaque instance est éditée par l’organisme public qui l’exploite (par exemple
        une direction des services départementaux de l’Éducation nationale) : son nom, son adresse et son directeur de
        la publication sont ceux de cet organisme.
      </p>

      <h2>Hébergement</h2>
      <p>
        L’hébergeur est celui que l’organisme exploitant a retenu ; les données sont hébergées en France, chez un
        hébergeur certifié pour les données de santé lorsque des données de cette nature sont traitées.
      </p>

      <h2>Accessibilité</h2>
      <p>
        Voir la <Link to="/accessibilite">déclaration d’accessibilité</Link>.
      </p>

      <h2>Sécurité</h2>
      <p>
        L’accès est réservé aux professionnels habilités de chaque organisation et aux personnes accompagnées pour ce
        qui les concerne. Chaque consultation d’un dossier et chaque modification de données personnelles est tracée.
      </p>
    </div>
  );
}
