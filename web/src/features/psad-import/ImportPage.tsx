import { usePageTitle } from '../../app/usePageTitle';

/** Placeholder while the page is built. */
export function ImportPage() {
  usePageTitle('Import SIEI');
  return (
    <div className="page">
      <h1>Import SIEI</h1>
    </div>
  );
}
