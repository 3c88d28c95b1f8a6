import { useLocation } from 'react-router-dom';
import type { PublicPath } from './App';
import { lazyPage } from './lazyPage';

const PAGES = {
  '/accessibilite': lazyPage(() => import('../features/legal/AccessibilityPage'), 'AccessibilityPage'),
  '/mentions-legales': lazyPage(() => import('../features/legal/LegalNoticePage'), 'LegalNoticePage'),
  '/donnees-personnelles': lazyPage(() => import('../features/legal/PersonalDataPage'), 'PersonalDataPage'),
  // How partners' systems use the API: public, as it shows no data (its schema reference asks for a session).
  '/documentation-api': lazyPage(() => import('../features/api/ApiPage'), 'ApiPage'),
} satisfies Record<PublicPath, unknown>;

/**
 * The pages anyone may read, each still loaded on its own. The entry chunk names this module only, not
 * each page and the chunks it needs: every byte of the entry counts against the first page's budget.
 */
export function PublicPages() {
  const Page = PAGES[useLocation().pathname as PublicPath];
  return <Page />;
}
