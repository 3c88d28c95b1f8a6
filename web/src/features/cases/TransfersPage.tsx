import { usePageTitle } from '../../app/usePageTitle';

/** Placeholder while the page is built. */
export function TransfersPage() {
  usePageTitle('Transferts');
  return (
    <div className="page">
      <h1>Transferts</h1>
    </div>
  );
}
