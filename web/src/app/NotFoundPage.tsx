import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page introuvable');
  return (
    <div className="page">
      <h1>Page introuvable</h1>
      <p>L'adresse demandée ne correspond à aucune page de Maillage.</p>
      <p>
        <Link to="/">Retour à l'accueil</Link>
      </p>
    </div>
  );
}
