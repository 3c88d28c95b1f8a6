import { useEffect } from 'react';

/** Sets the document title of a page: "<page> — Maillage". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — Maillage` : 'Maillage';
  }, [title]);
}
