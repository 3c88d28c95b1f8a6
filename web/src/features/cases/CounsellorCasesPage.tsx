import { usePageTitle } from '../../app/usePageTitle';

/** Placeholder while the page is built. */
export function CounsellorCasesPage() {
  usePageTitle('Mes suivis');
  return (
    <div className="page">
      <h1>Mes suivis</h1>
    </div>
  );
}
