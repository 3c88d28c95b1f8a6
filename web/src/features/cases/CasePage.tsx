import { usePageTitle } from '../../app/usePageTitle';

/** Placeholder while the page is built. */
export function CasePage() {
  usePageTitle('Suivi');
  return (
    <div className="page">
      <h1>Suivi</h1>
    </div>
  );
}
