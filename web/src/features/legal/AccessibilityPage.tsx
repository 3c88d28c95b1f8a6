import { usePageTitle } from '../../app/usePageTitle';

/** The accessibility statement the RGAA requires, linked from every page's footer. */
export function AccessibilityPage() {
  usePageTitle('Déclaration d’accessibilité');
  return (
    <div className="page fr-my-4w">
      <h1>Déclaration d’accessibilité</h1>
      <p>
        L’éditeur de Maillage s’engage à rendre son service accessible, conformément à l’article 47 de la loi n°
        2005-102 du 11 février 2005.
      </p>
      <p>Cette déclaration d’accessibilité s’applique à l’application Maillage.</p>

      <h2>État de conformité</h2>
      <p>
        Maillage est <strong>non conforme</strong> au référentiel général d’amélioration de l’accessibilité (RGAA)
        version 4.1 : aucun audit de conformité complet n’a encore été réalisé.
      </p>

      <h2>Ce qui est vérifié aujourd’hui</h2>
      <ul>
        <li>
          Chaque page parcourue par les tests de bout en bout est contrôlée automatiquement (règles WCAG 2.0, 2.1 et
          2.2, niveaux A et AA), dans le thème clair et dans le thème sombre.
        </li>
        <li>Les parcours principaux sont réalisables au clavier seul.</li>
        <li>
          L’interface suit le Système de design de l’État (DSFR) : contrastes, libellés des champs, messages d’erreur
          reliés aux champs et annoncés.
        </li>
        <li>Chaque graphique est accompagné d’un tableau de ses données.</li>
      </ul>

      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le 5 décembre 2026.</p>
      <p>Technologies utilisées : HTML5, CSS, JavaScript (React), WAI-ARIA.</p>

      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez l’administrateur de Maillage de votre
        organisation pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité, que
        vous nous l’avez signalé et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez écrire au Défenseur
        des droits, contacter le délégué du Défenseur des droits dans votre région, ou envoyer un courrier (gratuit,
        sans timbre) à : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
      </p>
    </div>
  );
}
