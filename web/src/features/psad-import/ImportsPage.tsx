import { usePageTitle } from '../../app/usePageTitle';

/** Placeholder while the page is built. */
export function ImportsPage() {
  usePageTitle('Imports SIEI');
  return (
    <div className="page">
      <h1>Imports SIEI</h1>
    </div>
  );
}
