import { usePageTitle } from '../../app/usePageTitle';

/** What Maillage does with personal data, and the cookie it sets: linked from every page's footer. */
export function PersonalDataPage() {
  usePageTitle('Données personnelles');
  return (
    <div className="page fr-my-4w">
      <h1>Données personnelles</h1>

      <h2>Finalités</h2>
      <p>
        Maillage sert à coordonner le suivi des jeunes et des familles entre les organisations qui le partagent :
        repérage et suivi des jeunes sortis du système scolaire sans diplôme, accompagnement à la scolarité (CLAS),
        référence de parcours. Les données traitées sont celles nécessaires à ce suivi ; elles concernent souvent des
        mineurs et des personnes vulnérables.
      </p>

      <h2>Qui peut voir quoi</h2>
      <p>
        Chaque professionnel ne voit que les dossiers de sa plateforme, de son organisation ou des personnes qu’il
        accompagne. Les documents de l’armoire numérique ne sont lisibles que par les intervenants avec qui ils sont
        partagés. Chaque lecture d’un dossier et chaque modification est enregistrée dans un journal d’audit, qui ne
        contient jamais les données elles-mêmes.
      </p>

      <h2>Durée de conservation</h2>
      <p>
        Les données sont conservées le temps du suivi puis selon les durées fixées par l’organisme exploitant ; le
        journal d’audit est purgé automatiquement au-delà de sa durée de conservation.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous pouvez accéder aux données qui vous concernent, les faire rectifier, demander leur effacement ou la
        limitation de leur traitement, et vous opposer à celui-ci, auprès du délégué à la protection des données de
        l’organisme qui vous suit. Vous pouvez aussi adresser une réclamation à la CNIL.
      </p>

      <h2>Cookies</h2>
      <p>
        Maillage ne dépose qu’un seul cookie, strictement nécessaire à son fonctionnement : le jeton qui maintient votre
        session ouverte après la connexion (httpOnly, réservé à l’application). Il n’y a ni mesure d’audience ni cookie
        tiers ; aucun consentement n’est donc demandé. Le choix du thème d’affichage est gardé dans votre navigateur
        (stockage local), pas dans un cookie.
      </p>
    </div>
  );
}
