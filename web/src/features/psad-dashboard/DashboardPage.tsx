import { usePageTitle } from '../../app/usePageTitle';

/** Placeholder while the page is built. */
export function DashboardPage() {
  usePageTitle('Tableau de bord PSAD');
  return (
    <div className="page">
      <h1>Tableau de bord PSAD</h1>
    </div>
  );
}
