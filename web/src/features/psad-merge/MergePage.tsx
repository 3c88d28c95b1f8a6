import { usePageTitle } from '../../app/usePageTitle';

/** Placeholder while the page is built. */
export function MergePage() {
  usePageTitle('Fusionner deux dossiers');
  return (
    <div className="page">
      <h1>Fusionner deux dossiers</h1>
    </div>
  );
}
